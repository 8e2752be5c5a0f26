import { lightFormat } from "date-fns/lightFormat";
import { parseISO } from "date-fns/parseISO";

/**
 * A `Date` whose calendar fields are read and written in UTC, so that date-fns does its
 * calendar arithmetic on the wall clock of a fixed-offset zone whatever the machine's own
 * zone is. It stores the wall-clock time of the event's zone as if it were UTC: with no
 * daylight-saving shifts, every day is 24 hours and date-fns' field arithmetic is exact.
 */
export class WallClock extends Date {
  // Only the fields date-fns reads and writes in these helpers; the spreads keep the
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

/** Writes a wall-clock time as an ISO 8601 date-time carrying the given offset. */
export function formatWithOffset(date: WallClock, utcOffset: string): string {
  return `${lightFormat(date, "yyyy-MM-dd'T'HH:mm:ss")}${utcOffset}`;
}

/** The wall-clock time, in the zone of `utcOffset`, of an ISO 8601 instant. */
export function wallClockOf(iso: string, utcOffset: string): WallClock {
  return new WallClock(parseISO(iso).getTime() + offsetMinutes(utcOffset) * 60_000);
}
