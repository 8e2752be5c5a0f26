import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { getDay } from "date-fns/getDay";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { getISOWeek } from "date-fns/getISOWeek";
import { setISOWeek } from "date-fns/setISOWeek";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { addMinutes } from "date-fns/addMinutes";
import { subDays } from "date-fns/subDays";
import type { TimeDirection, TimeValue, Weekday } from "../../model/time.js";
import { PART_OF_DAY_HOURS, SEASON_MONTHS } from "../day-ranges.js";
import { failure, success, type Outcome, type Period } from "./period.js";
import { wallClock, type CalendarDate, type WallClock } from "./wall-clock.js";
import { shiftUnits } from "./calendar.js";

/** `getDay` numbering: Sunday is 0. */
const WEEKDAY_NUMBERS: Readonly<Record<Weekday, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** What is needed to fill in what a value leaves open. */
export interface OpenEnds {
  readonly reference: CalendarDate | undefined;
  readonly direction: TimeDirection | undefined;
}

function needOpenEnds(what: string, ends: OpenEnds): Outcome<{ reference: CalendarDate; direction: TimeDirection }> {
  if (!ends.reference)
    return failure("no-reference-date", ["referenceDate"], `${what} gives no year, so it needs a reference date to be read against`);
  if (!ends.direction)
    return failure(
      "no-direction",
      ["direction"],
      `${what} gives no direction: set value.direction or options.direction to "past" or "future"`,
    );
  return success({ reference: ends.reference, direction: ends.direction });
}

function compareMonthDay(month: number, day: number, reference: CalendarDate): number {
  return month !== reference.month ? month - reference.month : day - reference.day;
}

function daysIn(year: number, month: number): number {
  return getDaysInMonth(wallClock(year, month, 1));
}

/** The year of a month (and day) that gives none: the nearest in the direction. */
function yearFor(month: number, day: number, reference: CalendarDate, direction: TimeDirection): number {
  const order = compareMonthDay(month, day, reference);
  let year = direction === "past" ? (order <= 0 ? reference.year : reference.year - 1) : order >= 0 ? reference.year : reference.year + 1;
  // Only 29 February can be missing from a year; a leap year comes within eight.
  while (day > daysIn(year, month)) year += direction === "past" ? -1 : 1;
  return year;
}

function locateDay(value: TimeValue, ends: OpenEnds): Outcome<WallClock> {
  if (value.day !== undefined) {
    if (value.month === undefined)
      return failure("incomplete-value", ["month"], `the day ${value.day} gives no month: a day of the month needs its month`);
    let year = value.year;
    if (year === undefined) {
      const open = needOpenEnds(`the date ${value.month}-${value.day}`, ends);
      if (!open.ok) return open;
      // 2000 is a leap year: a day missing from it is missing from every year.
      if (value.day > daysIn(2000, value.month))
        return failure("no-such-date", ["day"], `month ${value.month} has no day ${value.day} in any year`);
      year = yearFor(value.month, value.day, open.value.reference, open.value.direction);
    }
    if (value.day > daysIn(year, value.month))
      return failure("no-such-date", ["day"], `${year}-${String(value.month).padStart(2, "0")} has no day ${value.day}`);
    const date = wallClock(year, value.month, value.day);
    if (value.weekday !== undefined && getDay(date) !== WEEKDAY_NUMBERS[value.weekday])
      return failure("weekday-mismatch", ["weekday"], `${year}-${String(value.month).padStart(2, "0")}-${String(value.day).padStart(2, "0")} is not a ${value.weekday}`);
    return success(date);
  }
  if (value.weekday === undefined)
    return failure("incomplete-value", ["day"], `a ${value.precision} precision needs a day or a weekday`);
  if (value.year !== undefined || value.month !== undefined)
    return failure("incomplete-value", ["day"], `the weekday "${value.weekday}" comes with a year or month but no day: give the day of the month`);
  const open = needOpenEnds(`the weekday "${value.weekday}"`, ends);
  if (!open.ok) return open;
  const { reference, direction } = open.value;
  const referenceDay = wallClock(reference.year, reference.month, reference.day);
  const wanted = WEEKDAY_NUMBERS[value.weekday];
  const have = getDay(referenceDay);
  return success(
    direction === "past" ? subDays(referenceDay, (have - wanted + 7) % 7) : addDays(referenceDay, (wanted - have + 7) % 7),
  );
}

/**
 * Picks, among the periods a value can name in the years around the reference date, the
 * latest that starts on or before it (`past`) or the earliest that ends after it
 * (`future`): the one that holds the reference date is both.
 */
function nearest(candidates: readonly Period[], reference: CalendarDate, direction: TimeDirection): Period | undefined {
  const day = wallClock(reference.year, reference.month, reference.day);
  const next = addDays(day, 1);
  return direction === "past"
    ? candidates.filter((period) => period.start < next).at(-1)
    : candidates.find((period) => period.end > day);
}

