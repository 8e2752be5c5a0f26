import { addMilliseconds } from "date-fns/addMilliseconds";
import { addMonths } from "date-fns/addMonths";
import type { Duration, ResolvedInterval, TimeSpan } from "../../model/time.js";
import type { TimeResolution } from "../time-resolution.js";
import { failure, success, toResolution, type Outcome } from "./period.js";
import { wallClockOf, type WallClock } from "./wall-clock.js";

const UNIT_MILLISECONDS = { week: 7 * 86_400_000, day: 86_400_000, hour: 3_600_000 } as const;

/** A function that moves a wall-clock time by the duration, forwards (1) or back (-1). */
export function shifter(duration: Duration): Outcome<(date: WallClock, sign: 1 | -1) => WallClock> {
  const { amount, unit } = duration;
  // A day in a fixed-offset zone is always 24 hours, so days and weeks count exactly in
  // milliseconds; months and years need the calendar and whole numbers.
  if (unit === "week" || unit === "day" || unit === "hour")
    return success((date, sign) => addMilliseconds(date, sign * amount * UNIT_MILLISECONDS[unit]));
  const months = unit === "year" ? amount * 12 : amount;
  if (!Number.isInteger(months))
    return failure("fractional-duration", ["duration", "amount"], `${amount} ${unit}s is not a whole number of months, which the calendar cannot count`);
  return success((date, sign) => addMonths(date, sign * months));
}

/**
 * Places a duration against its anchor's resolved interval. The span's own end (for
 * `ends-at`) can be anywhere in the anchor, so the result runs from the earliest start
 * to the latest end it can have; an approximate amount adds one unit more on the open
 * side.
 */
export function resolveSpan(span: TimeSpan, anchor: ResolvedInterval, utcOffset: string | undefined): TimeResolution {
  if (!span.anchorRelation)
    return failure(
      "no-anchor-relation",
      ["anchorRelation"],
      `the duration "${span.text}" has an anchor but no anchorRelation: say whether it "ends-at" or "starts-at" its anchor`,
    );
  const shift = shifter(span.duration);
  if (!shift.ok) return shift;
  const offset = utcOffset ?? anchor.utcOffset;
  const anchorStart = wallClockOf(anchor.start, offset);
  const anchorEnd = wallClockOf(anchor.end, offset);
  if (Number.isNaN(anchorStart.getTime()) || Number.isNaN(anchorEnd.getTime()))
    return failure(
      "unresolved-anchor",
      ["anchorId"],
      `the anchor "${span.anchorId}" of "${span.text}" has an interval that is not ISO 8601 (${anchor.start} to ${anchor.end})`,
    );
  const extra = span.duration.approximate ? shifter({ amount: 1, unit: span.duration.unit }) : undefined;
  const widen = (date: WallClock, sign: 1 | -1) => (extra?.ok ? extra.value(date, sign) : date);
  const period =
    span.anchorRelation === "ends-at"
      ? { start: widen(shift.value(anchorStart, -1), -1), end: anchorEnd, precision: anchor.precision }
      : { start: anchorStart, end: widen(shift.value(anchorEnd, 1), 1), precision: anchor.precision };
  return toResolution(period, offset);
}
