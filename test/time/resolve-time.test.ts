import { describe, expect, it } from "vitest";
import { TimeExpression, TimeSpan, type ResolvedInterval } from "../../src/model/time.js";
import { resolveTime, type ResolveTimeOptions } from "../../src/time/index.js";

const BEIJING: ResolveTimeOptions = { referenceDate: "2004-02-26", utcOffset: "+08:00" };

const OCTOBER_2002: ResolvedInterval = {
  start: "2002-10-01T00:00:00+08:00",
  end: "2002-11-01T00:00:00+08:00",
  precision: "month",
  utcOffset: "+08:00",
};

function point(value: object, extra: object = {}) {
  return TimeExpression.parse({ kind: "point", id: "time-x", text: "x", value, evidenceIds: [], ...extra });
}

function choice(options: object[], extra: object = {}) {
  return TimeExpression.parse({ kind: "choice", id: "time-x", text: "x", options, evidenceIds: [], ...extra });
}

function years24(extra: object = {}) {
  return TimeSpan.parse({
    kind: "duration",
    id: "time-24-years",
    text: "24 years",
    duration: { amount: 24, unit: "year" },
    anchorId: "time-oct-2002",
    anchorRelation: "ends-at",
    evidenceIds: [],
    ...extra,
  });
}

const anchors = new Map([["time-oct-2002", OCTOBER_2002]]);

