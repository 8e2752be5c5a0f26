import { describe, expect, it } from "vitest";
import { createDocumentBuilder, describeEntity, indexDocument, type EvidenceId } from "../../src/index.js";
import { SMALL_TEXT } from "../support/small-document.js";
import { TALKS_TEXT, talksInput } from "../query/talks-document.js";

/** A builder for the talks article with its two states added. */
function started() {
  const builder = createDocumentBuilder(TALKS_TEXT, { referenceDate: "2031-03-12", language: "en" });
  const ruritania = builder.state({ id: "ruritania", name: "Ruritania", evidenceIds: [builder.evidence("Ruritania", { occurrence: 1 })] });
  const freedonia = builder.state({ id: "freedonia", name: "Freedonia", evidenceIds: [builder.evidence("Freedonia", { occurrence: 1 })] });
  return { builder, ruritania, freedonia };
}

describe("createDocumentBuilder", () => {
  it("builds a valid document step by step and returns each typed id", () => {
    const { builder, ruritania, freedonia } = started();
    const berg = builder.person({ id: "anna-berg", name: "Anna Berg", evidenceIds: [builder.evidence("Anna Berg")] });
    const holt = builder.person({ id: "tomas-holt", name: "Tomas Holt", evidenceIds: [builder.evidence("Tomas Holt")] });
    const delegation = builder.delegation({
      id: "rur-delegation", name: "the Ruritanian delegation", representsId: ruritania,
      members: [{ personId: berg, role: "head", evidenceIds: [] }, { personId: holt, role: "deputy-head", evidenceIds: [] }], evidenceIds: [],
    });
    const tuesday = builder.time({ kind: "point", id: "time-tuesday", text: "Tuesday", value: { precision: "day", weekday: "tuesday", direction: "past" },
      evidenceIds: [builder.evidence("Tuesday")] });
    const geneva = builder.place({ id: "geneva", name: "Geneva", kind: "city", evidenceIds: [builder.evidence("Geneva")] });
    const talks = builder.meeting({
      id: "geneva-talks", label: "formal talks in Geneva", kind: "bilateral", formality: "formal", status: "held", timeId: tuesday,
      placeId: geneva,
      participants: [{ kind: "delegation", delegationId: delegation, role: "party" }, { kind: "actor", actorId: freedonia, role: "party" }],
      evidenceIds: [builder.evidence("held formal talks")],
    });
    const proposal = builder.position({ id: "proposal", kind: "proposal", holderIds: [ruritania], voicedById: berg, content: "A new round in May.",
      voicedAtId: talks, evidenceIds: [builder.evidence("wants a new round")] });
    builder.position({ id: "rejection", kind: "rejection", holderIds: [freedonia], answersId: proposal, content: "Rejected.",
      evidenceIds: [builder.evidence("rejected the proposal")] });
    const sources = builder.unnamedSource({ id: "sources", name: "sources", plural: true, evidenceIds: [builder.evidence("sources said")] });
    const said = builder.attribution({ id: "att-sources", sourceId: sources, certainty: "reported", evidenceIds: [] });
    const aid = builder.issue({ id: "aid", name: "aid", evidenceIds: [builder.evidence("promised aid")] });
    builder.position({ id: "aid-promise", kind: "promise", holderIds: [ruritania], content: "Ruritania promised aid.",
      actions: [{ verb: "give", act: "economic-aid", object: "aid" }], attributionIds: [said], evidenceIds: [] });
    builder.post({ id: "post-berg", holderId: berg, title: "deputy foreign minister", organizationId: ruritania, evidenceIds: [] });
    builder.series({ id: "talks-series", name: "the talks", kind: "bilateral", partyIds: [ruritania, freedonia], issueIds: [aid], evidenceIds: [] });
    builder.organization({ id: "rur-mofa", name: "Ruritanian Foreign Ministry", organizationKind: "ministry", countryId: ruritania, evidenceIds: [] });
    builder.countedGroup({ id: "envoys", name: "three envoys", criterion: "sent by Ruritania", evidenceIds: [] });
    builder.actor({ kind: "person", id: "ivo-lind", name: "Ivo Lind", evidenceIds: [builder.evidence("Ivo Lind")] });

    const result = builder.build();
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.document.article).toMatchObject({ text: TALKS_TEXT, offsetUnit: "utf-16-code-unit", referenceDate: "2031-03-12", language: "en" });
    expect(result.document.actors.map((actor) => `${actor.id}:${actor.kind}`)).toEqual([
      "ruritania:state", "freedonia:state", "anna-berg:person", "tomas-holt:person", "sources:unnamed-source",
      "rur-mofa:organization", "envoys:counted-group", "ivo-lind:person",
    ]);
    expect(describeEntity(indexDocument(result.document), "rejection")).toBe(
      "Freedonia's rejection, answering Ruritania's proposal: Rejected.",
    );
  });

  it("finds a quote's offsets, and names the span after the quote", () => {
    const builder = createDocumentBuilder(TALKS_TEXT);
    const id = builder.evidence("Monday night");
    expect(id).toBe("ev-monday-night");
    const result = builder.build();
    const span = result.ok ? result.document.evidence[0] : undefined;
    expect(span && TALKS_TEXT.slice(span.start, span.end)).toBe("Monday night");
    expect(span?.start).toBe(TALKS_TEXT.indexOf("Monday night"));
  });

  it("numbers a span's id where the name is taken, and takes a given id", () => {
    const builder = createDocumentBuilder(TALKS_TEXT);
    expect(builder.evidence("Ruritania", { occurrence: 1 })).toBe("ev-ruritania");
    expect(builder.evidence("Ruritania", { occurrence: 2 })).toBe("ev-ruritania-2");
    expect(builder.evidence("Ruritania", { occurrence: 3 })).toBe("ev-ruritania-3");
    expect(builder.evidence("'s deputy", { id: "ev-odd" })).toBe("ev-odd");
  });

  it("picks the occurrence asked for, counting from 1", () => {
    const builder = createDocumentBuilder(TALKS_TEXT);
    builder.evidence("Freedonia", { occurrence: 2 });
    const result = builder.build();
    let second = TALKS_TEXT.indexOf("Freedonia");
    second = TALKS_TEXT.indexOf("Freedonia", second + 1);
    expect(result.ok && result.document.evidence[0]?.start).toBe(second);
  });

  it("names a span whose quote has no letters or digits generically", () => {
    const builder = createDocumentBuilder("Yes — no.");
    expect(builder.evidence("—")).toBe("ev-span");
  });

  it("works on the small document's article with its curly apostrophe", () => {
    const builder = createDocumentBuilder(SMALL_TEXT);
    expect(builder.evidence("the North’s nuclear threat")).toBe("ev-the-north-s-nuclear-threat");
  });

  it("lets the builder go on after a build", () => {
    const { builder } = started();
    expect(builder.build().ok).toBe(true);
    builder.issue({ id: "aid", name: "aid", evidenceIds: [] });
    const again = builder.build();
    expect(again.ok && again.document.issues.map((issue) => issue.id)).toEqual(["aid"]);
  });
});

