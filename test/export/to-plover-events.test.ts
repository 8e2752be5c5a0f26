import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { toPloverEvents, type Meeting, type NewsDocument } from "../../src/index.js";

const fixture = japanNorthKorea2004;

describe("toPloverEvents", () => {
  const { events, uncoded } = toPloverEvents(fixture);
  const event = (id: string) => events.find((found) => found.id === id);

  it("writes one record or one reason for every meeting, position and happening", () => {
    const facts = fixture.meetings.length + fixture.positions.length + fixture.happenings.length;
    expect(events.length + uncoded.length).toBe(facts);
    expect(new Set([...events, ...uncoded].map((fact) => fact.id)).size).toBe(facts);
  });

  it("codes a meeting made of others through its parts, so the same contacts are not counted twice", () => {
    const consults = events.filter((found) => found.source === "meeting" && found.eventType === "CONSULT").map((found) => found.id);
    expect(consults).toContain("deputies-meeting");
    expect(consults).toContain("chiefs-talks");
    expect(consults).not.toContain("sidelines-discussions");
    expect(uncoded.find((fact) => fact.id === "sidelines-discussions")?.reason).toMatch(/deputies-meeting, chiefs-talks|chiefs-talks, deputies-meeting/);
    // Without its parts, the whole is a meeting like any other, and is coded.
    const alone = { ...fixture, meetings: fixture.meetings.map(({ partOfId: _, ...meeting }) => meeting) } as NewsDocument;
    expect(toPloverEvents(alone).events.map((found) => found.id)).toContain("sidelines-discussions");
  });

  it("puts every side of talks no one hosts in actor, with no recipient", () => {
    expect(event("chiefs-talks")).toMatchObject({
      source: "meeting",
      eventType: "CONSULT",
      modes: ["third-party"],
      cameo: { code: "046", goldstein: 7, quadClass: 1 },
      actors: [
        { id: "japan", kind: "state", delegationId: "jp-delegation" },
        { id: "north-korea", kind: "state", delegationId: "nk-delegation" },
      ],
      recipients: [],
      date: "2004-02-25",
      location: "Beijing",
    });
    const talks = event("chiefs-talks")!;
    expect(fixture.article.text.slice(talks.spans[0]!.start, talks.spans[0]!.end)).toBe(talks.text);
  });

  it("has the visitors act on the host, and a mediator on the sides it brings together", () => {
    const talks = fixture.meetings.find((found) => found.id === "chiefs-talks")!;
    const with_ = (participant: object) => ({ ...fixture, meetings: [{ ...talks, participants: [...talks.participants, participant] } as Meeting] }) as NewsDocument;
    const [visit] = toPloverEvents(with_({ kind: "actor", actorId: "diplomatic-sources", role: "host" })).events;
    expect(visit).toMatchObject({ cameo: { code: "042" }, actors: [{ id: "japan" }, { id: "north-korea" }], recipients: [{ id: "diplomatic-sources" }] });
    const [mediated] = toPloverEvents(with_({ kind: "actor", actorId: "diplomatic-sources", role: "mediator" })).events;
    expect(mediated).toMatchObject({ cameo: { code: "045" }, actors: [{ id: "diplomatic-sources" }], recipients: [{ id: "japan" }, { id: "north-korea" }] });
  });

  it("places and dates a position voiced at a meeting by that meeting", () => {
    expect(event("pos-repeated-demand")).toMatchObject({ eventType: "REQUEST", location: "Beijing", date: "2004-02-25", dateBasis: { source: "fact-time", text: "Wednesday" }, actors: [{ id: "japan" }], recipients: [{ id: "north-korea" }] });
  });

  it("addresses a response to the holders of what it answers", () => {
    expect(event("pos-li-response")).toMatchObject({ actors: [{ id: "north-korea" }], recipients: [{ id: "japan" }] });
  });

  it("dates a planned meeting's intent by the article, since its own time is when it is to be held", () => {
    expect(event("next-round")).toMatchObject({
      eventType: "AGREE",
      date: fixture.article.referenceDate,
      dateBasis: { source: "article-date", field: "referenceDate", reason: expect.stringMatching(/being-scheduled/), inferred: expect.stringMatching(/no date/) },
      interval: { precision: "month", start: "2004-03-11T00:00:00+08:00" },
    });
  });

  const withAgent = {
    ...fixture,
    happenings: fixture.happenings.map((found) => (found.id === "repatriation" ? { ...found, participants: [...found.participants, { actorId: "north-korea", role: "agent" as const }] } : found)),
  } as NewsDocument;

  it("lists a fact with no named actor as uncoded, since PLOVER codes only events with a source actor", () => {
    expect(uncoded.find((fact) => fact.id === "repatriation")).toMatchObject({ cameo: { code: "0841" }, reason: expect.stringMatching(/names no one who did it/) });
  });

  it("gives a month-precise time its first and last day", () => {
    expect(toPloverEvents(withAgent).events.find((found) => found.id === "repatriation")).toMatchObject({ date: "2002-10-01", endDate: "2002-10-31", dateBasis: { source: "fact-time", precision: "month" } });
  });

  it("says why a fact has no date where neither it nor the article has one", () => {
    const { referenceDate: _referenceDate, inferred: _inferred, ...article } = fixture.article;
    const found = toPloverEvents({ ...fixture, article } as NewsDocument).events.find((found) => found.id === "abduction");
    expect(found).toMatchObject({ date: null, dateBasis: { source: "none", reason: "the article gives it no time of its own, and the article has no date" } });
  });

  it("lists the denial and the denied promise as uncoded, keeping their CAMEO codes, and codes Kim's accusation", () => {
    expect(uncoded.map((fact) => fact.id)).toEqual(expect.arrayContaining(["pos-japan-denial", "alleged-promise"]));
    expect(event("pos-nk-assertion")).toMatchObject({ eventType: "ACCUSE", cameo: { code: "112" } });
    expect(uncoded.find((fact) => fact.id === "pos-japan-denial")).toMatchObject({ source: "position", cameo: { code: "016" }, reason: expect.stringMatching(/PLOVER/) });
    expect(uncoded.find((fact) => fact.id === "alleged-promise")).toMatchObject({ cameo: { plover: "AGREE" }, reason: expect.stringMatching(/denied/) });
    expect(uncoded.find((fact) => fact.id === "stay-in-the-north")).toMatchObject({ source: "happening", cameo: null });
    expect(events.map((found) => found.id)).not.toContain("alleged-promise");
  });

  it("codes the abduction and the repatriation, which had no code before", () => {
    expect(event("abduction")).toMatchObject({ eventType: "ASSAULT", modes: ["abduct"], actors: [{ id: "north-korea" }] });
    expect(toPloverEvents(withAgent).events.find((found) => found.id === "repatriation")).toMatchObject({ eventType: "RETREAT", modes: ["release"], actors: [{ id: "north-korea" }] });
  });

  it("keeps a fact that did not happen as a record marked negation and not actual", () => {
    const document = { ...withAgent, happenings: withAgent.happenings.map((found) => (found.id === "repatriation" ? { ...found, modality: { polarity: "negative" as const } } : found)) };
    expect(toPloverEvents(document).events.find((found) => found.id === "repatriation")).toMatchObject({ modes: ["release", "negation"], actual: false });
    expect(events.filter((found) => !found.actual)).toEqual([]);
  });

  it("carries an actor's CAMEO code where the document gives one, and none where it does not", () => {
    expect(event("chiefs-talks")?.actors[0]).toMatchObject({ id: "japan", cameo: "JPN" });
    const document = structuredClone(fixture);
    delete document.actors.find((actor) => actor.id === "japan")!.externalIds;
    expect(toPloverEvents(document).events.find((found) => found.id === "chiefs-talks")?.actors[0]).not.toHaveProperty("cameo");
  });
});
