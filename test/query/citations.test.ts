import { describe, expect, it } from "vitest";
import { ActorId, EvidenceId, NewsDocument, Position, citedFor, indexDocument, referencesTo, supportedBy } from "../../src/index.js";
import { talksDocument, talksInput } from "./talks-document.js";

const index = indexDocument(talksDocument());

describe("supportedBy", () => {
  it("lists everything a span supports, with the field and the path", () => {
    expect(supportedBy(index, EvidenceId.parse("ev-deputies")).map((ref) => [ref.from.entity.id, ref.field, ref.pointer])).toEqual([
      ["rur-delegation", "members/evidenceIds", "/delegations/0/members/1/evidenceIds/0"],
      ["fre-delegation", "members/evidenceIds", "/delegations/1/members/0/evidenceIds/0"],
      ["deputies-monday-night", "evidenceIds", "/meetings/1/evidenceIds/0"],
    ]);
  });

  it("lists a span that supports objects of several kinds in document order", () => {
    expect(supportedBy(index, EvidenceId.parse("ev-asserted")).map((ref) => `${ref.from.kind}:${ref.pointer}`)).toEqual([
      "position:/positions/3/evidenceIds/0",
      "position:/positions/5/evidenceIds/0",
      "attribution:/attributions/3/evidenceIds/0",
    ]);
  });

  it("gives an empty list for a span nothing cites", () => {
    const input = talksInput();
    input.evidence.push({ id: "ev-unused", start: 0, end: 9, quote: "Ruritania" });
    expect(supportedBy(indexDocument(NewsDocument.parse(input)), EvidenceId.parse("ev-unused"))).toEqual([]);
  });
});

describe("referencesTo", () => {
  it("narrows to one field when asked", () => {
    expect(referencesTo(index, "ruritania", Position, "holderIds").map((ref) => ref.pointer)).toEqual([
      "/positions/0/holderIds/0",
      "/positions/4/holderIds/0",
      "/positions/5/holderIds/0",
    ]);
    expect(referencesTo(index, "ruritania", Position, "voicedById")).toEqual([]);
    // @ts-expect-error a field the schema does not have does not compile
    expect(referencesTo(index, "ruritania", Position, "no-such-field")).toEqual([]);
  });
});

describe("citedFor", () => {
  it("lists the facts a source is cited for, through nested attributions too", () => {
    const citations = citedFor(index, ActorId.parse("rur-officials"));
    expect(citations.map((c) => [c.fact.from.entity.id, c.attribution.id, c.chain.map((a) => a.id)])).toEqual([
      ["geneva-talks", "att-officials", ["att-officials"]],
      ["message-home", "att-believed", ["att-officials", "att-believed"]],
    ]);
    expect(citations[1]?.fact.pointer).toBe("/happenings/0/attributionIds/0");
  });

  it("lists each fact that shares one attribution", () => {
    expect(citedFor(index, ActorId.parse("sources")).map((c) => c.fact.from.entity.id)).toEqual(["fre-assertion", "rur-denial", "aid-promise"]);
  });

  it("finds facts cited from inside an object, such as a meeting's purpose", () => {
    const input = talksInput();
    (input.meetings[2] as Record<string, unknown>).purpose = { text: "to settle the schedule", evidenceIds: [], attributionIds: ["att-officials"] };
    const citations = citedFor(indexDocument(NewsDocument.parse(input)), ActorId.parse("rur-officials"));
    expect(citations.map((c) => c.fact.pointer)).toContain("/meetings/2/purpose/attributionIds/0");
  });

  it("visits each attribution once where an invalid document's nesting loops", () => {
    const input = talksInput();
    (input.attributions[0] as { withinId?: string }).withinId = "att-believed";
    const citations = citedFor(indexDocument(NewsDocument.parse(input)), ActorId.parse("rur-officials"));
    expect(citations.map((c) => c.attribution.id)).toEqual(["att-officials", "att-believed"]);
  });

  it("lists nothing for an attribution no fact cites", () => {
    const input = talksInput();
    input.attributions.push({ id: "att-idle", sourceId: "ruritania", certainty: "stated", evidenceIds: [] } as never);
    expect(citedFor(indexDocument(NewsDocument.parse(input)), ActorId.parse("ruritania"))).toEqual([]);
  });

  it("gives an empty list for an actor cited for nothing", () => {
    expect(citedFor(index, ActorId.parse("ruritania"))).toEqual([]);
  });
});
