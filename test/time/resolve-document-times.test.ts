import { describe, expect, it } from "vitest";
import { NewsDocument } from "../../src/model/document.js";
import { resolveDocumentTimes } from "../../src/time/index.js";
import { smallDocument } from "../support/small-document.js";

const octoberTime = {
  kind: "point",
  id: "time-oct-2002",
  text: "October 2002",
  utcOffset: "+08:00",
  value: { precision: "month", year: 2002, month: 10 },
  evidenceIds: [],
};

const yearsTime = {
  kind: "duration",
  id: "time-24-years",
  text: "24 years",
  duration: { amount: 24, unit: "year" },
  anchorId: "time-oct-2002",
  anchorRelation: "ends-at",
  evidenceIds: [],
};

function documentWith(times: object[], article: object = {}) {
  const base = smallDocument();
  return NewsDocument.parse({ ...base, article: { ...base.article, ...article }, times: [...base.times, ...times] });
}

describe("resolveDocumentTimes", () => {
  it("resolves every time of the document against the article's reference date", () => {
    const times = resolveDocumentTimes(documentWith([]), { utcOffset: "+08:00" });
    expect([...times.keys()]).toEqual(["time-mid-march", "time-thursday"]);
    expect(times.get(documentWith([]).times[0]!.id)).toEqual({
      ok: true,
      interval: { start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00", precision: "month", utcOffset: "+08:00" },
    });
    const thursday = [...times.values()][1];
    expect(thursday?.ok && [thursday.interval.start, thursday.interval.end]).toEqual(["2004-02-26T00:00:00+08:00", "2004-02-27T00:00:00+08:00"]);
  });

  it("places a duration against the anchor that follows it, keeping document order", () => {
    const document = documentWith([yearsTime, octoberTime]);
    const times = resolveDocumentTimes(document);
    expect([...times.keys()]).toEqual(["time-mid-march", "time-thursday", "time-24-years", "time-oct-2002"]);
    expect(times.get(document.times[2]!.id)).toEqual({
      ok: true,
      interval: { start: "1978-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" },
    });
  });

  it("uses an expression's own reference date over the article's", () => {
    const document = documentWith([
      { kind: "point", id: "time-later-wednesday", text: "Wednesday", referenceDate: "2004-03-05", value: { precision: "day", weekday: "wednesday", direction: "past" }, evidenceIds: [] },
    ]);
    const result = resolveDocumentTimes(document).get(document.times[2]!.id);
    expect(result?.ok && result.interval.start).toBe("2004-03-03T00:00:00+00:00");
  });

  it("reports a relative time when the article has no reference date", () => {
    const base = smallDocument();
    const { referenceDate: _, inferred: __, ...article } = base.article;
    const document = NewsDocument.parse({ ...base, article, times: [...base.times, octoberTime] });
    const times = resolveDocumentTimes(document);
    expect(times.get(document.times[0]!.id)).toEqual({
      ok: false,
      problem: { code: "no-reference-date", path: ["referenceDate"], message: "the month 3 gives no year, so it needs a reference date to be read against" },
    });
    expect(times.get(document.times[2]!.id)?.ok).toBe(true);
  });

  it("reports a duration anchored to a time the document does not have", () => {
    const document = documentWith([yearsTime]);
    expect(resolveDocumentTimes(document).get(document.times[2]!.id)).toEqual({
      ok: false,
      problem: { code: "unknown-anchor", path: ["anchorId"], message: 'the anchor "time-oct-2002" of "24 years" is not a time expression of the document' },
    });
  });

  it("reports a duration whose anchor cannot be resolved, quoting the anchor's problem", () => {
    const document = documentWith([yearsTime, { ...octoberTime, value: { precision: "month", month: 10 } }]);
    expect(resolveDocumentTimes(document).get(document.times[2]!.id)).toEqual({
      ok: false,
      problem: {
        code: "unresolved-anchor",
        path: ["anchorId"],
        message:
          'the anchor "time-oct-2002" of "24 years" could not be resolved: the month 10 gives no direction: set value.direction or options.direction to "past" or "future"',
      },
    });
  });

  it("reports durations anchored in a circle", () => {
    const document = documentWith([
      { ...yearsTime, id: "time-a", text: "a", anchorId: "time-b" },
      { ...yearsTime, id: "time-b", text: "b", anchorId: "time-a" },
      { ...yearsTime, id: "time-self", text: "self", anchorId: "time-self" },
    ]);
    const times = resolveDocumentTimes(document);
    expect(times.get(document.times[2]!.id)).toEqual({
      ok: false,
      problem: { code: "anchor-cycle", path: ["anchorId"], message: '"a" is anchored to "time-b", which leads back to it' },
    });
    expect(times.get(document.times[3]!.id)).toEqual({
      ok: false,
      problem: { code: "anchor-cycle", path: ["anchorId"], message: '"b" is anchored to "time-a", which leads back to it' },
    });
    expect(times.get(document.times[4]!.id)).toEqual({
      ok: false,
      problem: { code: "anchor-cycle", path: ["anchorId"], message: '"self" is anchored to "time-self", which leads back to it' },
    });
  });

  it("resolves a duration with no anchor to the no-anchor problem", () => {
    const { anchorId: _, ...alone } = yearsTime;
    const document = documentWith([alone]);
    const result = resolveDocumentTimes(document).get(document.times[2]!.id);
    expect(!result?.ok && result?.problem.code).toBe("no-anchor");
  });
});
