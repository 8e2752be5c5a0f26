import type { ResolvedInterval } from "../model/time.js";
import { instantsOf } from "./_lib/instants.js";

/**
 * Tells whether interval `a` contains interval `b`: `b` starts no earlier and ends no
 * later than `a` (`a.start <= b.start` and `b.end <= a.end`).
 *
 * @remarks Includes equal intervals, where {@link compareIntervals} says `equal` rather
 * than `contains`. "Held in March" contains "held mid-March": whatever `b` means, `a`
 * holds it.
 * @example
 * ```ts
 * intervalContains(
 *   { start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" },
 *   { start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00" },
 * );
 * //=> true
 * ```
 * @group Time
 */
export function intervalContains(a: Pick<ResolvedInterval, "start" | "end">, b: Pick<ResolvedInterval, "start" | "end">): boolean {
  const outer = instantsOf(a, "intervalContains");
  const inner = instantsOf(b, "intervalContains");
  return outer.start <= inner.start && inner.end <= outer.end;
}
