import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { agreement, cohensKappa, fleissKappa, krippendorffAlpha } from "../../src/index.js";
import { copy, renameIds } from "./documents.js";

/** `count` copies of one pair of labels. */
const times = (count: number, pair: readonly [string, string]) => Array.from({ length: count }, () => pair);

/** Units of labels from a table of counts: one row per unit, one column per category, each cell how many coders chose it. */
function fromCounts(rows: readonly (readonly number[])[]): string[][] {
  return rows.map((row) => row.flatMap((count, category) => Array.from({ length: count }, () => `category ${category + 1}`)));
}

describe("cohensKappa", () => {
  // Wikipedia, "Cohen's kappa", worked examples (two readers, 50 and 100 grant proposals).
  it("gives 0.4 for Wikipedia's 20 / 5 / 10 / 15 example (pₒ = 0.7, pₑ = 0.5)", () => {
    const pairs = [...times(20, ["yes", "yes"]), ...times(5, ["yes", "no"]), ...times(10, ["no", "yes"]), ...times(15, ["no", "no"])];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it("gives 0.1304 and 0.2593 for the two tables with the same agreement and different marginals", () => {
    expect(cohensKappa([...times(45, ["yes", "yes"]), ...times(15, ["yes", "no"]), ...times(25, ["no", "yes"]), ...times(15, ["no", "no"])])).toBeCloseTo(0.1304, 4);
    expect(cohensKappa([...times(25, ["yes", "yes"]), ...times(35, ["yes", "no"]), ...times(5, ["no", "yes"]), ...times(35, ["no", "no"])])).toBeCloseTo(0.2593, 4);
  });

  it("is undefined with no units, or one label for everything", () => {
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa(times(3, ["demand", "demand"]))).toBeNull();
  });
});

describe("fleissKappa", () => {
  // Wikipedia, "Fleiss' kappa", worked example: 14 raters, 10 subjects, 5 categories; P̄ = 0.378, P̄ₑ = 0.213.
  const wikipedia = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it("gives 0.210 for Wikipedia's worked example", () => {
    expect(fleissKappa(fromCounts(wikipedia))).toBeCloseTo(0.21, 3);
  });

  it("throws, saying what to use instead, for units with different numbers of labels", () => {
    expect(() => fleissKappa([["a", "b"], ["a"]])).toThrow(/Use krippendorffAlpha/);
  });
});

describe("krippendorffAlpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four
  // observers, twelve units, nominal values with missing data; α = 0.743.
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = observers[0]!.map((_, unit) => observers.map((values) => (values[unit] === null ? undefined : String(values[unit]))));

  it("gives 0.743 for Krippendorff's worked example with missing values", () => {
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it("relates to Scott's pi as α = 1 − (n − 1)/n · (1 − π) for two coders with complete data", () => {
    // n is the number of values, 2N for N units (Krippendorff 2011, section A).
    const pairs = [...times(20, ["yes", "yes"]), ...times(5, ["yes", "no"]), ...times(10, ["no", "yes"]), ...times(15, ["no", "no"])];
    const observed = 35 / 50;
    const yes = (25 + 30) / 100;
    const expected = yes ** 2 + (1 - yes) ** 2;
    const scottsPi = (observed - expected) / (1 - expected);
    expect(krippendorffAlpha(pairs)).toBeCloseTo(1 - ((2 * 50 - 1) / (2 * 50)) * (1 - scottsPi), 12);
    expect(krippendorffAlpha(pairs)).toBeCloseTo(0.4, 12);
    expect(krippendorffAlpha(pairs)).toBeGreaterThan(scottsPi);
  });

  it("is undefined when nothing can be paired", () => {
    expect(krippendorffAlpha([["a", undefined], [undefined, "b"]])).toBeNull();
  });
});

describe("agreement", () => {
  it("gives full agreement between two copies of one document, whatever their ids", () => {
    const result = agreement([fixture, renameIds(fixture)]);
    const facts = fixture.meetings.length + fixture.positions.length + fixture.happenings.length;
    expect(result).toMatchObject({ coders: 2, completeUnits: facts, observedAgreement: 1, cohensKappa: 1, fleissKappa: 1, krippendorffAlpha: 1 });
  });

  it("counts a coder who gave one position another kind, and leaves out what a coder did not find", () => {
    const second = copy(fixture);
    second.positions[0]!.kind = "request";
    const third = copy(fixture);
    third.positions = third.positions.slice(1);
    const result = agreement([fixture, second, third]);
    expect(result.coders).toBe(3);
    expect(result.cohensKappa).toBeNull();
    const first = result.units.find((unit) => unit.id === fixture.positions[0]!.id)!;
    expect(first.labels).toEqual([`positions:${fixture.positions[0]!.kind}`, "positions:request", undefined]);
    expect(result.completeUnits).toBe(result.units.length - 1);
    expect(result.observedAgreement).toBe(1);
    expect(result.krippendorffAlpha).toBeLessThan(1);
    expect(result.krippendorffAlpha).toBe(krippendorffAlpha(result.units.map((unit) => unit.labels)));
  });

  it("throws for fewer than two documents", () => {
    expect(() => agreement([fixture])).toThrow("agreement(): give two documents or more, one for each coder; got 1");
  });
});
