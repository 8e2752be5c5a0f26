import { describe, expect, it } from "vitest";
import { createDocumentBuilder, jsonSchemaFor, validateDocument } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { TALKS_TEXT } from "../query/talks-document.js";

function withSeries() {
  const builder = createDocumentBuilder(TALKS_TEXT, { referenceDate: "2031-03-12", language: "en" });
  const ruritania = builder.state({ id: "ruritania", name: "Ruritania", evidenceIds: [builder.evidence("Ruritania", { occurrence: 1 })] });
  const freedonia = builder.state({ id: "freedonia", name: "Freedonia", evidenceIds: [builder.evidence("Freedonia", { occurrence: 1 })] });
  const series = builder.series({ id: "talks-series", name: "the talks", kind: "bilateral", partyIds: [ruritania, freedonia], evidenceIds: [] });
  return { builder, ruritania, freedonia, series };
}

describe("wrong-kind references", () => {
  it("say what the field must name and what the id is, with no advice to add it first", () => {
    const { builder, ruritania, freedonia, series } = withSeries();
    const meeting = () =>
      builder.meeting({
        id: "side-talks",
        label: "talks on the sidelines",
        status: "held",
        sidelinesOfId: series as never,
        participants: [
          { kind: "actor", actorId: ruritania, role: "party" },
          { kind: "actor", actorId: freedonia, role: "party" },
        ],
        evidenceIds: [],
      });
    expect(meeting).toThrow('meeting("side-talks"): /sidelinesOfId: `sidelinesOfId` must name a meeting; `talks-series` is a series of talks');
    expect(meeting).not.toThrow(/add what an object refers to/);
  });

  it("still advise adding a missing object before the object that names it", () => {
    const { builder, ruritania } = withSeries();
    expect(() =>
      builder.meeting({ id: "m", label: "talks", status: "held", sidelinesOfId: "later" as never, participants: [{ kind: "actor", actorId: ruritania, role: "party" }], evidenceIds: [] }),
    ).toThrow(/names "later", which is not in the document; add what an object refers to before the object/);
  });
});

describe("subsetOfIds on a counted group", () => {
  const group = (subsetOfIds: string[]) => {
    const document = structuredClone(japanNorthKorea2004) as unknown as { actors: { id: string; subsetOfIds?: string[] }[] };
    document.actors.find((actor) => actor.id === "ten-other-abductees")!.subsetOfIds = subsetOfIds;
    return validateDocument(document);
  };

  it("accepts a larger counted group, as its docs say", () => {
    expect(group(["abducted-japanese"]).ok).toBe(true);
  });

  it("rejects a state, and the JSON Schema says the same: larger counted groups only", () => {
    const result = group(["japan"]);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ code: "wrong-kind", message: "`subsetOfIds` must name a counted group; `japan` is a state" }),
    ]);
    const schema = JSON.stringify(jsonSchemaFor("actor"));
    expect(schema).toContain("Ids of the larger counted groups this group is part of (counted groups only, not states or organisations).");
    expect(schema).toContain("Id of a larger counted group this group is part of.");
  });
});
