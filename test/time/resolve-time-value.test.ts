import { afterEach, describe, expect, it } from "vitest";
import type { TimeValue } from "../../src/model/time.js";
import { resolveTimeValue, type ResolveTimeValueOptions } from "../../src/time/index.js";

// Thursday 26 February 2004, the day the article was filed, in Beijing.
const BEIJING: ResolveTimeValueOptions = { referenceDate: "2004-02-26", utcOffset: "+08:00" };

function interval(value: TimeValue, options: ResolveTimeValueOptions = BEIJING) {
  const result = resolveTimeValue(value, options);
  if (!result.ok) throw new Error(`expected an interval, got ${result.problem.code}: ${result.problem.message}`);
  return result.interval;
}

function span(value: TimeValue, options: ResolveTimeValueOptions = BEIJING) {
  const { start, end } = interval(value, options);
  return [start, end];
}

function problem(value: TimeValue, options: ResolveTimeValueOptions = BEIJING) {
  const result = resolveTimeValue(value, options);
  if (result.ok) throw new Error(`expected a problem, got ${result.interval.start} to ${result.interval.end}`);
  return result.problem;
}

describe("resolveTimeValue: weekdays", () => {
  it("takes a past Wednesday as the day before a Thursday reference date", () => {
    expect(interval({ precision: "day", weekday: "wednesday", direction: "past" })).toEqual({
      start: "2004-02-25T00:00:00+08:00",
      end: "2004-02-26T00:00:00+08:00",
      precision: "day",
      utcOffset: "+08:00",
    });
  });

  it("takes a future Wednesday as the next one, across the 29 February of a leap year", () => {
    expect(span({ precision: "day", weekday: "wednesday", direction: "future" })).toEqual([
      "2004-03-03T00:00:00+08:00",
      "2004-03-04T00:00:00+08:00",
    ]);
  });

  it("takes the reference date itself for its own weekday, in both directions", () => {
    const thursday = ["2004-02-26T00:00:00+08:00", "2004-02-27T00:00:00+08:00"];
    expect(span({ precision: "day", weekday: "thursday", direction: "past" })).toEqual(thursday);
    expect(span({ precision: "day", weekday: "thursday", direction: "future" })).toEqual(thursday);
  });

  it("goes back almost a week for a past Friday", () => {
    expect(span({ precision: "day", weekday: "friday", direction: "past" })).toEqual([
      "2004-02-20T00:00:00+08:00",
      "2004-02-21T00:00:00+08:00",
    ]);
  });

  it("crosses into the previous year for a past weekday early in January", () => {
    // 2 January 2004 was a Friday; the Wednesday before was New Year's Eve.
    expect(span({ precision: "day", weekday: "wednesday", direction: "past" }, { referenceDate: "2004-01-02" })).toEqual([
      "2003-12-31T00:00:00+00:00",
      "2004-01-01T00:00:00+00:00",
    ]);
  });

  it("takes the direction from the options when the value gives none", () => {
    expect(span({ precision: "day", weekday: "wednesday" }, { ...BEIJING, direction: "past" })).toEqual([
      "2004-02-25T00:00:00+08:00",
      "2004-02-26T00:00:00+08:00",
    ]);
  });

  it("lets the value's own direction win over the options'", () => {
    expect(span({ precision: "day", weekday: "wednesday", direction: "future" }, { ...BEIJING, direction: "past" })).toEqual([
      "2004-03-03T00:00:00+08:00",
      "2004-03-04T00:00:00+08:00",
    ]);
  });

  it("reports a weekday with no direction", () => {
    expect(problem({ precision: "day", weekday: "wednesday" })).toEqual({
      code: "no-direction",
      path: ["direction"],
      message: 'the weekday "wednesday" gives no direction: set value.direction or options.direction to "past" or "future"',
    });
  });

  it("reports a weekday with no reference date", () => {
    expect(problem({ precision: "day", weekday: "wednesday", direction: "past" }, { utcOffset: "+08:00" })).toEqual({
      code: "no-reference-date",
      path: ["referenceDate"],
      message: 'the weekday "wednesday" gives no year, so it needs a reference date to be read against',
    });
  });

  it("reports a weekday that comes with a month but no day", () => {
    expect(problem({ precision: "day", weekday: "wednesday", month: 2, direction: "past" })).toEqual({
      code: "incomplete-value",
      path: ["day"],
      message: 'the weekday "wednesday" comes with a year or month but no day: give the day of the month',
    });
  });

  it("accepts a weekday that agrees with a full date and reports one that does not", () => {
    expect(span({ precision: "day", year: 2004, month: 2, day: 25, weekday: "wednesday" })).toEqual([
      "2004-02-25T00:00:00+08:00",
      "2004-02-26T00:00:00+08:00",
    ]);
    expect(problem({ precision: "day", year: 2004, month: 2, day: 25, weekday: "thursday" })).toEqual({
      code: "weekday-mismatch",
      path: ["weekday"],
      message: "2004-02-25 is not a thursday",
    });
  });
});

