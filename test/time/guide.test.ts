// The code shown in docs/time-and-evidence.md, run here so the guide never shows code
// that does not work. Each region is included in the guide by name.
import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import {
  checkEvidence,
  compareIntervals,
  intervalIsBefore,
  NewsDocument,
  resolveDocumentTimes,
  resolveTime,
  TimeExpression,
  TimeId,
  toCodePointOffsets,
} from "../../src/index.js";

describe("the time and evidence guide", () => {
  it("resolves Wednesday night against the article's Thursday", () => {
    // #region resolve
    const wednesdayNight = TimeExpression.parse({
      kind: "point",
      id: "time-wednesday-night",
      text: "Wednesday night",
      utcOffset: "+08:00",
      value: { precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" },
      evidenceIds: [],
    });
    const result = resolveTime(wednesdayNight, { referenceDate: "2004-02-26" });
    // result.ok === true
    // result.interval: { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00",
    //                    precision: "part-of-day", utcOffset: "+08:00" }
    // #endregion resolve
    expect(result).toEqual({
      ok: true,
      interval: { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "part-of-day", utcOffset: "+08:00" },
    });
  });

  it("reports a weekday with no direction as a problem, not an exception", () => {
    // #region problem
    const result = resolveTime(
      TimeExpression.parse({ kind: "point", id: "time-wednesday", text: "Wednesday", value: { precision: "day", weekday: "wednesday" }, evidenceIds: [] }),
      { referenceDate: "2004-02-26" },
    );
    // result.ok === false
    // result.problem: { code: "no-direction", path: ["value", "direction"],
    //   message: 'the weekday "wednesday" gives no direction: set value.direction or options.direction to "past" or "future"' }
    // #endregion problem
    expect(!result.ok && result.problem.code).toBe("no-direction");
    expect(!result.ok && result.problem.path).toEqual(["value", "direction"]);
  });

  it("resolves every time of the encoded article, durations included", () => {
    // #region document
    const times = resolveDocumentTimes(japanNorthKorea2004);
    const years = times.get(TimeId.parse("time-24-years"));
    // years: { ok: true, interval: { start: "1977-10-01T00:00:00+09:00", end: "2002-11-01T00:00:00+09:00",
    //                                precision: "month", utcOffset: "+09:00" } }
    // #endregion document
    expect(years).toEqual({
      ok: true,
      // The article's 24 years are a round figure, approximate: one year more on the open side.
      interval: { start: "1977-10-01T00:00:00+09:00", end: "2002-11-01T00:00:00+09:00", precision: "month", utcOffset: "+09:00" },
    });
  });

  it("compares the meeting of Wednesday night with the talks planned for March", () => {
    // #region compare
    const night = { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00" };
    const midOrLateMarch = { start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" };
    const march = { start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" };
    compareIntervals(night, midOrLateMarch); // "before": whatever each means, the night came first
    compareIntervals(march, midOrLateMarch); // "contains": the order within March cannot be told
    intervalIsBefore(march, midOrLateMarch); // false
    // #endregion compare
    expect(compareIntervals(night, midOrLateMarch)).toBe("before");
    expect(compareIntervals(march, midOrLateMarch)).toBe("contains");
    expect(intervalIsBefore(march, midOrLateMarch)).toBe(false);
  });

  it("counts offsets in UTF-16 code units and converts them to code points", () => {
    // #region evidence
    const text = "Japan 🇯🇵 and North Korea 🇰🇵 met Wednesday night.";
    // Each flag is two regional-indicator characters outside the BMP: four UTF-16 code
    // units, two code points. "Wednesday night" starts after 36 code units (32 code points).
    const span = { id: "ev-wednesday-night", start: 36, end: 51, quote: "Wednesday night" };
    text.slice(span.start, span.end) === span.quote; // true: the quote check
    toCodePointOffsets(text, span); // { start: 32, end: 47 }: for a W3C Web Annotation
    // #endregion evidence
    expect(text.slice(span.start, span.end)).toBe(span.quote);
    expect(toCodePointOffsets(text, span)).toEqual({ start: 32, end: 47 });
  });

  it("reports a span written in code points as a quote mismatch", () => {
    const text = "Japan 🇯🇵 and North Korea 🇰🇵 met Wednesday night.";
    // #region mismatch
    const document = NewsDocument.parse({
      schemaVersion: 2,
      article: { text, offsetUnit: "utf-16-code-unit" },
      actors: [], places: [], posts: [], delegations: [], series: [], meetings: [], positions: [],
      issues: [], happenings: [], times: [], attributions: [],
      // Code-point offsets where UTF-16 code units are wanted: four units short.
      evidence: [{ id: "ev-wednesday-night", start: 32, end: 47, quote: "Wednesday night" }],
    });
    checkEvidence(document);
    // [{ code: "quote-mismatch", path: ["evidence", 0, "quote"],
    //    message: 'the quote "Wednesday night" does not match the article at [32, 47), which reads "met Wednesday n"' }]
    // #endregion mismatch
    expect(checkEvidence(document)).toMatchObject([
      {
        code: "quote-mismatch",
        path: ["evidence", 0, "quote"],
        message: 'the quote "Wednesday night" does not match the article at [32, 47), which reads "met Wednesday n"',
      },
    ]);
  });
});