function seasonOf(value: TimeValue, year: number): Period | undefined {
  if (value.season === undefined) return undefined;
  const { first } = SEASON_MONTHS[value.hemisphere ?? "northern"][value.season];
  const start = wallClock(year, first, 1);
  return { start, end: addMonths(start, 3), precision: "season" };
}

function isoWeekOf(week: number, year: number): Period | undefined {
  // 4 January is always in week 1 of its ISO week-numbering year.
  const start = startOfISOWeek(setISOWeek(wallClock(year, 1, 4), week));
  if (getISOWeek(start) !== week) return undefined;
  return { start, end: addDays(start, 7), precision: "week" };
}

/** A value that leaves its year open, located among the years around the reference date. */
function locateOpenYear(value: TimeValue, what: string, ends: OpenEnds, of: (year: number) => Period | undefined): Outcome<Period> {
  const open = needOpenEnds(what, ends);
  if (!open.ok) return open;
  const { reference, direction } = open.value;
  const candidates = [reference.year - 1, reference.year, reference.year + 1].flatMap((year) => of(year) ?? []);
  const found = nearest(candidates, reference, direction);
  return found ? success(found) : failure("no-such-date", [value.precision], `${what} names no period near the reference date`);
}

function locateSeason(value: TimeValue, ends: OpenEnds): Outcome<Period> {
  if (value.season === undefined) return failure("incomplete-value", ["season"], "a season precision needs a season");
  if (value.year !== undefined) return success(seasonOf(value, value.year) as Period);
  return locateOpenYear(value, `the season "${value.season}"`, ends, (year) => seasonOf(value, year));
}

function locateWeek(value: TimeValue, ends: OpenEnds): Outcome<Period> {
  if (value.week !== undefined) {
    const week = value.week;
    if (value.year !== undefined) {
      const found = isoWeekOf(week, value.year);
      return found ? success(found) : failure("no-such-date", ["week"], `${value.year} has no ISO week ${week}`);
    }
    return locateOpenYear(value, `week ${week}`, ends, (year) => isoWeekOf(week, year));
  }
  const day = locateDay(value, ends);
  if (!day.ok) return day;
  const start = startOfISOWeek(day.value);
  return success({ start, end: addDays(start, 7), precision: "week" });
}

function locateClock(value: TimeValue, ends: OpenEnds): Outcome<Period> {
  const precision = value.precision === "minute" ? "minute" : "hour";
  if (value.hour === undefined) return failure("incomplete-value", ["hour"], `a ${precision} precision needs an hour`);
  let day: Outcome<WallClock>;
  if (value.day !== undefined || value.weekday !== undefined) day = locateDay(value, ends);
  else if (ends.reference) day = success(wallClock(ends.reference.year, ends.reference.month, ends.reference.day));
  else return failure("no-reference-date", ["referenceDate"], `the clock time ${value.hour}:${String(value.minute ?? 0).padStart(2, "0")} gives no day, so it needs a reference date to fall on`);
  if (!day.ok) return day;
  const start = addMinutes(addHours(day.value, value.hour), precision === "minute" ? (value.minute ?? 0) : 0);
  return success({ start, end: shiftUnits(precision, start, 1), precision });
}

/**
 * The period a value names before any modifier: its whole year, month, day or part of
 * the day, with what it leaves open filled in from the reference date and direction.
 */
export function locateValue(value: TimeValue, ends: OpenEnds): Outcome<Period> {
  const { precision } = value;
  switch (precision) {
    case "year": {
      if (value.year === undefined) return failure("incomplete-value", ["year"], "a year precision needs a year");
      const start = wallClock(value.year, 1, 1);
      return success({ start, end: addYears(start, 1), precision });
    }
    case "month": {
      if (value.month === undefined) return failure("incomplete-value", ["month"], "a month precision needs a month");
      let year = value.year;
      if (year === undefined) {
        const open = needOpenEnds(`the month ${value.month}`, ends);
        if (!open.ok) return open;
        const { reference, direction } = open.value;
        // The month that holds the reference date is both on or before and on or after it.
        if (direction === "past") year = value.month <= reference.month ? reference.year : reference.year - 1;
        else year = value.month >= reference.month ? reference.year : reference.year + 1;
      }
      const start = wallClock(year, value.month, 1);
      return success({ start, end: addMonths(start, 1), precision });
    }
    case "season":
      return locateSeason(value, ends);
    case "week":
      return locateWeek(value, ends);
    case "hour":
    case "minute":
      return locateClock(value, ends);
    case "day":
    case "part-of-day": {
      if (precision === "part-of-day" && value.partOfDay === undefined)
        return failure("incomplete-value", ["partOfDay"], "a part-of-day precision needs partOfDay");
      const day = locateDay(value, ends);
      if (!day.ok) return day;
      if (value.partOfDay === undefined || precision === "day")
        return success({ start: day.value, end: addDays(day.value, 1), precision });
      const hours = PART_OF_DAY_HOURS[value.partOfDay];
      return success({ start: addHours(day.value, hours.start), end: addHours(day.value, hours.end), precision });
    }
  }
}
