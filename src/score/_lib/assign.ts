// The optimal one-to-one matching of two lists, by the Hungarian (Kuhn–Munkres) method.
import { munkres } from "munkres";

/** A number in [0, 1) from a string (FNV-1a), the same on every run and platform. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/**
 * The pairs `[row, column]` that maximise the total similarity, one-to-one, keeping only
 * pairs at or above `threshold`.
 *
 * @remarks Kuhn–Munkres (Kuhn 1955, "The Hungarian method for the assignment problem";
 * Munkres 1957) minimises a cost, so the cost of a pair is its shortfall from the best
 * similarity. A pair below the threshold costs as much as no pair at all, so the matching
 * is the optimum over the allowed pairs only; such pairs are then dropped. Rectangular
 * matrices are fine. Ties are broken the same way whichever side is called gold: first
 * towards more pairs, then by a hash of the two keys of each pair taken in sorted order,
 * so that scoring B against A mirrors scoring A against B.
 */
export function assign(
  similarity: readonly (readonly number[])[],
  threshold: number,
  rowKeys: readonly string[],
  columnKeys: readonly string[],
): [row: number, column: number][] {
  const rows = similarity.length;
  const columns = similarity[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return [];
  const weight = similarity.map((row, r) =>
    row.map((value, c) => {
      if (value < threshold || value <= 0) return 0;
      const [a, b] = [rowKeys[r]!, columnKeys[c]!].sort();
      return value + 1e-6 + 1e-9 * unitHash(`${a}\u0000${b}`);
    }),
  );
  const cost = weight.map((row) => row.map((value) => 2 - value));
  return munkres(cost)
    .filter(([row, column]) => weight[row]![column]! > 0)
    .sort((a, b) => a[0] - b[0]);
}
