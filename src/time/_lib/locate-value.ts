import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { addMonths } from "date-fns/addMonths";
import { addYears } from "date-fns/addYears";
import { getDay } from "date-fns/getDay";
import { getDaysInMonth } from "date-fns/getDaysInMonth";
import { subDays } from "date-fns/subDays";
import type { TimeDirection, TimeValue, Weekday } from "../../model/time.js";
import { PART_OF_DAY_HOURS } from "../day-ranges.js";
import { failure, success, type Outcome, type Period } from "./period.js";
import { wallClock, type CalendarDate, type WallClock } from "./wall-clock.js";

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
