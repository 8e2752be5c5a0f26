import type { ResolvedInterval } from "../model/time.js";
import { instantsOf } from "./_lib/instants.js";

/**
 * How two resolved intervals stand to each other, allowing for their uncertainty: each
 * interval holds every instant its expression can mean.
 *
 * @remarks
 * - `before`: `a` ends no later than `b` starts (`a.end <= b.start`): whatever instants
 *   the two mean, `a` came first. The intervals are half-open, so meeting end to start
 *   is still `before`.
 * - `after`: `a` starts no earlier than `b` ends (`a.start >= b.end`).
 * - `equal`: the same start and the same end, as instants.
 * - `contains`: `a` starts no later and ends no earlier than `b`, and they are not equal:
 *   `b` may be any part of `a`, so the order cannot be told.
 * - `within`: `b` contains `a`.
 * - `overlaps`: they share some instants and neither contains the other; the order
 *   cannot be told.
 * @example
 * ```ts
 * const relation: IntervalRelation = "contains";
 * ```
 * @group Time
 */
export type IntervalRelation = "before" | "after" | "equal" | "contains" | "within" | "overlaps";

/**
 * Tells how interval `a` stands to interval `b`: definitely before, definitely after,
 * equal, containing, within, or overlapping.
 *
 * @remarks
 * Instants are compared as moments, so intervals written in different UTC offsets
 * compare correctly. The checks run in the order `equal`, `before`, `after`,
 * `contains`, `within`, `overlaps` (see {@link IntervalRelation}); an empty interval
 * (start equal to end) at the start of `b` is therefore `before` it. Throws a
 * `RangeError` only for an interval that is not an ordered pair of ISO 8601
 * date-times, which {@link validateDocument} would have reported.
 * @example
 * ```ts
 * compareIntervals(
 *   { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00" },
 *   { start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" },
 * );
 * //=> "before"
 * ```
 * @group Time
 */
export function compareIntervals(
  a: Pick<ResolvedInterval, "start" | "end">,
  b: Pick<ResolvedInterval, "start" | "end">,
): IntervalRelation {
  const first = instantsOf(a, "compareIntervals");
  const second = instantsOf(b, "compareIntervals");
  if (first.start === second.start && first.end === second.end) return "equal";
  if (first.end <= second.start) return "before";
  if (first.start >= second.end) return "after";
  if (first.start <= second.start && second.end <= first.end) return "contains";
  if (second.start <= first.start && first.end <= second.end) return "within";
  return "overlaps";
}
