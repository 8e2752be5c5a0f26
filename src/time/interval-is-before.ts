import type { ResolvedInterval } from "../model/time.js";
import { instantsOf } from "./_lib/instants.js";

/**
 * Tells whether interval `a` is definitely before interval `b`: every instant `a` can
 * mean comes before every instant `b` can mean, `a.end <= b.start`.
 *
 * @remarks Named apart from date-fns' `isBefore`, which compares two dates. True exactly
 * when {@link compareIntervals} gives `before`, except that two equal empty intervals are
 * `equal` there and before each other here.
 * @example
 * ```ts
 * intervalIsBefore(
 *   { start: "2002-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00" },
 *   { start: "2004-02-25T00:00:00+08:00", end: "2004-02-26T00:00:00+08:00" },
 * );
 * //=> true
 * ```
 * @group Time
 */
export function intervalIsBefore(a: Pick<ResolvedInterval, "start" | "end">, b: Pick<ResolvedInterval, "start" | "end">): boolean {
  return instantsOf(a, "intervalIsBefore").end <= instantsOf(b, "intervalIsBefore").start;
}