describe("resolveTimeValue: parts of the day", () => {
  const wednesday = { precision: "part-of-day", weekday: "wednesday", direction: "past" } as const;

  it("takes morning as 06:00 to 12:00", () => {
    expect(span({ ...wednesday, partOfDay: "morning" })).toEqual(["2004-02-25T06:00:00+08:00", "2004-02-25T12:00:00+08:00"]);
  });

  it("takes afternoon as 12:00 to 18:00", () => {
    expect(span({ ...wednesday, partOfDay: "afternoon" })).toEqual(["2004-02-25T12:00:00+08:00", "2004-02-25T18:00:00+08:00"]);
  });

  it("takes evening as 18:00 to 22:00", () => {
    expect(span({ ...wednesday, partOfDay: "evening" })).toEqual(["2004-02-25T18:00:00+08:00", "2004-02-25T22:00:00+08:00"]);
  });

  it("takes Wednesday night as 18:00 Wednesday to midnight going into Thursday", () => {
    expect(interval({ ...wednesday, partOfDay: "night" })).toEqual({
      start: "2004-02-25T18:00:00+08:00",
      end: "2004-02-26T00:00:00+08:00",
      precision: "part-of-day",
      utcOffset: "+08:00",
    });
  });

  it("reports a part-of-day precision with no part of the day", () => {
    expect(problem({ precision: "part-of-day", weekday: "wednesday", direction: "past" })).toEqual({
      code: "incomplete-value",
      path: ["partOfDay"],
      message: "a part-of-day precision needs partOfDay",
    });
  });

  it("uses the whole day when the precision is day even if a part is given", () => {
    expect(span({ precision: "day", weekday: "wednesday", partOfDay: "night", direction: "past" })).toEqual([
      "2004-02-25T00:00:00+08:00",
      "2004-02-26T00:00:00+08:00",
    ]);
  });
});

describe("resolveTimeValue: months without a year", () => {
  it("takes a future March as the coming one", () => {
    expect(span({ precision: "month", month: 3, direction: "future" })).toEqual([
      "2004-03-01T00:00:00+08:00",
      "2004-04-01T00:00:00+08:00",
    ]);
  });

  it("takes a past March as the one of the year before", () => {
    expect(span({ precision: "month", month: 3, direction: "past" })).toEqual([
      "2003-03-01T00:00:00+08:00",
      "2003-04-01T00:00:00+08:00",
    ]);
  });

  it("takes the month that holds the reference date in both directions", () => {
    const february = ["2004-02-01T00:00:00+08:00", "2004-03-01T00:00:00+08:00"];
    expect(span({ precision: "month", month: 2, direction: "past" })).toEqual(february);
    expect(span({ precision: "month", month: 2, direction: "future" })).toEqual(february);
  });

  it("crosses the year boundary: a past December from January is last year's", () => {
    expect(span({ precision: "month", month: 12, direction: "past" }, { referenceDate: "2004-01-02" })).toEqual([
      "2003-12-01T00:00:00+00:00",
      "2004-01-01T00:00:00+00:00",
    ]);
  });

  it("crosses the year boundary: a future January from late December is next year's", () => {
    expect(span({ precision: "month", month: 1, direction: "future" }, { referenceDate: "2003-12-30" })).toEqual([
      "2004-01-01T00:00:00+00:00",
      "2004-02-01T00:00:00+00:00",
    ]);
  });

  it("takes a future December from January in the same year", () => {
    expect(span({ precision: "month", month: 12, direction: "future" }, { referenceDate: "2004-01-02" })).toEqual([
      "2004-12-01T00:00:00+00:00",
      "2005-01-01T00:00:00+00:00",
    ]);
  });

  it("reports a month with no year and no direction", () => {
    expect(problem({ precision: "month", month: 3 })).toEqual({
      code: "no-direction",
      path: ["direction"],
      message: 'the month 3 gives no direction: set value.direction or options.direction to "past" or "future"',
    });
  });

  it("reports a month precision with no month", () => {
    expect(problem({ precision: "month", year: 2004 } as TimeValue)).toEqual({
      code: "incomplete-value",
      path: ["month"],
      message: "a month precision needs a month",
    });
  });
});

