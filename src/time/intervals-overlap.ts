import type { ResolvedInterval } from "../model/time.js";
import { instantsOf } from "./_lib/instants.js";

/**
 * Tells whether two intervals share at least one instant (`a.start < b.end` and
 * `b.start < a.end`): the two expressions may mean the same moment.
 *
 * @remarks Broader than the `overlaps` of {@link compareIntervals}: true whenever that
 * gives `overlaps`, `contains`, `within`, or `equal` for intervals that are not empty.
 * Intervals that only meet end to start share no instant. Named apart from date-fns'
 * `areIntervalsOverlapping`, which takes `Date` intervals.
 * @example
 * ```ts
 * intervalsOverlap(
 *   { start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" },
 *   { start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00" },
 * );
 * //=> true
 * ```
 * @group Time
 */
export function intervalsOverlap(a: Pick<ResolvedInterval, "start" | "end">, b: Pick<ResolvedInterval, "start" | "end">): boolean {
  const first = instantsOf(a, "intervalsOverlap");
  const second = instantsOf(b, "intervalsOverlap");
  return first.start < second.end && second.start < first.end;
}
