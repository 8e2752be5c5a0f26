import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkTimes, formatProblem, hiddenPrototypeKeys, NewsDocument, parseDocumentJson, validateDocument, type Problem } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";

/** A date-time without its offset, within three days, to the second or with a fraction. */
const instant = fc
  .tuple(fc.integer({ min: Date.UTC(2004, 1, 24), max: Date.UTC(2004, 1, 27) }), fc.constantFrom("", ".5", ".25"))
  .map(([moment, fraction]) => new Date(moment).toISOString().slice(0, 19) + fraction);

type Small = ReturnType<typeof smallDocument>;

function problemsOf(change: (document: Small & { [key: string]: unknown }) => void): readonly Problem[] {
  const document = smallDocument();
  change(document);
  const result = validateDocument(document);
  if (result.ok) throw new Error("expected the document to be rejected");
  return result.problems;
}

function only(problems: readonly Problem[]): Problem {
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  return problems[0]!;
}

describe("validateDocument", () => {
  it("returns the typed document when it is valid", () => {
    const result = validateDocument(smallDocument());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.meetings.map((meeting) => meeting.id)).toEqual(["six-party-round", "next-round"]);
  });

  it("reports a shape problem with zod's code, path and pointer", () => {
    const found = only(problemsOf((document) => Object.assign(document.meetings[0]!, { status: 3 })));
    expect(found).toMatchObject({ code: "shape", zodCode: "invalid_value", path: ["meetings", 0, "status"], pointer: "/meetings/0/status" });
  });

  it("reports each unknown key with the key in its path", () => {
    const problems = problemsOf((document) => Object.assign(document.actors[0]!, { colour: "red", size: 2 }));
    expect(problems.map((found) => found.pointer)).toEqual(["/actors/0/colour", "/actors/0/size"]);
    expect(problems[0]!.message).toMatch(/unknown key "colour".*"extensions"/);
  });

  it("reports a problem inside the matching branch of a union", () => {
    const found = only(problemsOf((document) => Object.assign(document.actors[0]!, { iso3: "japan" })));
    expect(found).toMatchObject({ code: "shape", pointer: "/actors/0/iso3" });
    expect(found.message).toMatch(/alpha-3/);
  });

  it("reports the first branch's problems for a union that matched no branch", () => {
    const found = only(problemsOf((document) => Object.assign(document.article, { published: 2004 })));
    expect(found).toMatchObject({ code: "shape", pointer: "/article/published" });
  });

  it("rejects input that is not an object", () => {
    for (const input of [null, 7, "doc", []]) {
      const result = validateDocument(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.code).toBe("shape");
    }
  });

  it("reports an unknown schema version on its own, saying what to do", () => {
    const result = validateDocument({ ...smallDocument(), schemaVersion: 3, actors: "broken" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(only(result.problems)).toMatchObject({ code: "unknown-version", pointer: "/schemaVersion" });
      expect(result.problems[0]!.message).toMatch(/schemaVersion 3 cannot be read.*upgrade news-event-models/);
    }
  });

  it("reports a version that is not a number as unknown", () => {
    const result = validateDocument({ ...smallDocument(), schemaVersion: "1" });
    expect(!result.ok && result.problems[0]!.message).toMatch(/schemaVersion "1" cannot be read/);
  });

  it("reports a missing version as a shape problem", () => {
    const { schemaVersion: _dropped, ...rest } = smallDocument();
    const result = validateDocument(rest);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: "shape", pointer: "/schemaVersion" });
  });

  it("turns input nested too deeply into a too-deep problem instead of a crash", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const result = validateDocument({ ...smallDocument(), extensions: { "acme:deep": deep } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe("too-deep");
  });
});

describe("ids", () => {
  it("rejects an id used twice, even across collections", () => {
    const found = only(problemsOf((document) => document.issues.push({ id: "japan", name: "Japan", evidenceIds: [] } as never)));
    expect(found).toMatchObject({ code: "duplicate-id", pointer: "/issues/3/id" });
    expect(found.message).toMatch(/"japan" is already used by the state at \/actors\/0/);
  });
});