describe("createDocumentBuilder: mistakes", () => {
  it("rejects a quote that is not in the article", () => {
    const builder = createDocumentBuilder(TALKS_TEXT);
    expect(() => builder.evidence("Paris")).toThrow(
      'evidence("Paris"): the quote is not in the article; quote the article\'s words exactly, character for character',
    );
    expect(() => builder.evidence("")).toThrow(/the quote is not in the article/);
  });

  it("rejects an ambiguous quote and says where it occurs and what to pass", () => {
    const builder = createDocumentBuilder("talks and talks");
    expect(() => builder.evidence("talks")).toThrow(
      'evidence("talks"): the quote occurs 2 times (at offsets 0, 10); pass { occurrence: n } with n from 1 to 2, or quote more words',
    );
  });

  it("rejects an occurrence the quote does not have", () => {
    const builder = createDocumentBuilder("talks and talks");
    expect(() => builder.evidence("talks", { occurrence: 3 })).toThrow('evidence("talks"): there is no occurrence 3; the quote occurs 2 times, counting from 1');
    expect(() => builder.evidence("and", { occurrence: 0 })).toThrow('evidence("and"): there is no occurrence 0; the quote occurs 1 time, counting from 1');
    expect(() => builder.evidence("and", { occurrence: 1.5 })).toThrow(/there is no occurrence 1.5/);
  });

  it("rejects a span in page furniture", () => {
    const builder = createDocumentBuilder("The story.\nBanner", { furniture: [{ start: 11, end: 17, label: "page banner" }] });
    expect(() => builder.evidence("Banner")).toThrow(
      'evidence("Banner"): the span [11, 17) lies in page furniture "page banner", which is not part of the story; quote the story instead',
    );
  });

  it("shortens a long quote in its message", () => {
    const builder = createDocumentBuilder(TALKS_TEXT);
    expect(() => builder.evidence("x".repeat(80))).toThrow(`evidence("${"x".repeat(57)}…")`);
  });

  it("rejects an id used twice, and says by what", () => {
    const { builder } = started();
    expect(() => builder.issue({ id: "ruritania", name: "x", evidenceIds: [] })).toThrow(
      'issue("ruritania"): the id "ruritania" is already used by the state added with state(); ids are unique across the document, so choose another',
    );
    expect(() => builder.evidence("Geneva", { id: "ev-ruritania" })).toThrow(/already used by the evidence added with evidence\(\)/);
  });

  it("rejects a malformed id", () => {
    const builder = createDocumentBuilder(TALKS_TEXT);
    expect(() => builder.issue({ id: "-aid", name: "aid", evidenceIds: [] })).toThrow(
      'issue("-aid"): the id must be a letter or digit, then letters, digits, ".", "_", ":" or "-", at most 128 characters; choose an id such as "north-korea"',
    );
  });

  it("rejects a reference to an id not added yet, and says to add it first", () => {
    const { builder, ruritania } = started();
    expect(() =>
      builder.delegation({ id: "d", name: "the delegation", representsId: ruritania, members: [{ personId: "anna-berg" as never, role: "head", evidenceIds: [] }], evidenceIds: [] }),
    ).toThrow(
      'delegation("d"): /members/0/personId: a delegation member names "anna-berg", which is not in the document; add what an object refers to before the object, with the builder method of its kind',
    );
  });

  it("rejects a reference to the wrong kind", () => {
    const { builder, ruritania } = started();
    expect(() =>
      builder.delegation({ id: "d", name: "the delegation", representsId: ruritania, members: [{ personId: ruritania, role: "head", evidenceIds: [] }], evidenceIds: [] }),
    ).toThrow('delegation("d"): /members/0/personId: `personId` must name a person; `ruritania` is a state');
  });

  it("rejects a wrong shape with the path and zod's message, and an unknown key", () => {
    const { builder } = started();
    expect(() => builder.meeting({ id: "m", label: "m", kind: "bilateral", formality: "casual", status: "held", participants: [], evidenceIds: [] } as never)).toThrow(
      /^meeting\("m"\): \/formality: Invalid option: expected one of "formal"\|"informal"\|"secret"$/,
    );
    expect(() => builder.issue({ id: "i", name: "x", evidenceIds: [], colour: "red" } as never)).toThrow(
      'issue("i"): /colour: unknown key "colour": it is not part of the model, so it would be lost; remove it or move it under "extensions"',
    );
  });

  it("does not add an object it rejects", () => {
    const { builder } = started();
    expect(() => builder.issue({ id: "aid", name: "", evidenceIds: [] })).toThrow(/^issue\("aid"\): \/name: /);
    expect(builder.issue({ id: "aid", name: "aid", evidenceIds: [] })).toBe("aid");
  });

  it("rejects article details that are not valid", () => {
    expect(() => createDocumentBuilder(TALKS_TEXT, { referenceDate: "12 March" })).toThrow(
      /^createDocumentBuilder: the article is not valid: \/article\/referenceDate: /,
    );
    expect(() => createDocumentBuilder("")).toThrow(/^createDocumentBuilder: the article is not valid: \/article\/text: /);
  });

  it("reports through build what one object cannot show, such as a second head", () => {
    const { builder, ruritania } = started();
    const berg = builder.person({ id: "anna-berg", name: "Anna Berg", evidenceIds: [] });
    const holt = builder.person({ id: "tomas-holt", name: "Tomas Holt", evidenceIds: [] });
    builder.delegation({
      id: "d", name: "the delegation", representsId: ruritania,
      members: [{ personId: berg, role: "head", evidenceIds: [] }, { personId: holt, role: "head", evidenceIds: [] }], evidenceIds: [],
    });
    const result = builder.build();
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((found) => [found.pointer, found.code])).toEqual([["/delegations/0/members/1/role", "inconsistent"]]);
  });

  it("builds the same document as the hand-written talks input for the same objects", () => {
    const input = talksInput();
    const builder = createDocumentBuilder(TALKS_TEXT);
    const ids: EvidenceId[] = input.evidence.map((span) => {
      const occurrences = TALKS_TEXT.split(span.quote).length - 1;
      let occurrence = 0;
      for (let at = -1, n = 0; n < occurrences; n++) {
        at = TALKS_TEXT.indexOf(span.quote, at + 1);
        if (at === span.start) occurrence = n + 1;
      }
      return builder.evidence(span.quote, { id: span.id, occurrence });
    });
    const result = builder.build();
    expect(result.ok && result.document.evidence).toEqual(input.evidence);
    expect(ids).toEqual(input.evidence.map((span) => span.id));
  });
});

