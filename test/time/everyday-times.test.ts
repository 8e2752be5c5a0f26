import { describe, expect, it } from "vitest";
import { TimeDeictic, TimeExpression, TimeNamedPeriod, TimeRelative, TimeValue, type ResolvedInterval } from "../../src/model/time.js";
import { resolveDocumentTimes, resolveTime, resolveTimeValue, type ResolveTimeOptions, type TimeResolution } from "../../src/time/index.js";

// Thursday 26 February 2004 in Beijing: the article's reference date.
const BEIJING: ResolveTimeOptions = { referenceDate: "2004-02-26", utcOffset: "+08:00" };

function time(fields: object): TimeExpression {
  return TimeExpression.parse({ id: "time-x", text: "x", evidenceIds: [], ...fields });
}

function span(result: TimeResolution): [string, string, string] {
  if (!result.ok) throw new Error(`expected an interval, got ${result.problem.code}: ${result.problem.message}`);
  return [result.interval.start, result.interval.end, result.interval.precision];
}

function problemOf(result: TimeResolution): string {
  if (result.ok) throw new Error(`expected a problem, got ${result.interval.start} to ${result.interval.end}`);
  return result.problem.code;
}

const day = (date: string, next: string, precision = "day"): [string, string, string] => [`${date}T00:00:00+08:00`, `${next}T00:00:00+08:00`, precision];

