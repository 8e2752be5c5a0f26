/**
 * Krippendorff's alpha for nominal labels: agreement among any number of coders, some
 * of whom may have left units uncoded, `1 − Dₒ / Dₑ`.
 *
 * @remarks Each item of `units` is one unit with each coder's label, `undefined` where
 * that coder gave none. Units with fewer than two labels cannot be paired and are left
 * out. Computed from the coincidence matrix: with `o(c, k)` the pairs of labels c and k
 * within units (each unit's pairs weighed by 1 / (its labels − 1)), `n(c)` each label's
 * total and `n` all pairable labels, α = 1 − (n − 1) · Σ_{c≠k} o(c, k) / Σ_{c≠k} n(c) · n(k).
 * `null` where alpha is undefined: fewer than two pairable labels, or one label for all.
 * @example
 * ```ts
 * krippendorffAlpha([
 *   ["demand", "demand", undefined],
 *   ["proposal", "demand", "proposal"],
 *   ["denial", "denial", "denial"],
 * ]);
 * //=> 0.6666…
 * ```
 * @see Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. https://repository.upenn.edu/asc_papers/43
 * @group Scoring
 */
export function krippendorffAlpha(units: readonly (readonly (string | undefined)[])[]): number | null {
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, weight: number) => {
    const row = coincidences.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + weight);
    coincidences.set(c, row);
  };
  for (const unit of units) {
    const labels = unit.filter((label): label is string => label !== undefined);
    if (labels.length < 2) continue;
    for (let i = 0; i < labels.length; i++) for (let j = 0; j < labels.length; j++) if (i !== j) add(labels[i]!, labels[j]!, 1 / (labels.length - 1));
  }
  const totals = new Map<string, number>();
  let disagreeing = 0;
  for (const [c, row] of coincidences)
    for (const [k, weight] of row) {
      totals.set(c, (totals.get(c) ?? 0) + weight);
      if (c !== k) disagreeing += weight;
    }
  const n = [...totals.values()].reduce((sum, count) => sum + count, 0);
  let expectedPairs = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expectedPairs += nc * nk;
  if (n < 2 || expectedPairs === 0) return null;
  return 1 - ((n - 1) * disagreeing) / expectedPairs;
}
