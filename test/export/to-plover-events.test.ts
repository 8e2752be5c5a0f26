import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { toPloverEvents } from "../../src/index.js";

describe("toPloverEvents", () => {
  const { events, uncoded } = toPloverEvents(japanNorthKorea2004);
  const event = (id: string) => events.find((found) => found.id === id);

  it("writes one record or one reason for every meeting, position and happening", () => {
    const facts = japanNorthKorea2004.meetings.length + japanNorthKorea2004.positions.length + japanNorthKorea2004.happenings.length;
    expect(events.length + uncoded.length).toBe(facts);
    expect(new Set([...events, ...uncoded].map((fact) => fact.id)).size).toBe(facts);
  });

  it("codes the chief delegates' talks with actor, recipient, type, date, place and text", () => {
    expect(event("chiefs-talks")).toMatchObject({
      source: "meeting",
      eventType: "CONSULT",
      contexts: ["diplomatic"],
      cameo: { code: "046", goldstein: 7, quadClass: 1 },
      actors: [{ id: "japan", kind: "state", delegationId: "jp-delegation" }],
      recipients: [{ id: "north-korea", kind: "state", delegationId: "nk-delegation" }],
      date: "2004-02-25",
      location: "Beijing",
    });
    const talks = event("chiefs-talks")!;
    expect(talks.text).toBe(talks.spans[0]!.quote);
    expect(japanNorthKorea2004.article.text.slice(talks.spans[0]!.start, talks.spans[0]!.end)).toBe(talks.text);
  });

  it("places and dates a position voiced at a meeting by that meeting", () => {
    expect(event("pos-repeated-demand")).toMatchObject({ eventType: "REQUEST", modes: ["yield"], location: "Beijing", date: "2004-02-25", actors: [{ id: "japan" }], recipients: [{ id: "north-korea" }] });
  });

  it("addresses a response to the holders of what it answers", () => {
    expect(event("pos-li-response")).toMatchObject({ actors: [{ id: "north-korea" }], recipients: [{ id: "japan" }] });
  });

  it("leaves a month-precise time without a day but keeps its interval", () => {
    const next = event("next-round")!;
    expect(next.date).toBeNull();
    expect(next.interval).toMatchObject({ precision: "month", start: "2004-03-11T00:00:00+08:00" });
  });

  it("lists proposals and the denial as uncoded in PLOVER, keeping their CAMEO codes", () => {
    const ids = uncoded.map((fact) => fact.id);
    expect(ids).toEqual(expect.arrayContaining(["pos-saiki-proposal", "pos-yabunaka-wish", "pos-japan-denial"]));
    expect(uncoded.find((fact) => fact.id === "pos-japan-denial")).toMatchObject({ source: "position", cameo: { code: "016" }, reason: expect.stringMatching(/PLOVER/) });
    expect(uncoded.find((fact) => fact.id === "stay-in-the-north")).toMatchObject({ source: "happening", cameo: null });
    expect(events.map((found) => found.id)).not.toContain("pos-japan-denial");
  });

  it("gives a position's holders as actors and its addressees as recipients", () => {
    expect(event("alleged-promise")).toMatchObject({ source: "position", actors: [{ id: "japan" }], recipients: [{ id: "north-korea" }] });
  });

  it("carries an actor's CAMEO code where the document gives one, and none where it does not", () => {
    expect(event("chiefs-talks")?.actors[0]).toMatchObject({ id: "japan", cameo: "JPN" });
    const document = structuredClone(japanNorthKorea2004);
    delete document.actors.find((actor) => actor.id === "japan")!.externalIds;
    expect(toPloverEvents(document).events.find((found) => found.id === "chiefs-talks")?.actors[0]).not.toHaveProperty("cameo");
  });
});
