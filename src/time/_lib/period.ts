import { TimePrecision } from "../../model/time.js";
import type { TimeProblem, TimeProblemCode, TimeResolution } from "../time-resolution.js";
import { formatWithOffset, type WallClock } from "./wall-clock.js";

/** A half-open span of wall-clock time in the event's zone, before it is written out. */
export interface Period {
  readonly start: WallClock;
  readonly end: WallClock;
  readonly precision: TimePrecision;
}

/** A problem, or a value: what each internal step returns. */
export type Outcome<Value> = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly problem: TimeProblem };

/** A successful step. */
export function success<Value>(value: Value): Outcome<Value> {
  return { ok: true, value };
}

/** A failed step, with the problem that stopped it. */
export function failure(code: TimeProblemCode, path: readonly (string | number)[], message: string): { ok: false; problem: TimeProblem } {
  return { ok: false, problem: { code, path, message } };
}

/** The same problem, seen from one level up: its path prefixed with `keys`. */
export function within(problem: TimeProblem, ...keys: (string | number)[]): { ok: false; problem: TimeProblem } {
  return { ok: false, problem: { ...problem, path: [...keys, ...problem.path] } };
}

const PRECISION_ORDER: readonly TimePrecision[] = TimePrecision.options;

/** The coarser of two precisions: what a union of two values can claim. */
export function coarser(a: TimePrecision, b: TimePrecision): TimePrecision {
  return PRECISION_ORDER.indexOf(a) <= PRECISION_ORDER.indexOf(b) ? a : b;
}

/** Writes a period as a resolved interval in the given offset, if ISO 8601 can write it. */
export function toResolution(period: Period, utcOffset: string): TimeResolution {
  // A shift past the ±275,760 years a Date can hold leaves it invalid, its year NaN.
  if (!Number.isFinite(period.start.getTime()) || !Number.isFinite(period.end.getTime()))
    return failure(
      "out-of-range",
      [],
      "the interval reaches beyond any date JavaScript can hold, far outside the years 0001–9999 that ISO 8601 date-times can write",
    );
  const firstYear = period.start.getFullYear();
  const endYear = period.end.getFullYear();
  // The exclusive end of a period in 9999 falls in 10000, which a four-digit year
  // cannot write, so the end itself must be inside the range.
  if (firstYear < 1 || endYear > 9999)
    return failure(
      "out-of-range",
      [],
      `the interval runs from year ${firstYear} to year ${endYear}, outside the years 0001–9999 that ISO 8601 date-times can write`,
    );
  return {
    ok: true,
    interval: {
      start: formatWithOffset(period.start, utcOffset),
      end: formatWithOffset(period.end, utcOffset),
      precision: period.precision,
      utcOffset,
    },
  };
}
