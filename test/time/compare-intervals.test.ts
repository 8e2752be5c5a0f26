import { describe, expect, it } from "vitest";
import { compareIntervals, intervalContains, intervalIsAfter, intervalIsBefore, intervalsOverlap } from "../../src/time/index.js";

// Written out by hand, in Beijing time unless the test says otherwise.
const wednesdayNight = { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00" };
const thursday = { start: "2004-02-26T00:00:00+08:00", end: "2004-02-27T00:00:00+08:00" };
const march = { start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" };
const midMarch = { start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00" };
const midOrLateMarch = { start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" };
const aboutMarch = { start: "2004-02-01T00:00:00+08:00", end: "2004-05-01T00:00:00+08:00" };
const earlyOrMidMarch = { start: "2004-03-01T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00" };

describe("compareIntervals", () => {
  it("says before when a ends where b starts", () => {
    expect(compareIntervals(wednesdayNight, thursday)).toBe("before");
  });

  it("says before when a ends well before b starts, and after the other way", () => {
    expect(compareIntervals(thursday, midOrLateMarch)).toBe("before");
    expect(compareIntervals(midOrLateMarch, thursday)).toBe("after");
  });

  it("says after when a starts where b ends", () => {
    expect(compareIntervals(thursday, wednesdayNight)).toBe("after");
  });

  it("says equal for the same instants written in different offsets", () => {
    expect(compareIntervals(wednesdayNight, { start: "2004-02-25T10:00:00Z", end: "2004-02-25T16:00:00Z" })).toBe("equal");
    expect(compareIntervals(wednesdayNight, { start: "2004-02-25T11:00:00+01:00", end: "2004-02-25T17:00:00+01:00" })).toBe("equal");
  });

  it("says contains when b lies inside a, sharing a start or not", () => {
    expect(compareIntervals(march, midMarch)).toBe("contains");
    expect(compareIntervals(march, earlyOrMidMarch)).toBe("contains");
    expect(compareIntervals(march, midOrLateMarch)).toBe("contains");
  });

  it("says within when a lies inside b", () => {
    expect(compareIntervals(midMarch, march)).toBe("within");
    expect(compareIntervals(march, aboutMarch)).toBe("within");
  });

  it("says overlaps when they share instants and neither holds the other", () => {
    expect(compareIntervals(earlyOrMidMarch, midOrLateMarch)).toBe("overlaps");
    expect(compareIntervals(midOrLateMarch, earlyOrMidMarch)).toBe("overlaps");
  });

  it("takes an empty interval at b's start as before it", () => {
    const instant = { start: "2004-03-11T00:00:00+08:00", end: "2004-03-11T00:00:00+08:00" };
    expect(compareIntervals(instant, midMarch)).toBe("before");
    expect(compareIntervals(instant, instant)).toBe("equal");
    expect(compareIntervals(instant, march)).toBe("within");
  });

  it("throws a RangeError that says what to do for an interval that is not ISO 8601", () => {
    expect(() => compareIntervals({ start: "Wednesday", end: "Thursday" }, march)).toThrow(
      new RangeError(
        "compareIntervals: the interval Wednesday to Thursday is not an ordered pair of ISO 8601 date-times; validate the document (validateDocument) before comparing its times",
      ),
    );
    expect(() => compareIntervals(march, { start: thursday.end, end: thursday.start })).toThrow(RangeError);
  });
});

describe("intervalIsBefore", () => {
  it("is true only when a ends no later than b starts", () => {
    expect(intervalIsBefore(wednesdayNight, thursday)).toBe(true);
    expect(intervalIsBefore(thursday, midMarch)).toBe(true);
    expect(intervalIsBefore(earlyOrMidMarch, midOrLateMarch)).toBe(false);
    expect(intervalIsBefore(thursday, wednesdayNight)).toBe(false);
  });

  it("compares instants, not the written clock times", () => {
    // 23:00 in London is 07:00 the next day in Beijing: after Wednesday night ends.
    expect(intervalIsBefore(wednesdayNight, { start: "2004-02-25T23:00:00+00:00", end: "2004-02-26T00:00:00+00:00" })).toBe(true);
    expect(intervalIsBefore({ start: "2004-02-25T20:00:00+00:00", end: "2004-02-25T21:00:00+00:00" }, wednesdayNight)).toBe(false);
  });

  it("throws for an interval that is not ISO 8601", () => {
    expect(() => intervalIsBefore(march, { start: "soon", end: "later" })).toThrow(/^intervalIsBefore: the interval soon to later/);
  });
});

describe("intervalIsAfter", () => {
  it("is true only when a starts no earlier than b ends", () => {
    expect(intervalIsAfter(thursday, wednesdayNight)).toBe(true);
    expect(intervalIsAfter(midOrLateMarch, thursday)).toBe(true);
    expect(intervalIsAfter(midOrLateMarch, earlyOrMidMarch)).toBe(false);
    expect(intervalIsAfter(wednesdayNight, thursday)).toBe(false);
  });

  it("throws for an interval that is not ISO 8601", () => {
    expect(() => intervalIsAfter({ start: "soon", end: "later" }, march)).toThrow(/^intervalIsAfter: /);
  });
});

describe("intervalsOverlap", () => {
  it("is true when the intervals share an instant", () => {
    expect(intervalsOverlap(earlyOrMidMarch, midOrLateMarch)).toBe(true);
    expect(intervalsOverlap(march, midMarch)).toBe(true);
    expect(intervalsOverlap(midMarch, march)).toBe(true);
    expect(intervalsOverlap(march, march)).toBe(true);
  });

  it("is false when they only meet end to start, or are apart", () => {
    expect(intervalsOverlap(wednesdayNight, thursday)).toBe(false);
    expect(intervalsOverlap(thursday, wednesdayNight)).toBe(false);
    expect(intervalsOverlap(thursday, march)).toBe(false);
  });

  it("throws for an interval that is not ISO 8601", () => {
    expect(() => intervalsOverlap(march, { start: "soon", end: "later" })).toThrow(/^intervalsOverlap: /);
  });
});

describe("intervalContains", () => {
  it("is true when b lies inside a, equal intervals included", () => {
    expect(intervalContains(march, midMarch)).toBe(true);
    expect(intervalContains(march, midOrLateMarch)).toBe(true);
    expect(intervalContains(march, march)).toBe(true);
  });

  it("is false when b reaches outside a", () => {
    expect(intervalContains(midMarch, march)).toBe(false);
    expect(intervalContains(march, aboutMarch)).toBe(false);
    expect(intervalContains(earlyOrMidMarch, midOrLateMarch)).toBe(false);
  });

  it("throws for an interval that is not ISO 8601", () => {
    expect(() => intervalContains({ start: "soon", end: "later" }, march)).toThrow(/^intervalContains: /);
  });
});
