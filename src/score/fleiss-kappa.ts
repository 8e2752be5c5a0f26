/**
 * Fleiss' kappa: how far any fixed number of coders agree on nominal labels beyond
 * chance, `(P̄ − P̄ₑ) / (1 − P̄ₑ)`.
 *
 * @remarks Each item of `units` is one unit with the labels its coders gave it; every
 * unit must have the same number of labels, at least two (a unit with another number is
 * a programmer's mistake, and throws). P̄ is the mean share of agreeing coder pairs within
 * a unit; P̄ₑ the chance of agreement from the labels' overall frequencies. `null` where
 * kappa is undefined: no units, or one label for everything (P̄ₑ = 1).
 * @example
 * ```ts
 * fleissKappa([
 *   ["demand", "demand", "demand"],
 *   ["proposal", "proposal", "demand"],
 *   ["denial", "denial", "denial"],
 * ]);
 * //=> 0.6538…
 * ```
 * @see Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin 76(5), 378–382.
 * @group Scoring
 */
export function fleissKappa(units: readonly (readonly string[])[]): number | null {
  if (units.length === 0) return null;
  const raters = units[0]!.length;
  if (raters < 2 || units.some((unit) => unit.length !== raters))
    throw new Error(`fleissKappa(): every unit needs the same number of labels, at least two; the first has ${raters}. Use krippendorffAlpha for units with missing labels.`);
  const totals = new Map<string, number>();
  let agreement = 0;
  for (const unit of units) {
    const counts = new Map<string, number>();
    for (const label of unit) {
      counts.set(label, (counts.get(label) ?? 0) + 1);
      totals.set(label, (totals.get(label) ?? 0) + 1);
    }
    let pairs = 0;
    for (const count of counts.values()) pairs += count * (count - 1);
    agreement += pairs / (raters * (raters - 1));
  }
  const observed = agreement / units.length;
  let expected = 0;
  for (const count of totals.values()) expected += (count / (units.length * raters)) ** 2;
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}