describe("references", () => {
  it("rejects a reference to an id that is not in the document", () => {
    const found = only(problemsOf((document) => (document.meetings[1]!.timeId = "time-april")));
    expect(found).toMatchObject({ code: "dangling-reference", pointer: "/meetings/1/timeId" });
    expect(found.message).toBe('the time of a meeting names "time-april", which is not in the document');
  });

  it("rejects a sidelines-of target that is not a meeting", () => {
    const found = only(problemsOf((document) => Object.assign(document.meetings[1]!, { sidelinesOfId: "japan" })));
    expect(found).toMatchObject({ code: "wrong-kind", pointer: "/meetings/1/sidelinesOfId" });
    expect(found.message).toBe("`sidelinesOfId` must name a meeting; `japan` is a state");
  });

  it("says that a sidelines-of target that is a series of talks must be a meeting, with no advice to add anything", () => {
    const seriesId = smallDocument().series[0]!.id;
    const found = only(problemsOf((document) => Object.assign(document.meetings[1]!, { sidelinesOfId: seriesId })));
    expect(found.message).toBe(`\`sidelinesOfId\` must name a meeting; \`${seriesId}\` is a series of talks`);
    expect(found.message).not.toMatch(/add what an object refers to/);
  });

  it("rejects a delegation whose head is a state", () => {
    const found = only(
      problemsOf((document) => {
        document.delegations.push({
          id: "jp-delegation",
          name: "the Japanese delegation",
          representsId: "japan",
          members: [{ personId: "japan", role: "head", evidenceIds: [] }],
          evidenceIds: [],
        } as never);
      }),
    );
    expect(found).toMatchObject({ code: "wrong-kind", pointer: "/delegations/0/members/0/personId" });
    expect(found.message).toBe("`personId` must name a person; `japan` is a state");
  });

  it("accepts a position held by a person speaking for himself, and by an unnamed source", () => {
    const document = smallDocument();
    document.actors.push({ kind: "person", id: "saiki", name: "Akitaka Saiki", evidenceIds: [] } as never);
    document.positions.push({ id: "p", kind: "proposal", holderIds: ["saiki"], content: "Meet in March.", evidenceIds: [] } as never);
    document.positions.push({ id: "q", kind: "assertion", holderIds: ["diplomatic-sources"], voicedById: "diplomatic-sources", content: "Talks go on.", evidenceIds: [] } as never);
    expect(validateDocument(document).ok).toBe(true);
  });

  it("rejects a position held by something that is not an actor or a delegation, listing what may hold one", () => {
    const found = only(
      problemsOf((document) => {
        document.positions.push({ id: "p", kind: "proposal", holderIds: ["six-party-round"], content: "Meet in March.", evidenceIds: [] } as never);
      }),
    );
    expect(found.message).toBe(
      "`holderIds` must name a person, a state, an organization, a counted group, an unnamed source or a delegation; `six-party-round` is a meeting",
    );
  });

  it("rejects evidence ids that name an attribution", () => {
    const found = only(problemsOf((document) => document.actors[0]!.evidenceIds.push("att-sources-1")));
    expect(found).toMatchObject({ code: "wrong-kind", pointer: "/actors/0/evidenceIds/1" });
  });

  it("rejects an attribution source that is a time", () => {
    const found = only(problemsOf((document) => (document.attributions[0]!.sourceId = "time-thursday")));
    expect(found.message).toMatch(/^`sourceId` must name a person, a state, an organization, a counted group or an unnamed source; `time-thursday` is a time expression$/);
  });
});

