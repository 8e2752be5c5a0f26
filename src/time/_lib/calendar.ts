import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { addMinutes } from "date-fns/addMinutes";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { subMilliseconds } from "date-fns/subMilliseconds";
import { startOfDay } from "date-fns/startOfDay";
import { startOfHour } from "date-fns/startOfHour";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { startOfMinute } from "date-fns/startOfMinute";
import { startOfMonth } from "date-fns/startOfMonth";
import { startOfYear } from "date-fns/startOfYear";
import type { CalendarUnit, Hemisphere } from "../../model/time.js";
import { SEASON_MONTHS } from "../day-ranges.js";
import type { Period } from "./period.js";
import { wallClock, type WallClock } from "./wall-clock.js";

/** A unit the calendar can count in: the deictic units, and hours and minutes. */
export type CountingUnit = CalendarUnit | "hour" | "minute";

/** Moves a wall-clock time by a whole number of units (a season is three months). */
export function shiftUnits(unit: CountingUnit, date: WallClock, count: number): WallClock {
  switch (unit) {
    case "minute":
      return addMinutes(date, count);
    case "hour":
      return addHours(date, count);
    case "day":
      return addDays(date, count);
    case "week":
      return addWeeks(date, count);
    case "month":
      return addMonths(date, count);
    case "season":
      return addMonths(date, 3 * count);
    case "year":
      return addYears(date, count);
  }
}

/** The first month of the season that holds `date`, and the year that month is in. */
function seasonStart(date: WallClock, hemisphere: Hemisphere): WallClock {
  const month = date.getMonth() + 1;
  for (const { first } of Object.values(SEASON_MONTHS[hemisphere])) {
    // Months since the season's first month, 0–11: the season holds the date when under 3.
    const since = (month - first + 12) % 12;
    if (since < 3) return addMonths(wallClock(date.getFullYear(), month, 1), -since);
  }
  // Four seasons of three months cover every month.
  throw new Error("seasonStart: SEASON_MONTHS does not cover every month");
}

/** The start of the unit that holds `date`: its day, ISO week (from Monday), month, season or year. */
export function startOfUnit(unit: CountingUnit, date: WallClock, hemisphere: Hemisphere = "northern"): WallClock {
  switch (unit) {
    case "minute":
      return startOfMinute(date);
    case "hour":
      return startOfHour(date);
    case "day":
      return startOfDay(date);
    case "week":
      return startOfISOWeek(date);
    case "month":
      return startOfMonth(date);
    case "season":
      return seasonStart(date, hemisphere);
    case "year":
      return startOfYear(date);
  }
}

/** The whole unit that holds `date`, as a period of that unit's precision. */
export function wholeUnit(unit: CountingUnit, date: WallClock, hemisphere: Hemisphere = "northern"): Period {
  const start = startOfUnit(unit, date, hemisphere);
  return { start, end: shiftUnits(unit, start, 1), precision: unit };
}

/**
 * Widens a period to whole units: from the start of the unit that holds its start to
 * the end of the unit that holds its last instant.
 */
export function widenToUnits(unit: CountingUnit, period: Pick<Period, "start" | "end">): Period {
  const start = startOfUnit(unit, period.start);
  const lastInstant = period.end > period.start ? subMilliseconds(period.end, 1) : period.start;
  return { start, end: shiftUnits(unit, startOfUnit(unit, lastInstant), 1), precision: unit };
}
