/**
 * Cohen's kappa: how far two coders agree on nominal labels beyond what chance would
 * give, `(pₒ − pₑ) / (1 − pₑ)`.
 *
 * @remarks Each item of `pairs` is one unit, with the first coder's label and the
 * second's. pₒ is the share of units with the same label; pₑ the agreement expected from
 * each coder's own label frequencies. 1 is perfect agreement, 0 what chance gives, below
 * 0 worse. `null` where kappa is undefined: no units, or both coders giving one and the
 * same label to every unit (pₑ = 1).
 * @example
 * ```ts
 * // Wikipedia's worked example: 20 yes–yes, 5 yes–no, 10 no–yes, 15 no–no.
 * const pairs = [
 *   ...Array<[string, string]>(20).fill(["yes", "yes"]),
 *   ...Array<[string, string]>(5).fill(["yes", "no"]),
 *   ...Array<[string, string]>(10).fill(["no", "yes"]),
 *   ...Array<[string, string]>(15).fill(["no", "no"]),
 * ];
 * cohensKappa(pairs);
 * //=> 0.4 (to floating-point rounding)
 * ```
 * @see Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement 20(1), 37–46.
 * @group Scoring
 */
export function cohensKappa(pairs: readonly (readonly [first: string, second: string])[]): number | null {
  const total = pairs.length;
  if (total === 0) return null;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let same = 0;
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
    if (a === b) same++;
  }
  const observed = same / total;
  let expected = 0;
  for (const [label, count] of first) expected += (count / total) * ((second.get(label) ?? 0) / total);
  if (expected === 1) return null;
  return (observed - expected) / (1 - expected);
}
