import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { addMonths } from "date-fns/addMonths";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import type { TimeModifier } from "../../model/time.js";
import { DAY_PART_HOURS, MONTH_PART_DAYS, YEAR_PART_MONTHS } from "../day-ranges.js";
import { failure, success, type Outcome, type Period } from "./period.js";
import type { WallClock } from "./wall-clock.js";
import { shiftUnits } from "./calendar.js";

/** Moves a wall-clock time by a whole number of the period's own unit. */
function step(period: Period, date: WallClock, units: number): WallClock {
  switch (period.precision) {
    case "year":
    case "season":
    case "month":
    case "week":
    case "day":
    case "hour":
    case "minute":
      return shiftUnits(period.precision, date, units);
    case "part-of-day":
      // A part of the day has no calendar unit: its own length stands in for one.
      return addHours(date, units * ((period.end.getTime() - period.start.getTime()) / 3_600_000));
  }
}

function part(period: Period, modifier: "early" | "mid" | "late"): Outcome<Period> {
  const { start, precision } = period;
  switch (precision) {
    case "year": {
      const months = YEAR_PART_MONTHS[modifier];
      return success({ start: addMonths(start, months.first - 1), end: addMonths(start, months.last), precision });
    }
    case "month": {
      const days = MONTH_PART_DAYS[modifier];
      const last = Math.min(days.last, getDaysInMonth(start));
      return success({ start: addDays(start, days.first - 1), end: addDays(start, last), precision });
    }
    case "season": {
      // A season's three months: early is the first, mid the second, late the third.
      const month = { early: 0, mid: 1, late: 2 }[modifier];
      return success({ start: addMonths(start, month), end: addMonths(start, month + 1), precision });
    }
    case "day": {
      const hours = DAY_PART_HOURS[modifier];
      return success({ start: addHours(start, hours.start), end: addHours(start, hours.end), precision });
    }
    case "part-of-day":
      return failure("unsupported-modifier", ["modifier"], `"${modifier}" has no meaning for a part of the day; use a day precision ("late Wednesday")`);
    case "week":
    case "hour":
    case "minute":
      return failure("unsupported-modifier", ["modifier"], `"${modifier}" has no meaning for a ${precision}; use the day or part of the day it means`);
  }
}

/**
 * Narrows or blurs a located period by its modifier.
 *
 * - `early`, `mid`, `late`: the part of the year, month or day that the day-range
 *   constants give.
 * - `approximate`: one unit of the precision wider on each side.
 * - `before`: the one unit of the precision just before; `after`: the one just after.
 */
export function applyModifier(period: Period, modifier: TimeModifier | undefined): Outcome<Period> {
  switch (modifier) {
    case undefined:
      return success(period);
    case "early":
    case "mid":
    case "late":
      return part(period, modifier);
    case "approximate":
      return success({ ...period, start: step(period, period.start, -1), end: step(period, period.end, 1) });
    case "before":
      return success({ ...period, start: step(period, period.start, -1), end: period.start });
    case "after":
      return success({ ...period, start: period.end, end: step(period, period.end, 1) });
  }
}
