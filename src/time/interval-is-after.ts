import type { ResolvedInterval } from "../model/time.js";
import { instantsOf } from "./_lib/instants.js";

/**
 * Tells whether interval `a` is definitely after interval `b`: every instant `a` can
 * mean comes after every instant `b` can mean, `a.start >= b.end`.
 *
 * @remarks Named apart from date-fns' `isAfter`, which compares two dates. The mirror of
 * {@link intervalIsBefore}: `intervalIsAfter(a, b) === intervalIsBefore(b, a)`.
 * @example
 * ```ts
 * intervalIsAfter(
 *   { start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" },
 *   { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00" },
 * );
 * //=> true
 * ```
 * @group Time
 */
export function intervalIsAfter(a: Pick<ResolvedInterval, "start" | "end">, b: Pick<ResolvedInterval, "start" | "end">): boolean {
  return instantsOf(a, "intervalIsAfter").start >= instantsOf(b, "intervalIsAfter").end;
}
