import { describe, expect, it } from "vitest";
import { EXPORT_TARGETS, exporterFor } from "../../src/cli/commands/export.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { toPloverEvents, toPloverJsonLines, toPloverRecords, type NewsDocument } from "../../src/index.js";

const fixture = japanNorthKorea2004;
// The manual's "Data Fields" and its entity and location objects, and the package's extras.
const PLOVER_FIELDS = ["id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text", "text_info", "quad_code"];
const EXTRAS = ["fact_kind", "actual", "date_basis", "cameo_code", "cameo_label", "goldstein", "plover_rule", "evidence_ids", "offset_unit"];

describe("toPloverRecords", () => {
  const records = toPloverRecords(fixture);
  const record = (id: string) => records.find((found) => found.id === id)!;

  it("writes one record per coded fact, with the manual's field names and the extras under their own", () => {
    expect(records.map((found) => found.id)).toEqual(toPloverEvents(fixture).events.map((event) => event.id));
    for (const found of records) {
      expect(Object.keys(found).filter((key) => !PLOVER_FIELDS.includes(key) && !EXTRAS.includes(key)), found.id).toEqual([]);
      expect(found.date, found.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(found.actor.length, found.id).toBeGreaterThan(0);
    }
  });

  it("writes the chief delegates' talks as a PLOVER CONSULT record", () => {
    expect(record("chiefs-talks")).toMatchObject({
      date: "2004-02-25",
      actor: [
        { code: "JPN", entity_text: "Japan", identifier_id: "Q17", actor_id: "japan", delegation_id: "jp-delegation" },
        { code: "PRK", actor_id: "north-korea" },
      ],
      event: "CONSULT",
      mode: ["third-party"],
      context: ["diplomatic"],
      event_loc: { extracted_place: "Beijing", geonameid: 1816670, country_code_alpha2: "CN", place_id: "beijing" },
      quad_code: 1,
      cameo_code: "046",
      goldstein: 7,
      date_basis: { source: "fact-time", timeId: "time-wednesday" },
    });
    expect(record("chiefs-talks")).not.toHaveProperty("recipient");
    const { start, end } = record("chiefs-talks").text_info!;
    expect(fixture.article.text.slice(start, end)).toBe(record("chiefs-talks").event_text[0]);
  });

  it("splits a CAMEO actor code into PLOVER's code and sector", () => {
    const document = structuredClone(fixture);
    document.actors.find((actor) => actor.id === "north-korea")!.externalIds = { cameo: "PRKGOV" };
    expect(toPloverRecords(document).find((found) => found.id === "chiefs-talks")?.actor[1]).toMatchObject({ code: "PRK", sector: "GOV" });
  });

  it("gives a month-long time an enddate, and no record a negated fact reported as having happened", () => {
    const withAgent = {
      ...fixture,
      happenings: fixture.happenings.map((found) => (found.id === "repatriation" ? { ...found, participants: [...found.participants, { actorId: "north-korea", role: "agent" as const }] } : found)),
    } as NewsDocument;
    expect(toPloverRecords(withAgent).find((found) => found.id === "repatriation")).toMatchObject({ date: "2002-10-01", enddate: "2002-10-31", event: "RETREAT", actual: true });
    const document = { ...withAgent, happenings: withAgent.happenings.map((found) => (found.id === "repatriation" ? { ...found, modality: { polarity: "failed" as const } } : found)) };
    expect(toPloverRecords(document).find((found) => found.id === "repatriation")).toMatchObject({ mode: ["release", "negation"], actual: false });
  });
});

describe("toPloverJsonLines", () => {
  it("writes one JSON object a line, each a record", () => {
    const lines = toPloverJsonLines(fixture).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(JSON.parse(JSON.stringify(toPloverRecords(fixture))));
  });

  it("is what news-events export --to plover prints", async () => {
    expect(EXPORT_TARGETS.plover).toBe("toPloverJsonLines");
    expect((await exporterFor("plover"))?.(fixture)).toBe(toPloverJsonLines(fixture));
  });
});