describe("resolveTimeValue: dates", () => {
  it("resolves a full date", () => {
    expect(span({ precision: "day", year: 2004, month: 2, day: 29 })).toEqual([
      "2004-02-29T00:00:00+08:00",
      "2004-03-01T00:00:00+08:00",
    ]);
  });

  it("takes the latest past date of a day and month with no year", () => {
    expect(span({ precision: "day", month: 12, day: 25, direction: "past" })).toEqual([
      "2003-12-25T00:00:00+08:00",
      "2003-12-26T00:00:00+08:00",
    ]);
    expect(span({ precision: "day", month: 2, day: 26, direction: "past" })).toEqual([
      "2004-02-26T00:00:00+08:00",
      "2004-02-27T00:00:00+08:00",
    ]);
  });

  it("takes the earliest future date of a day and month with no year", () => {
    expect(span({ precision: "day", month: 2, day: 25, direction: "future" })).toEqual([
      "2005-02-25T00:00:00+08:00",
      "2005-02-26T00:00:00+08:00",
    ]);
  });

  it("finds the nearest leap year for a 29 February with no year", () => {
    expect(span({ precision: "day", month: 2, day: 29, direction: "future" }, { referenceDate: "2005-01-01" })).toEqual([
      "2008-02-29T00:00:00+00:00",
      "2008-03-01T00:00:00+00:00",
    ]);
    // The 29 February of 2004 is three days after the reference date: not yet past.
    expect(span({ precision: "day", month: 2, day: 29, direction: "past" }, { referenceDate: "2004-02-26" })).toEqual([
      "2000-02-29T00:00:00+00:00",
      "2000-03-01T00:00:00+00:00",
    ]);
    expect(span({ precision: "day", month: 2, day: 29, direction: "past" }, { referenceDate: "2007-06-01" })).toEqual([
      "2004-02-29T00:00:00+00:00",
      "2004-03-01T00:00:00+00:00",
    ]);
  });

  it("reports a day and month with no year and no direction", () => {
    expect(problem({ precision: "day", month: 12, day: 25 })).toEqual({
      code: "no-direction",
      path: ["direction"],
      message: 'the date 12-25 gives no direction: set value.direction or options.direction to "past" or "future"',
    });
  });

  it("reports 29 February of a common year", () => {
    expect(problem({ precision: "day", year: 2003, month: 2, day: 29 })).toEqual({
      code: "no-such-date",
      path: ["day"],
      message: "2003-02 has no day 29",
    });
  });

  it("reports a day no year has, even without a year", () => {
    expect(problem({ precision: "day", month: 4, day: 31, direction: "future" })).toEqual({
      code: "no-such-date",
      path: ["day"],
      message: "month 4 has no day 31 in any year",
    });
  });

  it("reports a day of the month with no month", () => {
    expect(problem({ precision: "day", day: 5, direction: "past" })).toEqual({
      code: "incomplete-value",
      path: ["month"],
      message: "the day 5 gives no month: a day of the month needs its month",
    });
  });

  it("reports a day precision with neither day nor weekday", () => {
    expect(problem({ precision: "day", year: 2004, month: 2 })).toEqual({
      code: "incomplete-value",
      path: ["day"],
      message: "a day precision needs a day or a weekday",
    });
  });
});

describe("resolveTimeValue: years and months with a year", () => {
  it("resolves a year to the whole of it", () => {
    expect(interval({ precision: "year", year: 2002 })).toEqual({
      start: "2002-01-01T00:00:00+08:00",
      end: "2003-01-01T00:00:00+08:00",
      precision: "year",
      utcOffset: "+08:00",
    });
  });

  it("resolves October 2002 without a reference date", () => {
    expect(span({ precision: "month", year: 2002, month: 10 }, { utcOffset: "+08:00" })).toEqual([
      "2002-10-01T00:00:00+08:00",
      "2002-11-01T00:00:00+08:00",
    ]);
  });

  it("writes years below 1000 with four digits", () => {
    expect(span({ precision: "year", year: 45 })).toEqual(["0045-01-01T00:00:00+08:00", "0046-01-01T00:00:00+08:00"]);
  });

  it("reports a year precision with no year", () => {
    expect(problem({ precision: "year" } as TimeValue)).toEqual({
      code: "incomplete-value",
      path: ["year"],
      message: "a year precision needs a year",
    });
  });
});