describe("createDocumentBuilder: reserved ids", () => {
  it("lets two objects refer to each other through a reserved id", () => {
    const { builder, ruritania, freedonia } = started();
    const meetingId = builder.reserve("meeting", "geneva-talks");
    const delegation = builder.delegation({ id: "d", name: "the delegation", representsId: ruritania, attendsIds: [meetingId], members: [], evidenceIds: [] });
    expect(
      builder.meeting({ id: "geneva-talks", label: "talks", kind: "bilateral", formality: "formal", status: "held",
        participants: [{ kind: "delegation", delegationId: delegation, role: "party" }, { kind: "actor", actorId: freedonia, role: "party" }], evidenceIds: [] }),
    ).toBe(meetingId);
    expect(builder.build().ok).toBe(true);
  });

  it("rejects an object of another kind under a reserved id, a reserved id used twice, and a malformed one", () => {
    const { builder } = started();
    builder.reserve("issue", "aid");
    expect(() => builder.happening({ id: "aid", kind: "other", description: "x", participants: [], evidenceIds: [] })).toThrow(
      'happening("aid"): the id "aid" was reserved for an issue, not a happening; add the issue it was reserved for, or choose another id',
    );
    expect(() => builder.reserve("meeting", "aid")).toThrow('reserve("meeting", "aid"): the id is already used by the issue added with reserve(); choose another');
    expect(() => builder.reserve("meeting", "no spaces")).toThrow(/^reserve\("meeting", "no spaces"\): the id must be a letter or digit/);
  });

  it("reports a reserved id never added as a dangling reference when built", () => {
    const { builder, ruritania } = started();
    const meetingId = builder.reserve("meeting", "never-held");
    builder.delegation({ id: "d", name: "the delegation", representsId: ruritania, attendsIds: [meetingId], members: [], evidenceIds: [] });
    const result = builder.build();
    expect(result.ok ? [] : result.problems.map((found) => [found.pointer, found.code])).toEqual([["/delegations/0/attendsIds/0", "dangling-reference"]]);
  });
});

