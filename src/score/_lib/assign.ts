// The optimal one-to-one matching of two lists, by the Hungarian (Kuhn–Munkres) method.
import { munkres } from "munkres";

/**
 * The pairs `[row, column]` that maximise the total similarity, one-to-one, keeping only
 * pairs at or above `threshold`.
 *
 * @remarks Kuhn–Munkres (Kuhn 1955; Munkres 1957) minimises a cost, so the cost of a
 * pair is its shortfall from the best similarity. A pair below the threshold costs as
 * much as no pair at all (its similarity counts as 0), so the matching is the optimum
 * over the allowed pairs only; such pairs are then dropped. Rectangular matrices are
 * fine: the shorter side is matched whole, as far as the threshold allows.
 */
export function assign(similarity: readonly (readonly number[])[], threshold: number): [row: number, column: number][] {
  const rows = similarity.length;
  const columns = similarity[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return [];
  const allowed = (value: number) => (value >= threshold ? value : 0);
  const cost = similarity.map((row) => row.map((value) => 1 - allowed(value)));
  return munkres(cost)
    .filter(([row, column]) => allowed(similarity[row]![column]!) > 0)
    .sort((a, b) => a[0] - b[0]);
}
