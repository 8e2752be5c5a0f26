import { subDays } from "date-fns/subDays";
import type { ResolvedInterval, TimeExpression } from "../../model/time.js";

interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** The local calendar fields of an ISO date or date-time, as written: never shifted into the machine's zone. */
export function wallClock(iso: string): WallClock {
  const [, year, month, day, hour, minute] = ISO.exec(iso) ?? [];
  return { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour ?? 0), minute: Number(minute ?? 0) };
}

// Noon of the day, in the machine's zone: far from any daylight-saving jump, so date-fns
// formats the calendar day the ISO string names whatever zone the machine is in.
function noonOf(clock: Pick<WallClock, "year" | "month" | "day">): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(clock.year, clock.month - 1, clock.day);
  return date;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Writes a local date in English with date-fns's tokens `EEEE`, `d`, `dd`, `MMMM`, `MM`
 * and `yyyy`, as date-fns's `format` does with its default locale. Its own few lines
 * because `format` loads every token and the whole English locale, about 30 ms of a cold
 * start, for six tokens.
 */
function format(date: Date, pattern: string): string {
  return pattern.replace(/EEEE|MMMM|yyyy|MM|dd|d/g, (token) => {
    switch (token) {
      case "EEEE":
        return WEEKDAYS[date.getDay()] as string;
      case "MMMM":
        return MONTHS[date.getMonth()] as string;
      case "yyyy": {
        // date-fns writes the year of the era: year 0 is 1 BC.
        const year = date.getFullYear();
        return String(year > 0 ? year : 1 - year).padStart(4, "0");
      }
      case "MM":
        return String(date.getMonth() + 1).padStart(2, "0");
      case "dd":
        return String(date.getDate()).padStart(2, "0");
      default:
        return String(date.getDate());
    }
  });
}

/** Formats the calendar day of an ISO date or date-time: "Wednesday 25 February 2004". */
export function formatDay(iso: string, pattern = "EEEE d MMMM yyyy"): string {
  return format(noonOf(wallClock(iso)), pattern);
}

function atMidnight(clock: WallClock): boolean {
  return clock.hour === 0 && clock.minute === 0;
}

function hhmm(clock: WallClock, endOfDay: boolean): string {
  return endOfDay && atMidnight(clock) ? "24:00" : `${String(clock.hour).padStart(2, "0")}:${String(clock.minute).padStart(2, "0")}`;
}

function range(first: Date, last: Date, unit: "day" | "month" | "year"): string {
  const whole = unit === "year" ? "yyyy" : unit === "month" ? "MMMM yyyy" : "d MMMM yyyy";
  const a = format(first, whole);
  const b = format(last, whole);
  if (a === b) return unit === "day" ? format(first, "EEEE d MMMM yyyy") : a;
  if (unit === "day" && first.getFullYear() === last.getFullYear())
    return first.getMonth() === last.getMonth() ? `${format(first, "d")}–${b}` : `${format(first, "d MMMM")} – ${b}`;
  return `${a} – ${b}`;
}

/**
 * Says in words when an interval is, at the finest unit it is aligned to: "2002",
 * "October 2002", "11–20 March 2004", "Wednesday 25 February 2004, night".
 */
export function formatWhen(interval: ResolvedInterval, time?: TimeExpression): string {
  const start = wallClock(interval.start);
  const end = wallClock(interval.end);
  const first = noonOf(start);
  // The interval is half-open: a midnight end belongs to the day after the last one.
  const last = atMidnight(end) ? subDays(noonOf(end), 1) : noonOf(end);
  const partOfDay = time?.kind === "point" ? time.value.partOfDay : undefined;
  if (!atMidnight(start) || !atMidnight(end)) {
    const day = range(first, last, "day");
    const sameDay = format(first, "yyyy-MM-dd") === format(last, "yyyy-MM-dd");
    if (sameDay && partOfDay) return `${day}, ${partOfDay}`;
    return sameDay ? `${day}, ${hhmm(start, false)}–${hhmm(end, true)}` : `${formatDay(interval.start)} ${hhmm(start, false)} – ${formatDay(interval.end)} ${hhmm(end, true)}`;
  }
  const monthAligned = start.day === 1 && end.day === 1;
  if (monthAligned && start.month === 1 && end.month === 1 && interval.precision === "year") return range(first, last, "year");
  if (monthAligned && interval.precision !== "day" && interval.precision !== "part-of-day") return range(first, last, "month");
  return range(first, last, "day");
}