const TALKS_DAY: ResolvedInterval = { start: "2004-02-25T00:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "day", utcOffset: "+08:00" };
const SUMMIT_DAYS: ResolvedInterval = { start: "2004-02-23T00:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "day", utcOffset: "+08:00" };
const MARCH: ResolvedInterval = { start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" };

describe("deictic times: counted from the reference date", () => {
  const deictic = (unit: string, offset: number, extra: object = {}) => span(resolveTime(time({ kind: "deictic", unit, offset, ...extra }), BEIJING));

  it("resolves today, yesterday and tomorrow to whole days", () => {
    expect(deictic("day", 0)).toEqual(day("2004-02-26", "2004-02-27"));
    expect(deictic("day", -1)).toEqual(day("2004-02-25", "2004-02-26"));
    expect(deictic("day", 1)).toEqual(day("2004-02-27", "2004-02-28"));
  });

  it("resolves this week and last week to Monday-to-Sunday weeks", () => {
    expect(deictic("week", 0)).toEqual(day("2004-02-23", "2004-03-01", "week"));
    expect(deictic("week", -1)).toEqual(day("2004-02-16", "2004-02-23", "week"));
  });

  it("resolves this month, last year and next year", () => {
    expect(deictic("month", 0)).toEqual(day("2004-02-01", "2004-03-01", "month"));
    expect(deictic("year", -1)).toEqual(day("2003-01-01", "2004-01-01", "year"));
    expect(deictic("year", 1)).toEqual(day("2005-01-01", "2006-01-01", "year"));
  });

  it("counts last month across the new year", () => {
    expect(span(resolveTime(time({ kind: "deictic", unit: "month", offset: -1 }), { referenceDate: "2004-01-15" }))).toEqual([
      "2003-12-01T00:00:00+00:00",
      "2004-01-01T00:00:00+00:00",
      "month",
    ]);
  });

  it("resolves this winter to the winter that holds the date, and last season to autumn", () => {
    expect(deictic("season", 0)).toEqual(day("2003-12-01", "2004-03-01", "season"));
    expect(deictic("season", -1)).toEqual(day("2003-09-01", "2003-12-01", "season"));
  });

  it("resolves last night and this morning to parts of the day", () => {
    expect(deictic("day", -1, { partOfDay: "night" })).toEqual(["2004-02-25T18:00:00+08:00", "2004-02-26T00:00:00+08:00", "part-of-day"]);
    expect(deictic("day", 0, { partOfDay: "morning" })).toEqual(["2004-02-26T06:00:00+08:00", "2004-02-26T12:00:00+08:00", "part-of-day"]);
  });

  it("narrows early last year by its modifier", () => {
    expect(deictic("year", -1, { modifier: "early" })).toEqual(day("2003-01-01", "2003-05-01", "year"));
  });

  it("says why it cannot be resolved without a reference date", () => {
    const result = resolveTime(time({ kind: "deictic", unit: "day", offset: -1, text: "yesterday" }));
    expect(problemOf(result)).toBe("no-reference-date");
    expect(!result.ok && result.problem.message).toContain('"yesterday"');
  });

  it("refuses a part of the day on a week", () => {
    expect(TimeDeictic.safeParse({ kind: "deictic", id: "t", text: "x", unit: "week", offset: 0, partOfDay: "night", evidenceIds: [] }).success).toBe(false);
  });
});

describe("offsets: a length of time before or after", () => {
  const offset = (duration: object, relation: string, extra: object = {}, options: ResolveTimeOptions = BEIJING) =>
    resolveTime(time({ kind: "offset", duration, relation, ...extra }), options);

  it("resolves six months ago to the month six months before the reference date", () => {
    expect(span(offset({ amount: 6, unit: "month" }, "before"))).toEqual(day("2003-08-01", "2003-09-01", "month"));
  });

  it("resolves in two weeks to the week it falls in", () => {
    expect(span(offset({ amount: 2, unit: "week" }, "after"))).toEqual(day("2004-03-08", "2004-03-15", "week"));
  });

  it("resolves three days after the talks against the talks' day", () => {
    const anchors = new Map([["time-talks", TALKS_DAY]]);
    expect(span(offset({ amount: 3, unit: "day" }, "after", { anchorId: "time-talks" }, { ...BEIJING, anchors }))).toEqual(day("2004-02-28", "2004-02-29"));
  });

  it("widens about a year ago by a year on each side", () => {
    expect(span(offset({ amount: 1, unit: "year", approximate: true }, "before"))).toEqual(day("2002-01-01", "2005-01-01", "year"));
  });

  it("says why a fractional number of months, a missing anchor or a missing date cannot be resolved", () => {
    expect(problemOf(offset({ amount: 1.5, unit: "month" }, "before"))).toBe("fractional-duration");
    expect(problemOf(offset({ amount: 3, unit: "day" }, "after", { anchorId: "time-talks" }))).toBe("unresolved-anchor");
    expect(problemOf(offset({ amount: 6, unit: "month" }, "before", {}, {}))).toBe("no-reference-date");
  });
});

describe("relative times: placed against another event", () => {
  const relative = (fields: object, anchor: ResolvedInterval) =>
    resolveTime(time({ kind: "relative", anchorId: "time-anchor", ...fields }), { ...BEIJING, anchors: new Map([["time-anchor", anchor]]) });

  it("resolves after and before the talks to the day after and the day before", () => {
    expect(span(relative({ relation: "after" }, TALKS_DAY))).toEqual(day("2004-02-26", "2004-02-27"));
    expect(span(relative({ relation: "before" }, TALKS_DAY))).toEqual(day("2004-02-24", "2004-02-25"));
  });

  it("resolves during the summit and as he took office to the anchor itself", () => {
    expect(span(relative({ relation: "during" }, SUMMIT_DAYS))).toEqual(day("2004-02-23", "2004-02-26"));
    expect(span(relative({ relation: "at" }, TALKS_DAY))).toEqual(day("2004-02-25", "2004-02-26"));
  });

  it("resolves the second and the last day of the summit", () => {
    expect(span(relative({ relation: "during", part: { unit: "day", ordinal: 2 } }, SUMMIT_DAYS))).toEqual(day("2004-02-24", "2004-02-25"));
    expect(span(relative({ relation: "during", part: { unit: "day", ordinal: -1 } }, SUMMIT_DAYS))).toEqual(day("2004-02-25", "2004-02-26"));
  });

  it("says why the fourth day of a three-day summit, or the second day of a summit known only by its month, cannot be told", () => {
    expect(problemOf(relative({ relation: "during", part: { unit: "day", ordinal: 4 } }, SUMMIT_DAYS))).toBe("outside-anchor");
    expect(problemOf(relative({ relation: "during", part: { unit: "day", ordinal: 2 } }, MARCH))).toBe("anchor-too-coarse");
  });

  it("needs exactly one anchor, and a part only within its anchor", () => {
    const base = { kind: "relative", id: "t", text: "x", evidenceIds: [] };
    expect(TimeRelative.safeParse({ ...base, relation: "after" }).success).toBe(false);
    expect(TimeRelative.safeParse({ ...base, relation: "after", anchorId: "a", anchorEventId: "b" }).success).toBe(false);
    expect(TimeRelative.safeParse({ ...base, relation: "after", anchorId: "a", part: { unit: "day", ordinal: 2 } }).success).toBe(false);
    expect(TimeRelative.safeParse({ ...base, relation: "during", anchorId: "a", part: { unit: "day", ordinal: 0 } }).success).toBe(false);
  });
});

describe("ranges", () => {
  const range = (from: object, to?: object) => resolveTime(time({ kind: "range", from, ...(to ? { to } : {}) }), BEIJING);

  it("resolves 1991–1995 from the start of 1991 to the end of 1995", () => {
    expect(span(range({ precision: "year", year: 1991 }, { precision: "year", year: 1995 }))).toEqual(day("1991-01-01", "1996-01-01", "year"));
  });

  it("resolves from Monday to Wednesday of this week", () => {
    expect(span(range({ precision: "day", weekday: "monday", direction: "past" }, { precision: "day", weekday: "wednesday", direction: "past" }))).toEqual(
      day("2004-02-23", "2004-02-26"),
    );
  });

  it("resolves since 1991 up to the end of the reference day", () => {
    expect(span(range({ precision: "year", year: 1991 }))).toEqual(day("1991-01-01", "2004-02-27", "year"));
  });

  it("reports a range that ends before it starts", () => {
    expect(problemOf(range({ precision: "year", year: 1995 }, { precision: "year", year: 1991 }))).toBe("reversed-range");
  });

  it("points a problem of an end at that end", () => {
    const result = range({ precision: "year", year: 1991 }, { precision: "month", month: 3 });
    expect(!result.ok && result.problem.path).toEqual(["to", "direction"]);
  });
});

describe("named periods", () => {
  it("resolves a holiday from the dates it is given", () => {
    const christmas = time({ kind: "named-period", name: "Christmas", period: "holiday", from: { precision: "day", year: 2003, month: 12, day: 25 } });
    expect(span(resolveTime(christmas, BEIJING))).toEqual(day("2003-12-25", "2003-12-26"));
    const ramadan = time({
      kind: "named-period",
      name: "Ramadan",
      period: "holiday",
      from: { precision: "day", year: 2003, month: 10, day: 27 },
      to: { precision: "day", year: 2003, month: 11, day: 25 },
    });
    expect(span(resolveTime(ramadan, BEIJING))).toEqual(day("2003-10-27", "2003-11-26"));
  });

  it("says that a holiday given no dates cannot be resolved, and why", () => {
    const result = resolveTime(time({ kind: "named-period", name: "Ramadan", period: "holiday" }), BEIJING);
    expect(problemOf(result)).toBe("no-period-dates");
    expect(!result.ok && result.problem.message).toContain("Ramadan");
  });

  it("refuses dates and a post together", () => {
    expect(
      TimeNamedPeriod.safeParse({ kind: "named-period", id: "t", text: "x", name: "x", period: "term-of-office", postId: "p", from: { precision: "year", year: 1 }, evidenceIds: [] })
        .success,
    ).toBe(false);
  });
});

describe("seasons, weeks and clock times", () => {
  const value = (fields: object) => span(resolveTimeValue(TimeValue.parse(fields), BEIJING));

  it("resolves seasons in both hemispheres, a winter from its December", () => {
    expect(value({ precision: "season", season: "spring", year: 2004 })).toEqual(day("2004-03-01", "2004-06-01", "season"));
    expect(value({ precision: "season", season: "winter", year: 2003 })).toEqual(day("2003-12-01", "2004-03-01", "season"));
    expect(value({ precision: "season", season: "winter", year: 2004, hemisphere: "southern" })).toEqual(day("2004-06-01", "2004-09-01", "season"));
    expect(value({ precision: "season", season: "spring", year: 2004, modifier: "late" })).toEqual(day("2004-05-01", "2004-06-01", "season"));
  });

  it("reads a season with no year in the direction given", () => {
    expect(value({ precision: "season", season: "spring", direction: "past" })).toEqual(day("2003-03-01", "2003-06-01", "season"));
    expect(value({ precision: "season", season: "spring", direction: "future" })).toEqual(day("2004-03-01", "2004-06-01", "season"));
    expect(value({ precision: "season", season: "winter", direction: "past" })).toEqual(day("2003-12-01", "2004-03-01", "season"));
  });

  it("resolves ISO weeks by number and the week of a day", () => {
    expect(value({ precision: "week", year: 2004, week: 12 })).toEqual(day("2004-03-15", "2004-03-22", "week"));
    expect(value({ precision: "week", year: 2004, month: 3, day: 12 })).toEqual(day("2004-03-08", "2004-03-15", "week"));
    expect(problemOf(resolveTimeValue({ precision: "week", year: 2003, week: 53 }, BEIJING))).toBe("no-such-date");
  });

  it("resolves clock times on the reference date or a named day", () => {
    expect(value({ precision: "minute", hour: 10, minute: 30 })).toEqual(["2004-02-26T10:30:00+08:00", "2004-02-26T10:31:00+08:00", "minute"]);
    expect(value({ precision: "hour", hour: 15, weekday: "wednesday", direction: "past" })).toEqual([
      "2004-02-25T15:00:00+08:00",
      "2004-02-25T16:00:00+08:00",
      "hour",
    ]);
    expect(value({ precision: "hour", hour: 15, modifier: "approximate" })).toEqual(["2004-02-26T14:00:00+08:00", "2004-02-26T17:00:00+08:00", "hour"]);
    expect(problemOf(resolveTimeValue({ precision: "hour", hour: 15 }))).toBe("no-reference-date");
  });

  it("refuses a precision whose fields are missing", () => {
    expect(TimeValue.safeParse({ precision: "season" }).success).toBe(false);
    expect(TimeValue.safeParse({ precision: "week", year: 2004 }).success).toBe(false);
    expect(TimeValue.safeParse({ precision: "minute", minute: 30 }).success).toBe(false);
  });
});

describe("resolveDocumentTimes: anchors in the document", () => {
  const article = { text: "…", offsetUnit: "utf-16-code-unit" as const, referenceDate: "2004-02-26" };
  const talksTime = time({ kind: "point", id: "time-talks", utcOffset: "+08:00", value: { precision: "day", weekday: "wednesday", direction: "past" } });

  it("anchors a relative time to a meeting through the meeting's time", () => {
    const after = time({ kind: "relative", id: "time-after-talks", text: "after the talks", relation: "after", anchorEventId: "talks" });
    const times = resolveDocumentTimes({ article, times: [after, talksTime], meetings: [{ id: "talks", timeId: "time-talks" } as never] }, { utcOffset: "+08:00" });
    expect(span(times.get(after.id)!)).toEqual(day("2004-02-26", "2004-02-27"));
  });

  it("says that a time anchored to an event with no time cannot be placed", () => {
    const after = time({ kind: "relative", id: "time-after-talks", text: "after the talks", relation: "after", anchorEventId: "talks" });
    const result = resolveDocumentTimes({ article, times: [after], meetings: [{ id: "talks" } as never] }).get(after.id)!;
    expect(problemOf(result)).toBe("anchor-without-time");
    expect(!result.ok && result.problem.message).toContain("does not say when");
    expect(problemOf(resolveDocumentTimes({ article, times: [after] }).get(after.id)!)).toBe("unknown-anchor");
  });

  it("resolves a term of office from its post's start and end", () => {
    const start = time({ kind: "point", id: "time-1998", value: { precision: "year", year: 1998 } });
    const end = time({ kind: "point", id: "time-2003", value: { precision: "year", year: 2003 } });
    const term = time({ kind: "named-period", id: "time-term", text: "his term as minister", name: "his term as minister", period: "term-of-office", postId: "post-minister" });
    const post = { id: "post-minister", startId: "time-1998", endId: "time-2003" } as never;
    expect(span(resolveDocumentTimes({ article, times: [term, start, end], posts: [post] }).get(term.id)!)).toEqual([
      "1998-01-01T00:00:00+00:00",
      "2004-01-01T00:00:00+00:00",
      "year",
    ]);
    const open = { id: "post-minister", startId: "time-1998" } as never;
    expect(problemOf(resolveDocumentTimes({ article, times: [term, start], posts: [open] }).get(term.id)!)).toBe("anchor-without-time");
  });

  it("reports a relative time anchored to itself", () => {
    const loop = time({ kind: "relative", id: "time-loop", relation: "after", anchorId: "time-loop" });
    expect(problemOf(resolveDocumentTimes({ article, times: [loop] }).get(loop.id)!)).toBe("anchor-cycle");
  });
});