describe("evidence", () => {
  it("rejects a quote that does not match the article at its offsets", () => {
    const found = only(problemsOf((document) => (document.evidence[0]!.start += 1)));
    expect(found).toMatchObject({ code: "quote-mismatch", pointer: "/evidence/0/quote" });
    expect(found.message).toBe('the quote "Japan" does not match the article at [1, 5), which reads "apan"');
  });

  it("rejects a span that runs past the end of the text", () => {
    const found = only(problemsOf((document) => (document.evidence[0]!.end = 10_000)));
    expect(found).toMatchObject({ code: "span-out-of-range", pointer: "/evidence/0/end" });
  });

  it("rejects a span that ends before it starts", () => {
    const found = only(problemsOf((document) => Object.assign(document.evidence[0]!, { start: 5, end: 4 })));
    expect(found.code).toBe("span-out-of-range");
  });

  it("rejects a span that overlaps page furniture", () => {
    const found = only(problemsOf((document) => Object.assign(document.article, { furniture: [{ start: 0, end: 3, label: "banner" }] })));
    expect(found).toMatchObject({ code: "span-in-furniture", pointer: "/evidence/0/start" });
    expect(found.message).toMatch(/overlaps page furniture "banner"/);
  });

  it("reports exactly the spans that overlap some of several furniture ranges, in any order, as a pairwise comparison would", () => {
    const spans = smallDocument().evidence;
    const starts = spans.map((span) => span.start);
    const ends = spans.map((span) => span.end);
    const layouts = [
      // unsorted ranges: one ending where a span starts, one starting where a span ends, one inside a span
      [
        { start: ends[2]!, end: ends[2]! + 1, label: "after" },
        { start: Math.max(0, starts[0]! - 1), end: starts[0]!, label: "before" },
        { start: starts[1]! + 1, end: starts[1]! + 2, label: "inside" },
      ],
      // nested and overlapping ranges, the long one first
      [
        { start: 0, end: ends[3]!, label: "long" },
        { start: starts[3]!, end: starts[3]! + 1, label: "short" },
        { start: ends[0]! - 1, end: ends[0]!, label: "edge" },
      ],
    ];
    for (const furniture of layouts) {
      const found = problemsOf((document) => Object.assign(document.article, { furniture }));
      const expected = spans.flatMap((span, index) =>
        furniture
          .filter((range) => span.start < range.end && range.start < span.end)
          .map((range) => `/evidence/${index}/start ${range.label}`),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(found.map((item) => `${item.pointer} ${/"([^"]*)"/.exec(item.message)![1]}`)).toEqual(expected);
      expect(found.every((item) => item.code === "span-in-furniture")).toBe(true);
    }
  });

  it("rejects furniture outside the text", () => {
    const found = only(problemsOf((document) => Object.assign(document.article, { furniture: [{ start: 9_000, end: 9_001, label: "banner" }] })));
    expect(found).toMatchObject({ code: "span-out-of-range", pointer: "/article/furniture/0" });
  });

  it("shortens a long quote in its message", () => {
    const found = only(problemsOf((document) => (document.evidence[9]!.start -= 1)));
    expect(found.message).toMatch(/…"/);
  });
});

describe("times", () => {
  it("rejects a resolved interval that ends before it starts", () => {
    const found = only(
      problemsOf((document) => {
        const thursday = document.times[1]!;
        if (thursday.resolved) thursday.resolved.end = "2004-02-25T00:00:00+09:00";
      }),
    );
    expect(found).toMatchObject({ code: "interval-order", pointer: "/times/1/resolved/end" });
  });

  it("compares instants across offsets as moments", () => {
    const document = smallDocument();
    if (document.times[1]!.resolved) document.times[1]!.resolved.end = "2004-02-25T15:00:00Z";
    expect(validateDocument(document).ok).toBe(true);
  });

  it("reads two date-times of the same length but different offsets as moments, not as text", () => {
    // as text the start sorts first; as moments it is an hour after the end
    const times = [
      { start: "2004-02-25T11:00:00+00:00", end: "2004-02-25T18:00:00+08:00", ordered: false },
      { start: "2004-02-25T18:00:00+08:00", end: "2004-02-25T11:00:00+00:00", ordered: true },
      { start: "2004-02-25T11:00:00Z", end: "2004-02-25T10:00:00Z", ordered: false },
      { start: "2004-02-25T10:00:00.5Z", end: "2004-02-25T10:00:00.4Z", ordered: false },
      { start: "2004-02-25T10:00:00.25+09:00", end: "2004-02-25T10:00:00.25+09:00", ordered: true },
    ];
    for (const { start, end, ordered } of times) {
      const document = smallDocument();
      Object.assign(document.times[1]!, { resolved: { ...document.times[1]!.resolved!, start, end } });
      const result = validateDocument(document);
      expect(result.ok ? [] : result.problems.map((found) => found.code), `${start} to ${end}`).toEqual(ordered ? [] : ["interval-order"]);
    }
  });

  test.prop([instant, instant, fc.constantFrom("Z", "+08:00", "-05:30", "+00:00"), fc.constantFrom("Z", "+08:00", "-05:30", "+00:00")])(
    "finds an interval out of order exactly where its moments are",
    (start, end, startOffset, endOffset) => {
      const document = smallDocument();
      const startText = start + startOffset;
      const endText = end + endOffset;
      Object.assign(document.times[1]!, { resolved: { ...document.times[1]!.resolved!, start: startText, end: endText } });
      const found = checkTimes(NewsDocument.parse(document));
      expect(found.length).toBe(Date.parse(startText) > Date.parse(endText) ? 1 : 0);
    },
  );
});

describe("inference marks", () => {
  it("rejects a mark that points at no value", () => {
    const found = only(problemsOf((document) => (document.article.inferred[0]!.path = "/published")));
    expect(found).toMatchObject({ code: "inference-path", pointer: "/article/inferred/0/path" });
  });

  it("follows array indices and escaped keys in the pointer", () => {
    const document = smallDocument();
    Object.assign(document.actors[1]!, { inferred: [{ path: "/aliases/0/text", basis: "reading", reason: "r" }] });
    expect(validateDocument(document).ok).toBe(true);
    Object.assign(document.actors[1]!, { inferred: [{ path: "/aliases/1", basis: "reading", reason: "r" }] });
    expect(validateDocument(document).ok).toBe(false);
    Object.assign(document.actors[1]!, { inferred: [{ path: "/aliases/x", basis: "reading", reason: "r" }] });
    expect(validateDocument(document).ok).toBe(false);
    Object.assign(document.actors[1]!, { extensions: { "a/b": 1 }, inferred: [{ path: "/extensions/a~1b", basis: "reading", reason: "r" }] });
    expect(validateDocument(document).ok).toBe(true);
  });

  it("takes only canonical array indices, as RFC 6901 does", () => {
    for (const [path, ok] of [
      ["/aliases/0", true],
      ["/aliases/00", false],
      ["/aliases/-0", false],
      ["/aliases/", false],
      ["/aliases/0/", false],
      ["/aliases/0x0", false],
      ["/aliases/1e0", false],
    ] as const) {
      const document = smallDocument();
      Object.assign(document.actors[1]!, { inferred: [{ path, basis: "reading", reason: "r" }] });
      const result = validateDocument(document);
      expect(result.ok, path).toBe(ok);
      if (!result.ok) expect(only(result.problems)).toMatchObject({ code: "inference-path", pointer: "/actors/1/inferred/0/path" });
    }
  });
});

describe("consistency", () => {
  it("rejects a chain of issue parents that loops", () => {
    const found = only(problemsOf((document) => Object.assign(document.issues[0]!, { parentId: "abduction-issue" })));
    expect(found.code).toBe("cycle");
    expect(found.message).toMatch(/leads back to itself/);
  });

  it("rejects an organization that is its own parent", () => {
    const found = only(
      problemsOf((document) =>
        document.actors.push({ kind: "organization", id: "mofa", name: "Foreign Ministry", organizationKind: "ministry", parentId: "mofa", evidenceIds: [] } as never),
      ),
    );
    expect(found).toMatchObject({ code: "cycle", pointer: "/actors/3/parentId" });
  });

  it("rejects attributions nested in each other, once per cycle", () => {
    const problems = problemsOf((document) => {
      Object.assign(document.attributions[0]!, { withinId: "att-sources-2" });
      Object.assign(document.attributions[1]!, { withinId: "att-sources-1" });
    });
    expect(problems.map((found) => found.pointer)).toEqual(["/attributions/0/withinId"]);
  });

  it("rejects a position that answers itself", () => {
    const found = only(
      problemsOf((document) =>
        document.positions.push({ id: "p", kind: "response", holderIds: ["japan"], content: "Yes.", answersId: "p", stance: "positive", evidenceIds: [] } as never),
      ),
    );
    expect(found).toMatchObject({ code: "cycle", pointer: "/positions/0/answersId" });
  });

  it("rejects a delegation with two heads", () => {
    const found = only(
      problemsOf((document) => {
        document.actors.push({ kind: "person", id: "a", name: "A", evidenceIds: [] } as never, { kind: "person", id: "b", name: "B", evidenceIds: [] } as never);
        document.delegations.push({
          id: "d",
          name: "d",
          representsId: "japan",
          members: [
            { personId: "a", role: "head", evidenceIds: [] },
            { personId: "b", role: "head", evidenceIds: [] },
          ],
          evidenceIds: [],
        } as never);
      }),
    );
    expect(found).toMatchObject({ code: "inconsistent", pointer: "/delegations/0/members/1/role" });
  });

  it("accepts an agreement by one side alone, as in \"agreed to step down\"", () => {
    const document = smallDocument();
    document.positions.push({ id: "p", kind: "agreement", holderIds: ["japan"], content: "Japan agreed to talk.", evidenceIds: [] } as never);
    expect(validateDocument(document).ok).toBe(true);
  });
});

describe("parseDocumentJson", () => {
  it("parses and validates JSON text", () => {
    expect(parseDocumentJson(JSON.stringify(smallDocument())).ok).toBe(true);
  });

  it("reports text that is not JSON as a problem, not an exception", () => {
    const result = parseDocumentJson('{"schemaVersion": 1,');
    expect(!result.ok && result.problems[0]).toMatchObject({ code: "invalid-json", pointer: "" });
  });
});

describe("formatProblem", () => {
  it("writes the pointer, the message and the code on one line", () => {
    const found = only(problemsOf((document) => (document.meetings[1]!.timeId = "time-april")));
    expect(formatProblem(found)).toBe('/meetings/1/timeId: the time of a meeting names "time-april", which is not in the document (dangling-reference)');
  });

  it("writes / for the root", () => {
    const result = parseDocumentJson("nope");
    expect(!result.ok && formatProblem(result.problems[0]!)).toMatch(/^\/: the text is not valid JSON/);
  });
});

describe("hiddenPrototypeKeys", () => {
  it("finds a __proto__ key at any depth of any fact's extensions, with its path", () => {
    const document = JSON.parse(
      JSON.stringify({
        ...smallDocument(),
        extensions: { "acme:list": [{ ok: 1 }, { PROTO: { x: 1 } }] },
      }).replace('"PROTO"', '"__proto__"'),
    );
    document.meetings[0].purpose = JSON.parse('{"text": "talk", "evidenceIds": [], "extensions": {"a": {"__proto__": 1}}}');
    document.actors[0].extensions = JSON.parse('{"__proto__": null}');
    expect(hiddenPrototypeKeys(document).map((found) => found.pointer)).toEqual([
      "/extensions/acme:list/1/__proto__",
      "/actors/0/extensions/__proto__",
      "/meetings/0/purpose/extensions/a/__proto__",
    ]);
    const result = validateDocument(document);
    expect(!result.ok && result.problems.map((found) => found.code)).toEqual(["shape", "shape", "shape"]);
  });

  it("finds nothing in ordinary extension data or in input that is not an object", () => {
    expect(hiddenPrototypeKeys({ ...smallDocument(), extensions: { "acme:x": { y: [1, 2] } } })).toEqual([]);
    expect(hiddenPrototypeKeys([1, 2])).toEqual([]);
    expect(hiddenPrototypeKeys({ actors: "x", meetings: [1, { purpose: 2 }] })).toEqual([]);
  });
});