describe("createDocumentBuilder: the fixture", () => {
  it("encodes the whole source article, object by object, into the same document", async () => {
    const { japanNorthKorea2004: fixture } = await import("../../src/fixtures/index.js");
    const { text, offsetUnit: _unit, ...details } = fixture.article;
    const builder = createDocumentBuilder(text, details);
    for (const span of fixture.evidence) {
      const starts: number[] = [];
      for (let at = text.indexOf(span.quote); at !== -1; at = text.indexOf(span.quote, at + 1)) starts.push(at);
      builder.evidence(span.quote, { id: span.id, occurrence: starts.indexOf(span.start) + 1 });
    }
    for (const time of fixture.times) builder.reserve("time", time.id);
    for (const attribution of fixture.attributions) builder.reserve("attribution", attribution.id);
    for (const meeting of fixture.meetings) builder.reserve("meeting", meeting.id);
    for (const position of fixture.positions) builder.reserve("position", position.id);
    for (const happening of fixture.happenings) builder.reserve("happening", happening.id);
    for (const issue of fixture.issues) builder.reserve("issue", issue.id);
    for (const actor of fixture.actors) builder.reserve(actor.kind, actor.id);
    for (const place of fixture.places) builder.reserve("place", place.id);
    for (const series of fixture.series) builder.reserve("series", series.id);
    for (const delegation of fixture.delegations) builder.reserve("delegation", delegation.id);
    fixture.times.forEach((time) => builder.time(time));
    fixture.attributions.forEach((attribution) => builder.attribution(attribution));
    fixture.actors.forEach((actor) => builder.actor(actor));
    fixture.places.forEach((place) => builder.place(place));
    fixture.issues.forEach((issue) => builder.issue(issue));
    fixture.series.forEach((series) => builder.series(series));
    fixture.posts.forEach((post) => builder.post(post));
    fixture.delegations.forEach((delegation) => builder.delegation(delegation));
    fixture.meetings.forEach((meeting) => builder.meeting(meeting));
    fixture.positions.forEach((position) => builder.position(position));
    fixture.happenings.forEach((happening) => builder.happening(happening));
    const result = builder.build();
    expect(result.ok ? [] : result.problems).toEqual([]);
    const { $schema: _schema, ...expected } = fixture as typeof fixture & { $schema?: string };
    expect(result.ok && result.document).toEqual(expected);
  });
});
