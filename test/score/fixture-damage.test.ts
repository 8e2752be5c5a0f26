// The encoded article scored against copies of itself, each damaged in one known way.
import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { ALIGNED_COLLECTIONS, scoreDocument, SCORED_CATEGORIES, toPloverEvents, type DocumentScore, type NewsDocument, type PositionKind } from "../../src/index.js";
import { copy, renameIds, shiftEvidence } from "./documents.js";

const perfect = { precision: 1, recall: 1, f1: 1 };

function expectPerfect(score: DocumentScore) {
  for (const category of SCORED_CATEGORIES) expect(score.categories[category], category).toMatchObject(perfect);
  expect(score.eventKinds).toMatchObject(perfect);
  expect(score.argumentsAce.all).toMatchObject(perfect);
  expect(score.argumentsStrict.all).toMatchObject(perfect);
  expect(score.plover).toMatchObject({ uncoded: 0, extra: 0 });
}

/** The pairs of every aligned collection, as `gold → predicted` ids. */
function pairsOf(score: DocumentScore): string[] {
  return ALIGNED_COLLECTIONS.flatMap((collection) => score.alignment[collection].pairs.map((pair) => `${collection}: ${pair.goldId} → ${pair.predictedId}`));
}

const records = toPloverEvents(fixture).events;

function withPosition(id: string, change: (position: NewsDocument["positions"][number]) => void): NewsDocument {
  const damaged = copy(fixture);
  const position = damaged.positions.find((found) => found.id === id);
  if (!position) throw new Error(`the fixture has no position ${id}`);
  change(position);
  return damaged;
}

describe("the fixture against damaged copies of itself", () => {
  it("scores itself 1.0, every PLOVER record correct", () => {
    const score = scoreDocument(fixture, fixture);
    expectPerfect(score);
    expect(score.evidence.all).toMatchObject(perfect);
    expect(score.plover.correct).toBe(records.length);
  });

  it("aligns a copy with every id renamed exactly as it aligns itself", () => {
    const renamed = renameIds(fixture);
    expect(renamed.meetings[0]!.id).toBe(`x-${fixture.meetings[0]!.id}`);
    const score = scoreDocument(fixture, renamed);
    expectPerfect(score);
    expect(score.evidence.all).toMatchObject(perfect);
    expect(pairsOf(score)).toEqual(pairsOf(scoreDocument(fixture, fixture)).map((pair) => pair.replace(/→ /, "→ x-")));
  });

  it("misses an actor that was removed, and nothing else when no fact names it", () => {
    const id = "jp-asian-oceanian-affairs-bureau";
    const damaged = copy(fixture);
    damaged.actors = damaged.actors.filter((actor) => actor.id !== id);
    const score = scoreDocument(fixture, damaged);
    expect(score.categories.actors).toMatchObject({ gold: fixture.actors.length, predicted: fixture.actors.length - 1, matched: fixture.actors.length - 1, precision: 1 });
    expect(score.alignment.actors.unmatchedGold.map((item) => item.id)).toEqual([id]);
    expect(score.argumentsStrict.all).toMatchObject(perfect);
  });

  it("counts the arguments that name a removed actor wrong", () => {
    const id = "li-gun";
    const damaged = copy(fixture);
    damaged.actors = damaged.actors.filter((actor) => actor.id !== id);
    const score = scoreDocument(fixture, damaged);
    const voiced = fixture.positions.filter((position) => position.voicedById === id).length;
    const addressed = fixture.positions.filter((position) => position.addresseeIds?.includes(id as never)).length;
    expect(voiced + addressed).toBeGreaterThan(0);
    expect(score.argumentsStrict.voice.matched).toBe(score.argumentsStrict.voice.gold - voiced);
    expect(score.argumentsStrict.addressee.matched).toBe(score.argumentsStrict.addressee.gold - addressed);
    expect(score.categories.positions).toMatchObject(perfect);
  });

  it("keeps a position whose kind was changed aligned, and counts its kind wrong", () => {
    const id = "pos-repeated-demand";
    const before = fixture.positions.find((position) => position.id === id)!.kind;
    const after: PositionKind = "rejection";
    const damaged = withPosition(id, (position) => (position.kind = after));
    const score = scoreDocument(fixture, damaged);
    expect(before).not.toBe(after);
    expect(score.categories.positions).toMatchObject(perfect);
    expect(score.alignment.positions.pairs.find((pair) => pair.goldId === id)?.reasons).toContain(`different kinds (${before}, ${after})`);
    const facts = fixture.meetings.length + fixture.positions.length + fixture.happenings.length;
    expect(score.eventKinds).toMatchObject({ gold: facts, predicted: facts, matched: facts - 1 });
    // Its PLOVER record, if either document exports one, is no longer correct.
    const damagedHasRecord = toPloverEvents(damaged).events.some((event) => event.id === id);
    const goldHasRecord = records.some((event) => event.id === id);
    expect(score.plover).toMatchObject({
      correct: records.length - (goldHasRecord ? 1 : 0),
      uncoded: goldHasRecord ? 1 : 0,
      extra: damagedHasRecord ? 1 : 0,
    });
  });

  it("counts a swapped holder wrong in the holder role and in the PLOVER record", () => {
    const id = "pos-families-travel-demand";
    const damaged = withPosition(id, (position) => {
      expect(position.holderIds).toEqual(["japan"]);
      position.holderIds = ["north-korea" as (typeof position.holderIds)[number]];
    });
    const score = scoreDocument(fixture, damaged);
    expect(score.categories.positions).toMatchObject(perfect);
    const holders = fixture.positions.reduce((sum, position) => sum + position.holderIds.length, 0);
    expect(score.argumentsStrict.holder).toMatchObject({ gold: holders, predicted: holders, matched: holders - 1 });
    expect(score.plover).toMatchObject({ correct: records.length - 1, uncoded: 1, extra: 1 });
    expect(score.plover.records.filter((record) => record.outcome !== "correct").map((record) => record.reason)).toEqual([
      "the aligned prediction's record does not match: same event type, different actors or recipients",
      "does not match the aligned gold record: same event type, different actors or recipients",
    ]);
  });

  it("still aligns every fact when all evidence is shifted a few characters, and loses only evidence characters", () => {
    const score = scoreDocument(fixture, shiftEvidence(fixture, 3));
    expectPerfect(score);
    expect(pairsOf(score)).toEqual(pairsOf(scoreDocument(fixture, fixture)));
    expect(score.evidence.all.f1).toBeGreaterThan(0.8);
    expect(score.evidence.all.f1).toBeLessThan(1);
    expect(score.evidence.all.precision).toBeCloseTo(score.evidence.all.recall, 2);
  });

  it("aligns a copy with renamed ids and shifted evidence as the shifted copy alone", () => {
    const shifted = scoreDocument(fixture, shiftEvidence(fixture, 3));
    const both = scoreDocument(fixture, renameIds(shiftEvidence(fixture, 3)));
    expectPerfect(both);
    expect(both.evidence.all).toEqual(shifted.evidence.all);
  });
});
