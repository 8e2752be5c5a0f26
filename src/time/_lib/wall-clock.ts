import { parseISO } from "date-fns/parseISO";

/**
 * A `Date` whose calendar fields are read and written in UTC, so that the calendar
 * arithmetic below works on the wall clock of a fixed-offset zone whatever the machine's
 * own zone is. It stores the wall-clock time of the event's zone as if it were UTC: with
 * no daylight-saving shifts, every day is 24 hours and field arithmetic is exact.
 */
export class WallClock extends Date {
  // Only the fields the arithmetic below reads and writes; the spreads keep the
  // caller's arity, since `setUTCMonth(m, undefined)` is not `setUTCMonth(m)`.
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return this.setUTCFullYear(...args);
  }
  override setMonth(...args: [number, number?]): number {
    return this.setUTCMonth(...args);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return this.setUTCHours(...args);
  }
}

/** A calendar date, month 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The wall-clock instant at the start of the given hour of a calendar date (month 1–12). */
export function wallClock(year: number, month: number, day: number, hour = 0): WallClock {
  const date = new WallClock(0);
  // setFullYear, unlike Date.UTC, does not map the years 0–99 to 1900–1999.
  date.setFullYear(year, month - 1, day);
  date.setHours(hour, 0, 0, 0);
  return date;
}

/** Reads a strict `YYYY-MM-DD` calendar date, or undefined when it is not one or names no real day. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = wallClock(year, month, day);
  if (year < 1 || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return { year, month, day };
}

/** Minutes east of UTC for an offset such as `+08:00`. */
export function offsetMinutes(utcOffset: string): number {
  const sign = utcOffset.startsWith("-") ? -1 : 1;
  return sign * (Number(utcOffset.slice(1, 3)) * 60 + Number(utcOffset.slice(4, 6)));
}

// The calendar arithmetic of date-fns (addDays, addMonths, …), step for step, on a
// WallClock, with the same results (date-fns' shortcuts for a zero or NaN amount give
// what the arithmetic gives anyway). Written out here because importing those functions
// loads some fifteen modules, several milliseconds of every cold start, for a few lines
// each.

/** A copy of `date` moved by `amount` milliseconds (date-fns' `addMilliseconds`). */
export function addMilliseconds(date: WallClock, amount: number): WallClock {
  return new WallClock(+date + amount);
}

/** A copy of `date` moved by `amount` hours (date-fns' `addHours`). */
export function addHours(date: WallClock, amount: number): WallClock {
  return addMilliseconds(date, amount * 3_600_000);
}

/** A copy of `date` moved by `amount` calendar days (date-fns' `addDays`). */
export function addDays(date: WallClock, amount: number): WallClock {
  const moved = new WallClock(+date);
  moved.setDate(moved.getDate() + amount);
  return moved;
}

/** A copy of `date` moved back by `amount` calendar days (date-fns' `subDays`). */
export function subDays(date: WallClock, amount: number): WallClock {
  return addDays(date, -amount);
}

/** A copy of `date` moved by `amount` months, kept within the month it lands in (date-fns' `addMonths`). */
export function addMonths(date: WallClock, amount: number): WallClock {
  const moved = new WallClock(+date);
  const dayOfMonth = moved.getDate();
  const endOfDesiredMonth = new WallClock(moved.getTime());
  endOfDesiredMonth.setMonth(moved.getMonth() + amount + 1, 0);
  if (dayOfMonth >= endOfDesiredMonth.getDate()) return endOfDesiredMonth;
  moved.setFullYear(endOfDesiredMonth.getFullYear(), endOfDesiredMonth.getMonth(), dayOfMonth);
  return moved;
}

/** A copy of `date` moved by `amount` years (date-fns' `addYears`). */
export function addYears(date: WallClock, amount: number): WallClock {
  return addMonths(date, amount * 12);
}

/** The number of days in the month of `date` (date-fns' `getDaysInMonth`). */
export function getDaysInMonth(date: WallClock): number {
  const lastDayOfMonth = new WallClock(0);
  lastDayOfMonth.setFullYear(date.getFullYear(), date.getMonth() + 1, 0);
  lastDayOfMonth.setHours(0, 0, 0, 0);
  return lastDayOfMonth.getDate();
}

const twoDigits = (value: number): string => String(value).padStart(2, "0");

/** Writes a wall-clock time as an ISO 8601 date-time carrying the given offset. */
export function formatWithOffset(date: WallClock, utcOffset: string): string {
  // As date-fns' lightFormat(date, "yyyy-MM-dd'T'HH:mm:ss") writes it.
  if (Number.isNaN(+date)) throw new RangeError("Invalid time value");
  const signedYear = date.getFullYear();
  const year = String(signedYear > 0 ? signedYear : 1 - signedYear).padStart(4, "0");
  const day = `${year}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
  return `${day}T${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}${utcOffset}`;
}

/** The wall-clock time, in the zone of `utcOffset`, of an ISO 8601 instant. */
export function wallClockOf(iso: string, utcOffset: string): WallClock {
  return new WallClock(parseISO(iso).getTime() + offsetMinutes(utcOffset) * 60_000);
}
