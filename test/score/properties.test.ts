// Bounds and symmetry of the scores, over documents made by damaging the fixture at random.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { ARGUMENT_ROLES, PositionKind, SCORED_CATEGORIES, scoreDocument, type DocumentScore, type NewsDocument, type Score } from "../../src/index.js";
import { copy, renameIds, shiftEvidence } from "./documents.js";

const COLLECTIONS = ["actors", "meetings", "positions", "happenings", "times", "attributions", "places", "delegations"] as const;

/** A copy of the fixture with some objects dropped, some positions of another kind, and perhaps new ids and shifted evidence. */
const damagedFixture: fc.Arbitrary<NewsDocument> = fc
  .record({
    keep: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    kinds: fc.array(fc.option(fc.constantFrom(...PositionKind.options), { freq: 3 }), { minLength: 16, maxLength: 16 }),
    rename: fc.boolean(),
    shift: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ keep, kinds, rename, shift }) => {
    const damaged = copy(fixture);
    let index = 0;
    for (const collection of COLLECTIONS) {
      // Each item is kept or dropped by the next flag: a prediction that missed it.
      (damaged[collection] as unknown[]) = (damaged[collection] as unknown[]).filter(() => keep[index++ % keep.length]);
    }
    damaged.positions.forEach((position, i) => {
      const kind = kinds[i % kinds.length];
      if (kind) position.kind = kind;
    });
    const shifted = shift > 0 ? shiftEvidence(damaged, shift) : damaged;
    return rename ? renameIds(shifted) : shifted;
  });

/** A valid copy of the fixture: positions of other kinds, perhaps new ids and shifted evidence, nothing dropped. */
const validDamagedFixture: fc.Arbitrary<NewsDocument> = fc
  .record({
    kinds: fc.array(fc.option(fc.constantFrom(...PositionKind.options), { freq: 3 }), { minLength: 16, maxLength: 16 }),
    rename: fc.boolean(),
    shift: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ kinds, rename, shift }) => {
    const damaged = copy(fixture);
    damaged.positions.forEach((position, i) => {
      const kind = kinds[i % kinds.length];
      if (kind) position.kind = kind;
    });
    const shifted = shift > 0 ? shiftEvidence(damaged, shift) : damaged;
    return rename ? renameIds(shifted) : shifted;
  });

function everyScore(score: DocumentScore): [string, Score][] {
  return [
    ...SCORED_CATEGORIES.map((category): [string, Score] => [category, score.categories[category]]),
    ["micro", score.micro],
    ["eventKinds", score.eventKinds],
    ...ARGUMENT_ROLES.map((role): [string, Score] => [`ace ${role}`, score.argumentsAce[role]]),
    ...ARGUMENT_ROLES.map((role): [string, Score] => [`strict ${role}`, score.argumentsStrict[role]]),
    ["plover", score.plover.score],
    ...SCORED_CATEGORIES.map((category): [string, Score] => [`evidence ${category}`, score.evidence[category]]),
  ];
}

describe("scoreDocument's properties", () => {
  test.prop([damagedFixture, damagedFixture], { numRuns: 25 })("gives every score in [0, 1], and matches no more than either side has", (gold, predicted) => {
    const score = scoreDocument(gold, predicted);
    for (const [name, value] of everyScore(score)) {
      for (const ratio of [value.precision, value.recall, value.f1]) {
        expect(ratio, name).toBeGreaterThanOrEqual(0);
        expect(ratio, name).toBeLessThanOrEqual(1);
      }
      expect(value.matched, name).toBeLessThanOrEqual(Math.min(value.gold, value.predicted));
    }
    for (const ratio of Object.values(score.macro)) expect(ratio).toBeGreaterThanOrEqual(0);
  });

  test.prop([damagedFixture, damagedFixture], { numRuns: 25 })("swaps precision and recall when gold and prediction are swapped", (a, b) => {
    const forward = everyScore(scoreDocument(a, b));
    const backward = new Map(everyScore(scoreDocument(b, a)));
    for (const [name, value] of forward) {
      const other = backward.get(name)!;
      expect({ name, precision: value.precision, recall: value.recall, f1: value.f1 }).toEqual({
        name,
        precision: other.recall,
        recall: other.precision,
        f1: other.f1,
      });
    }
  });

  test.prop([validDamagedFixture], { numRuns: 15 })("scores any valid document against itself 1.0", (document) => {
    for (const [name, value] of everyScore(scoreDocument(document, document))) {
      if (value.gold > 0) expect(value, name).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
  });
});
