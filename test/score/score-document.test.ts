import { describe, expect, it } from "vitest";
import { alignDocuments, ARGUMENT_ROLES, NewsDocument, SCORED_CATEGORIES, scoreDocument, toPloverEvents, type DocumentScore, type Score } from "../../src/index.js";
import { renameIds, small, smallInput, span, TEXT } from "./documents.js";

/** Every score of a report, by a name that says where it is. */
function allScores(score: DocumentScore): [string, Score][] {
  return [
    ...SCORED_CATEGORIES.map((category): [string, Score] => [`categories.${category}`, score.categories[category]]),
    ["micro", score.micro],
    ["eventKinds", score.eventKinds],
    ...ARGUMENT_ROLES.flatMap((role): [string, Score][] => [
      [`argumentsAce.${role}`, score.argumentsAce[role]],
      [`argumentsStrict.${role}`, score.argumentsStrict[role]],
    ]),
    ["plover", score.plover.score],
    ["evidence", score.evidence.all],
  ];
}

const perfect = { precision: 1, recall: 1, f1: 1 };

describe("scoreDocument", () => {
  it("scores identical documents 1.0 everywhere", () => {
    const score = scoreDocument(small(), small());
    for (const [name, value] of allScores(score)) expect(value, name).toMatchObject(perfect);
    expect(score.macro).toEqual(perfect);
    // The twelve arguments listed on the small document, counted by role.
    expect(score.argumentsStrict.all).toMatchObject({ gold: 12, predicted: 12, matched: 12 });
    expect(score.plover).toMatchObject({ correct: toPloverEvents(small()).events.length, uncoded: 0, extra: 0 });
  });

  it("gives an empty prediction recall 0, and precision 0 for lack of anything right", () => {
    const empty = small((input) => {
      for (const key of ["actors", "places", "meetings", "positions", "times", "evidence"] as const) input[key].length = 0;
    });
    const score = scoreDocument(small(), empty);
    expect(score.categories.actors).toEqual({ gold: 4, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0 });
    expect(score.micro).toMatchObject({ gold: 9, predicted: 0, matched: 0, recall: 0 });
    expect(score.argumentsAce.all.recall).toBe(0);
    expect(score.plover).toMatchObject({ correct: 0, uncoded: toPloverEvents(small()).events.length, extra: 0 });
    expect(score.alignment.positions.unmatchedGold.map((item) => item.reason)).toEqual([
      "nothing in the other document is like it",
      "nothing in the other document is like it",
    ]);
    // Categories neither side has (happenings, attributions) are left out of the macro average.
    expect(score.macro).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it("aligns a prediction whose ids are all renamed as perfectly as the gold itself", () => {
    const renamed = renameIds(small());
    expect(renamed.positions[1]!.voicedById).toBe("x-saiki");
    const score = scoreDocument(small(), renamed);
    for (const [name, value] of allScores(score)) expect(value, name).toMatchObject(perfect);
    expect(score.alignment.actors.pairs.find((pair) => pair.goldId === "japan")).toEqual({
      goldId: "japan",
      predictedId: "x-japan",
      similarity: 0.95,
      reasons: ["same Wikidata id Q17"],
    });
    expect(score.alignment.actors.pairs.find((pair) => pair.goldId === "saiki")?.reasons).toEqual(["same name (Akitaka Saiki)", "both persons"]);
  });

  it("keeps a fact of the wrong kind aligned and counts it wrong only as a kind, and ACE-style where kind is part of the key", () => {
    const score = scoreDocument(
      small(),
      small((input) => {
        input.positions[0]!.kind = "request" as "demand";
      }),
    );
    expect(score.categories.positions).toMatchObject(perfect);
    // 3 facts, 2 of the right kind.
    expect(score.eventKinds).toMatchObject({ gold: 3, predicted: 3, matched: 2, precision: 2 / 3, recall: 2 / 3 });
    // The demand's holder, addressee and action are keyed by "demand" in gold, "request" in the prediction.
    expect(score.argumentsAce.holder).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    expect(score.argumentsAce.all).toMatchObject({ gold: 12, predicted: 12, matched: 9 });
    expect(score.argumentsStrict.all).toMatchObject({ gold: 12, predicted: 12, matched: 12 });
    expect(score.alignment.positions.pairs[0]).toMatchObject({
      similarity: 0.8,
      reasons: ["evidence overlaps 100%", "1 of 1 holders shared", "different kinds (demand, request)", "times compatible"],
    });
  });

  it("counts a missing argument against recall only", () => {
    const score = scoreDocument(
      small(),
      small((input) => {
        delete (input.positions[1] as { voicedById?: string }).voicedById;
      }),
    );
    expect(score.argumentsStrict.voice).toEqual({ gold: 1, predicted: 0, matched: 0, precision: 0, recall: 0, f1: 0 });
    expect(score.argumentsStrict.all).toMatchObject({ gold: 12, predicted: 11, matched: 11, precision: 1, recall: 11 / 12 });
    expect(score.categories.positions).toMatchObject(perfect);
  });

  it("counts an extra fact against precision only", () => {
    const score = scoreDocument(
      small(),
      small((input) => {
        input.evidence.push(span("ev-two-sides", "The two sides"));
        (input.positions as unknown[]).push({
          id: "p-extra",
          kind: "assertion",
          holderIds: ["north-korea"],
          content: "The two sides met.",
          evidenceIds: ["ev-two-sides"],
        });
      }),
    );
    expect(score.categories.positions).toMatchObject({ gold: 2, predicted: 3, matched: 2, precision: 2 / 3, recall: 1, f1: 0.8 });
    expect(score.alignment.positions.unmatchedPredicted).toEqual([{ id: "p-extra", reason: "nothing in the other document is like it", best: undefined }]);
  });

  it("scores a swapped holder and voice as two wrong arguments on a fact still aligned", () => {
    const score = scoreDocument(
      small(),
      small((input) => {
        input.positions[1]!.holderIds = ["saiki"];
        input.positions[1]!.voicedById = "japan";
      }),
    );
    expect(score.categories.positions).toMatchObject(perfect);
    expect(score.argumentsStrict.holder).toMatchObject({ gold: 2, predicted: 2, matched: 1, precision: 0.5, recall: 0.5 });
    expect(score.argumentsStrict.voice).toMatchObject({ gold: 1, predicted: 1, matched: 0, f1: 0 });
    // 0.4 evidence + 0 holders + 0.2 kind + 0.1 time.
    expect(score.alignment.positions.pairs[1]!.similarity).toBeCloseTo(0.7, 10);
    // The proposal to meet is an AGREE record: with another actor it no longer matches the gold's.
    expect(score.plover).toMatchObject({ correct: toPloverEvents(small()).events.length - 1, uncoded: 1, extra: 1 });
  });

  it("does not align a time that is off by a day, and so counts the meeting's time wrong", () => {
    const score = scoreDocument(
      small(),
      small((input) => {
        input.times[0]!.resolved = { start: "2004-02-24T00:00:00+08:00", end: "2004-02-25T00:00:00+08:00", precision: "day", utcOffset: "+08:00" };
      }),
    );
    expect(score.categories.times).toMatchObject({ gold: 2, predicted: 2, matched: 1, precision: 0.5, recall: 0.5 });
    expect(score.alignment.times.unmatchedGold[0]).toMatchObject({
      id: "t-wednesday",
      reason: "its closest match, t-wednesday, is ruled out: same words, but they cannot mean the same moment",
      best: { id: "t-wednesday", similarity: 0, reasons: ["same words, but they cannot mean the same moment"] },
    });
    expect(score.argumentsStrict.time).toMatchObject({ gold: 2, predicted: 2, matched: 1 });
    // Still aligned, on evidence, participants and kind: 0.4 + 0.3 + 0.2.
    expect(score.alignment.meetings.pairs[0]!.similarity).toBeCloseTo(0.9, 10);
    expect(score.alignment.meetings.pairs[0]!.reasons).toContain("times not compatible");
  });

  it("finds the matching that is best as a whole where a greedy one would stop at one pair", () => {
    const positions = (kinds: readonly [string, string, string, string][]) =>
      NewsDocument.parse({
        ...smallInput(),
        meetings: [],
        positions: kinds.map(([id, kind, holder, evidence]) => ({ id, kind, holderIds: [holder], content: "A position.", evidenceIds: [evidence] })),
      });
    const gold = positions([
      ["g1", "demand", "japan", "ev-demand"],
      ["g2", "proposal", "japan", "ev-proposal"],
    ]);
    const predicted = positions([
      ["p1", "proposal", "japan", "ev-demand"],
      ["p2", "demand", "north-korea", "ev-demand"],
    ]);
    // g1–p1: 0.4 + 0.3 + 0.1 = 0.8; g1–p2: 0.4 + 0.2 + 0.1 = 0.7; g2–p1: 0.3 + 0.2 + 0.1 = 0.6; g2–p2: nothing shared.
    const alignment = alignDocuments(gold, predicted).positions;
    const similarity = (g: string, p: string) =>
      alignDocuments(
        NewsDocument.parse({ ...gold, positions: gold.positions.filter((x) => x.id === g) }),
        NewsDocument.parse({ ...predicted, positions: predicted.positions.filter((x) => x.id === p) }),
      ).positions.pairs[0]?.similarity ?? 0;
    expect([similarity("g1", "p1"), similarity("g1", "p2"), similarity("g2", "p1"), similarity("g2", "p2")].map((x) => Number(x.toFixed(2)))).toEqual([
      0.8, 0.7, 0.6, 0,
    ]);
    // Greedy takes the most similar pair first, g1–p1, and g2 is left with nothing it matches.
    const matrix: Record<string, number> = { "g1 p1": similarity("g1", "p1"), "g1 p2": similarity("g1", "p2"), "g2 p1": similarity("g2", "p1"), "g2 p2": similarity("g2", "p2") };
    const greedy: string[] = [];
    for (const [key, value] of Object.entries(matrix).sort((a, b) => b[1] - a[1])) {
      const [g, p] = key.split(" ");
      if (value >= 0.5 && !greedy.some((pair) => pair.startsWith(`${g} `) || pair.endsWith(` ${p}`))) greedy.push(key);
    }
    expect(greedy).toEqual(["g1 p1"]);
    expect(alignment.pairs.map((pair) => [pair.goldId, pair.predictedId])).toEqual([
      ["g1", "p2"],
      ["g2", "p1"],
    ]);
    expect(scoreDocument(gold, predicted).categories.positions).toMatchObject({ matched: 2, f1: 1 });
  });

  it("warns when the two documents are of different article texts", () => {
    const other = small((input) => {
      input.article.text = `${TEXT} More.`;
    });
    expect(alignDocuments(small(), other).warnings).toEqual([
      "the two documents' article texts differ: evidence is compared by offsets as if they were one text",
    ]);
  });
});