describe("resolveTime: points", () => {
  it("resolves Wednesday night in Beijing", () => {
    expect(resolveTime(point({ precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" }), BEIJING)).toEqual({
      ok: true,
      interval: { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "part-of-day", utcOffset: "+08:00" },
    });
  });

  it("lets the expression's own reference date and offset win over the options'", () => {
    const expression = point({ precision: "day", weekday: "wednesday", direction: "past" }, { referenceDate: "2004-03-05", utcOffset: "+09:00" });
    expect(resolveTime(expression, BEIJING)).toEqual({
      ok: true,
      interval: { start: "2004-03-03T00:00:00+09:00", end: "2004-03-04T00:00:00+09:00", precision: "day", utcOffset: "+09:00" },
    });
  });

  it("takes the direction from the options", () => {
    const result = resolveTime(point({ precision: "month", month: 3 }), { ...BEIJING, direction: "past" });
    expect(result.ok && [result.interval.start, result.interval.end]).toEqual(["2003-03-01T00:00:00+08:00", "2003-04-01T00:00:00+08:00"]);
  });

  it("reports a problem of the value under the path value", () => {
    expect(resolveTime(point({ precision: "day", weekday: "wednesday" }), BEIJING)).toEqual({
      ok: false,
      problem: {
        code: "no-direction",
        path: ["value", "direction"],
        message: 'the weekday "wednesday" gives no direction: set value.direction or options.direction to "past" or "future"',
      },
    });
  });

  it("reports a missing reference date at the expression's referenceDate", () => {
    expect(resolveTime(point({ precision: "day", weekday: "wednesday", direction: "past" }), { utcOffset: "+08:00" })).toEqual({
      ok: false,
      problem: {
        code: "no-reference-date",
        path: ["referenceDate"],
        message: 'the weekday "wednesday" gives no year, so it needs a reference date to be read against',
      },
    });
  });

  it("reports an offset that is not +hh:mm before anything else", () => {
    const expression = { ...point({ precision: "year", year: 2002 }), utcOffset: "UTC+8" };
    expect(resolveTime(expression, BEIJING)).toEqual({
      ok: false,
      problem: { code: "invalid-utc-offset", path: ["utcOffset"], message: 'the UTC offset "UTC+8" is not an offset such as "+08:00" or "-05:00"' },
    });
  });
});

describe("resolveTime: choices", () => {
  const midOrLate = choice([
    { precision: "month", month: 3, modifier: "mid", direction: "future" },
    { precision: "month", month: 3, modifier: "late", direction: "future" },
  ]);

  it("resolves the middle or late part of March to the union, 11 March to the month's end", () => {
    expect(resolveTime(midOrLate, BEIJING)).toEqual({
      ok: true,
      interval: { start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" },
    });
  });

  it("gives the same union whatever the order of the options", () => {
    const lateOrMid = choice([
      { precision: "month", month: 3, modifier: "late", direction: "future" },
      { precision: "month", month: 3, modifier: "mid", direction: "future" },
    ]);
    expect(resolveTime(lateOrMid, BEIJING)).toEqual(resolveTime(midOrLate, BEIJING));
  });

  it("takes the coarsest precision among the options", () => {
    const result = resolveTime(
      choice([
        { precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" },
        { precision: "day", weekday: "thursday", direction: "past" },
      ]),
      BEIJING,
    );
    expect(result).toEqual({
      ok: true,
      interval: { start: "2004-02-25T18:00:00+08:00", end: "2004-02-27T00:00:00+08:00", precision: "day", utcOffset: "+08:00" },
    });
  });

  it("spans a gap between options: the earliest start to the latest end", () => {
    const result = resolveTime(
      choice([
        { precision: "month", year: 2004, month: 3, modifier: "early" },
        { precision: "month", year: 2004, month: 3, modifier: "late" },
      ]),
      BEIJING,
    );
    expect(result.ok && [result.interval.start, result.interval.end]).toEqual(["2004-03-01T00:00:00+08:00", "2004-04-01T00:00:00+08:00"]);
  });

  it("reports a problem of an option under its index", () => {
    const result = resolveTime(
      choice([
        { precision: "month", month: 3, modifier: "mid", direction: "future" },
        { precision: "month", month: 3, modifier: "late" },
      ]),
      BEIJING,
    );
    expect(result).toEqual({
      ok: false,
      problem: {
        code: "no-direction",
        path: ["options", 1, "direction"],
        message: 'the month 3 gives no direction: set value.direction or options.direction to "past" or "future"',
      },
    });
  });

  it("reports a missing reference date in an option at the expression's referenceDate", () => {
    const result = resolveTime(midOrLate, { utcOffset: "+08:00" });
    expect(!result.ok && result.problem.path).toEqual(["referenceDate"]);
  });

  it("reports a choice with no options", () => {
    const empty = { ...midOrLate, options: [] } as unknown as TimeExpression;
    expect(resolveTime(empty, BEIJING)).toEqual({
      ok: false,
      problem: { code: "incomplete-value", path: ["options"], message: "a choice needs at least one option" },
    });
  });
});

describe("resolveTime: durations", () => {
  it("places 24 years ending in October 2002", () => {
    expect(resolveTime(years24(), { ...BEIJING, anchors })).toEqual({
      ok: true,
      interval: { start: "1978-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" },
    });
  });

  it("places a duration starting at its anchor", () => {
    const result = resolveTime(years24({ duration: { amount: 2, unit: "month" }, anchorRelation: "starts-at" }), { anchors });
    expect(result).toEqual({
      ok: true,
      interval: { start: "2002-10-01T00:00:00+08:00", end: "2003-01-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" },
    });
  });

  it("adds one unit more on the open side for an approximate amount", () => {
    const result = resolveTime(years24({ duration: { amount: 24, unit: "year", approximate: true } }), { anchors });
    expect(result.ok && [result.interval.start, result.interval.end]).toEqual(["1977-10-01T00:00:00+08:00", "2002-11-01T00:00:00+08:00"]);
    const after = resolveTime(years24({ duration: { amount: 3, unit: "day", approximate: true }, anchorRelation: "starts-at" }), { anchors });
    expect(after.ok && [after.interval.start, after.interval.end]).toEqual(["2002-10-01T00:00:00+08:00", "2002-11-05T00:00:00+08:00"]);
  });

  it("counts weeks, days and hours exactly, fractions included", () => {
    const night: ResolvedInterval = { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "part-of-day", utcOffset: "+08:00" };
    const at = new Map([["time-oct-2002", night]]);
    const shift = (amount: number, unit: "week" | "day" | "hour") => {
      const result = resolveTime(years24({ duration: { amount, unit }, anchorRelation: "starts-at" }), { anchors: at });
      return result.ok ? result.interval.end : result.problem.code;
    };
    expect(shift(5, "hour")).toBe("2004-02-26T05:00:00+08:00");
    expect(shift(1.5, "day")).toBe("2004-02-27T12:00:00+08:00");
    expect(shift(1, "week")).toBe("2004-03-04T00:00:00+08:00");
  });

  it("counts a year and a half as eighteen months and refuses a fraction of a month", () => {
    const result = resolveTime(years24({ duration: { amount: 1.5, unit: "year" } }), { anchors });
    expect(result.ok && result.interval.start).toBe("2001-04-01T00:00:00+08:00");
    expect(resolveTime(years24({ duration: { amount: 1.3, unit: "month" } }), { anchors })).toEqual({
      ok: false,
      problem: { code: "fractional-duration", path: ["duration", "amount"], message: "1.3 months is not a whole number of months, which the calendar cannot count" },
    });
  });

  it("writes the result in the duration's own offset, converting the anchor's", () => {
    const result = resolveTime(years24({ utcOffset: "+09:00" }), { anchors });
    expect(result.ok && [result.interval.start, result.interval.end, result.interval.utcOffset]).toEqual([
      "1978-10-01T01:00:00+09:00",
      "2002-11-01T01:00:00+09:00",
      "+09:00",
    ]);
  });

  it("reports a duration with no anchor", () => {
    const { anchorId: _, ...alone } = years24();
    expect(resolveTime(alone as TimeExpression, { anchors })).toEqual({
      ok: false,
      problem: { code: "no-anchor", path: ["anchorId"], message: 'the duration "24 years" has no anchorId: a length of time alone cannot be placed in time' },
    });
  });

  it("reports a duration with no anchor relation", () => {
    const { anchorRelation: _, ...loose } = years24();
    expect(resolveTime(loose as TimeExpression, { anchors })).toEqual({
      ok: false,
      problem: {
        code: "no-anchor-relation",
        path: ["anchorRelation"],
        message: 'the duration "24 years" has an anchor but no anchorRelation: say whether it "ends-at" or "starts-at" its anchor',
      },
    });
  });

  it("reports an anchor that is not among the resolved anchors", () => {
    expect(resolveTime(years24(), BEIJING)).toEqual({
      ok: false,
      problem: {
        code: "unresolved-anchor",
        path: ["anchorId"],
        message: 'the anchor "time-oct-2002" of "24 years" has no resolved interval: pass it in options.anchors, or use resolveDocumentTimes',
      },
    });
  });

  it("reports an anchor whose interval is not ISO 8601", () => {
    const bad = new Map([["time-oct-2002", { ...OCTOBER_2002, start: "October 2002" }]]);
    expect(resolveTime(years24(), { anchors: bad })).toEqual({
      ok: false,
      problem: {
        code: "unresolved-anchor",
        path: ["anchorId"],
        message: 'the anchor "time-oct-2002" of "24 years" has an interval that is not ISO 8601 (October 2002 to 2002-11-01T00:00:00+08:00)',
      },
    });
  });

  it("reports a duration that reaches back before the year 1", () => {
    const result = resolveTime(years24({ duration: { amount: 2002, unit: "year" } }), { anchors });
    expect(!result.ok && result.problem.code).toBe("out-of-range");
  });
});
