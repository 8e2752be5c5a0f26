import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { compareDocuments } from "../../src/index.js";
import { copy, renameIds, small } from "./documents.js";

describe("compareDocuments", () => {
  it("finds nothing between a document and itself, or a copy with every id renamed", () => {
    expect(compareDocuments(fixture, fixture)).toEqual([]);
    expect(compareDocuments(fixture, renameIds(fixture))).toEqual([]);
  });

  it("names a changed kind by its path in the first document, with before and after", () => {
    const changed = copy(fixture);
    const index = changed.positions.findIndex((position) => position.id === "pos-repeated-demand");
    changed.positions[index]!.kind = "proposal";
    expect(compareDocuments(fixture, renameIds(changed))).toEqual([
      {
        change: "changed",
        collection: "positions",
        id: "pos-repeated-demand",
        path: `/positions/${index}/kind`,
        before: "demand",
        after: "proposal",
        message: `changed /positions/${index}/kind of pos-repeated-demand: "demand" → "proposal"`,
      },
    ]);
  });

  it("shows a swapped holder as one change of the holder list, in the first document's ids", () => {
    const changed = small((input) => {
      input.positions[1]!.holderIds = ["north-korea"];
    });
    expect(compareDocuments(small(), renameIds(changed)).map((change) => change.message)).toEqual([
      'changed /positions/1/holderIds of p-proposal: ["japan"] → ["north-korea"]',
    ]);
  });

  it("lists what was removed and what was added, with their paths", () => {
    const changed = small((input) => {
      input.actors = input.actors.filter((actor) => actor.id !== "li");
      input.places.push({ id: "tokyo", name: "Tokyo", evidenceIds: [] });
    });
    const messages = compareDocuments(small(), changed).map((change) => change.message);
    expect(messages).toContain("removed from actors: li (/actors/3)");
    expect(messages).toContain("added to places: tokyo (/places/1 of the second document)");
  });

  it("reports shifted evidence as changed offsets and quotes of the matched spans", () => {
    const changed = copy(fixture);
    changed.evidence[0] = { ...changed.evidence[0]!, start: changed.evidence[0]!.start + 1, quote: changed.evidence[0]!.quote.slice(1) };
    const changes = compareDocuments(fixture, changed);
    // The span is found by its id; its offset and quote changed.
    expect(changes.map((change) => change.path)).toEqual(["/evidence/0/start", "/evidence/0/quote"]);
  });
});