describe("resolveTimeValue: early, mid and late", () => {
  const march = { precision: "month", month: 3, direction: "future" } as const;

  it("takes early March as days 1 to 10", () => {
    expect(span({ ...march, modifier: "early" })).toEqual(["2004-03-01T00:00:00+08:00", "2004-03-11T00:00:00+08:00"]);
  });

  it("takes mid-March as days 11 to 20", () => {
    expect(span({ ...march, modifier: "mid" })).toEqual(["2004-03-11T00:00:00+08:00", "2004-03-21T00:00:00+08:00"]);
  });

  it("takes late March as day 21 to the 31st", () => {
    expect(span({ ...march, modifier: "late" })).toEqual(["2004-03-21T00:00:00+08:00", "2004-04-01T00:00:00+08:00"]);
  });

  it("ends late in the month on its last day, whatever its length", () => {
    const late = (year: number, month: number) => span({ precision: "month", year, month, modifier: "late" });
    expect(late(2004, 4)).toEqual(["2004-04-21T00:00:00+08:00", "2004-05-01T00:00:00+08:00"]); // 30 days
    expect(late(2004, 2)).toEqual(["2004-02-21T00:00:00+08:00", "2004-03-01T00:00:00+08:00"]); // 29 days
    expect(late(2003, 2)).toEqual(["2003-02-21T00:00:00+08:00", "2003-03-01T00:00:00+08:00"]); // 28 days
    expect(late(2003, 12)).toEqual(["2003-12-21T00:00:00+08:00", "2004-01-01T00:00:00+08:00"]); // 31 days
  });

  it("gives late February eight days in a common year and nine in a leap year", () => {
    const days = (year: number) => {
      const { start, end } = interval({ precision: "month", year, month: 2, modifier: "late" });
      return (Date.parse(end) - Date.parse(start)) / 86_400_000;
    };
    expect(days(2003)).toBe(8);
    expect(days(2004)).toBe(9);
    expect(days(1900)).toBe(8);
    expect(days(2000)).toBe(9);
  });

  it("takes early, mid and late of a year as its thirds by month", () => {
    expect(span({ precision: "year", year: 2002, modifier: "early" })).toEqual(["2002-01-01T00:00:00+08:00", "2002-05-01T00:00:00+08:00"]);
    expect(span({ precision: "year", year: 2002, modifier: "mid" })).toEqual(["2002-05-01T00:00:00+08:00", "2002-09-01T00:00:00+08:00"]);
    expect(span({ precision: "year", year: 2002, modifier: "late" })).toEqual(["2002-09-01T00:00:00+08:00", "2003-01-01T00:00:00+08:00"]);
  });

  it("takes late Wednesday as 16:00 to midnight", () => {
    expect(span({ precision: "day", weekday: "wednesday", direction: "past", modifier: "late" })).toEqual([
      "2004-02-25T16:00:00+08:00",
      "2004-02-26T00:00:00+08:00",
    ]);
    expect(span({ precision: "day", weekday: "wednesday", direction: "past", modifier: "early" })).toEqual([
      "2004-02-25T00:00:00+08:00",
      "2004-02-25T08:00:00+08:00",
    ]);
  });

  it("reports early, mid or late of a part of the day", () => {
    expect(problem({ precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past", modifier: "early" })).toEqual({
      code: "unsupported-modifier",
      path: ["modifier"],
      message: '"early" has no meaning for a part of the day; use a day precision ("late Wednesday")',
    });
  });
});

describe("resolveTimeValue: approximate, before and after", () => {
  it("widens an approximate year by a year on each side", () => {
    expect(span({ precision: "year", year: 2002, modifier: "approximate" })).toEqual([
      "2001-01-01T00:00:00+08:00",
      "2004-01-01T00:00:00+08:00",
    ]);
  });

  it("widens an approximate month by a month on each side", () => {
    expect(span({ precision: "month", year: 2004, month: 3, modifier: "approximate" })).toEqual([
      "2004-02-01T00:00:00+08:00",
      "2004-05-01T00:00:00+08:00",
    ]);
  });

  it("widens an approximate day by a day on each side", () => {
    expect(span({ precision: "day", weekday: "wednesday", direction: "past", modifier: "approximate" })).toEqual([
      "2004-02-24T00:00:00+08:00",
      "2004-02-27T00:00:00+08:00",
    ]);
  });

  it("widens an approximate part of the day by its own length on each side", () => {
    expect(
      span({ precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past", modifier: "approximate" }),
    ).toEqual(["2004-02-25T12:00:00+08:00", "2004-02-26T06:00:00+08:00"]);
  });

  it("takes before March 2004 as February 2004", () => {
    expect(span({ precision: "month", year: 2004, month: 3, modifier: "before" })).toEqual([
      "2004-02-01T00:00:00+08:00",
      "2004-03-01T00:00:00+08:00",
    ]);
  });

  it("takes after October 2002 as November 2002", () => {
    expect(span({ precision: "month", year: 2002, month: 10, modifier: "after" })).toEqual([
      "2002-11-01T00:00:00+08:00",
      "2002-12-01T00:00:00+08:00",
    ]);
  });

  it("takes before and after a day as the day before and the day after", () => {
    expect(span({ precision: "day", year: 2004, month: 3, day: 1, modifier: "before" })).toEqual([
      "2004-02-29T00:00:00+08:00",
      "2004-03-01T00:00:00+08:00",
    ]);
    expect(span({ precision: "year", year: 2002, modifier: "after" })).toEqual(["2003-01-01T00:00:00+08:00", "2004-01-01T00:00:00+08:00"]);
  });

  it("reports an interval that runs past the year 9999", () => {
    expect(problem({ precision: "year", year: 9999 })).toEqual({
      code: "out-of-range",
      path: [],
      message: "the interval runs from year 9999 to year 10000, outside the years 0001–9999 that ISO 8601 date-times can write",
    });
  });

  it("reports an interval that starts before the year 1", () => {
    expect(problem({ precision: "year", year: 1, modifier: "before" }).code).toBe("out-of-range");
  });
});

describe("resolveTimeValue: offsets and options", () => {
  it("writes the interval in the event's own offset, west of UTC too", () => {
    expect(interval({ precision: "day", year: 2004, month: 2, day: 25 }, { utcOffset: "-05:00" })).toEqual({
      start: "2004-02-25T00:00:00-05:00",
      end: "2004-02-26T00:00:00-05:00",
      precision: "day",
      utcOffset: "-05:00",
    });
  });

  it("uses +00:00 when no offset is given", () => {
    expect(interval({ precision: "year", year: 2002 }, {}).utcOffset).toBe("+00:00");
    expect(interval({ precision: "year", year: 2002 }).utcOffset).toBe("+08:00");
  });

  it("reports a reference date that is not a real day", () => {
    expect(problem({ precision: "year", year: 2002 }, { referenceDate: "2003-02-29" })).toEqual({
      code: "invalid-reference-date",
      path: ["referenceDate"],
      message: 'the reference date "2003-02-29" is not a real date written YYYY-MM-DD',
    });
    expect(problem({ precision: "year", year: 2002 }, { referenceDate: "26/02/2004" }).code).toBe("invalid-reference-date");
    expect(problem({ precision: "year", year: 2002 }, { referenceDate: "0000-01-01" }).code).toBe("invalid-reference-date");
  });

  it("reports an offset that is not +hh:mm", () => {
    expect(problem({ precision: "year", year: 2002 }, { utcOffset: "+8" })).toEqual({
      code: "invalid-utc-offset",
      path: ["utcOffset"],
      message: 'the UTC offset "+8" is not an offset such as "+08:00" or "-05:00"',
    });
  });
});

describe("resolveTimeValue: the machine's own time zone", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it("gives the same result where local midnight does not exist", () => {
    // São Paulo skipped from 00:00 to 01:00 on 2 November 2004; a local-time calendar
    // would start that day at 01:00.
    process.env.TZ = "America/Sao_Paulo";
    expect(new Date(2004, 10, 2).getHours()).toBe(1);
    expect(span({ precision: "day", year: 2004, month: 11, day: 2 }, { utcOffset: "-03:00" })).toEqual([
      "2004-11-02T00:00:00-03:00",
      "2004-11-03T00:00:00-03:00",
    ]);
    expect(span({ precision: "day", weekday: "tuesday", direction: "future" }, { referenceDate: "2004-10-31", utcOffset: "-03:00" })).toEqual([
      "2004-11-02T00:00:00-03:00",
      "2004-11-03T00:00:00-03:00",
    ]);
  });
});
