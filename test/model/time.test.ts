import { describe, expect, it } from "vitest";
import { Duration, ResolvedInterval, TimeExpression, TimeValue, UtcOffset } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const wednesdayNight = {
  kind: "point",
  id: "time-wednesday-night",
  text: "Wednesday night",
  utcOffset: "+08:00",
  value: { precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" },
  evidenceIds: ["ev-wednesday-night"],
};

describe("TimeValue", () => {
  it("accepts a month with a modifier and no year", () => {
    expectValid(TimeValue, { precision: "month", month: 3, modifier: "mid", direction: "future" });
  });

  it("rejects a month precision with no month", () => {
    expectIssue(TimeValue, { precision: "month", year: 2004 }, { path: ["month"], code: "custom", message: "a month precision needs a month" });
  });

  it("rejects a day precision with neither day nor weekday", () => {
    expectIssue(TimeValue, { precision: "day", month: 2 }, { path: ["day"], code: "custom", message: /needs a day or a weekday/ });
  });

  it("rejects a part-of-day precision with no part of day", () => {
    expectIssue(TimeValue, { precision: "part-of-day", weekday: "wednesday" }, { path: ["partOfDay"], code: "custom" });
  });

  it("rejects a year precision with no year", () => {
    expectIssue(TimeValue, { precision: "year" }, { path: ["year"], code: "custom", message: "a year precision needs a year" });
  });

  it("rejects month 13", () => {
    expectIssue(TimeValue, { precision: "month", month: 13 }, { path: ["month"], code: "too_big" });
  });
});

describe("TimeExpression", () => {
  it("accepts a point", () => {
    expect(expectValid(TimeExpression, wednesdayNight).kind).toBe("point");
  });

  it("accepts a choice of two values", () => {
    const choice = {
      kind: "choice",
      id: "time-mid-or-late-march",
      text: "either in the middle or late part of March",
      options: [
        { precision: "month", month: 3, modifier: "mid", direction: "future" },
        { precision: "month", month: 3, modifier: "late", direction: "future" },
      ],
      evidenceIds: [],
    };
    expect(expectValid(TimeExpression, choice).kind).toBe("choice");
  });

  it("rejects a choice of one value", () => {
    const choice = { kind: "choice", id: "c", text: "March", options: [{ precision: "month", month: 3 }], evidenceIds: [] };
    expectIssue(TimeExpression, choice, { path: ["options"], code: "too_small" });
  });

  it("accepts an anchored duration", () => {
    const span = {
      kind: "duration",
      id: "time-24-years",
      text: "24 years",
      duration: { amount: 24, unit: "year" },
      anchorId: "time-oct-2002",
      anchorRelation: "ends-at",
      evidenceIds: [],
    };
    expect(expectValid(TimeExpression, span).kind).toBe("duration");
  });

  it("rejects an unknown kind, listing the known ones", () => {
    expectIssue(TimeExpression, { ...wednesdayNight, kind: "interval" }, {
      path: ["kind"],
      code: "invalid_union",
      message: /'point' \| 'choice' \| 'duration' \| 'deictic'/,
    });
  });

  it("rejects a field of another kind on a point", () => {
    expectIssue(TimeExpression, { ...wednesdayNight, duration: { amount: 1, unit: "day" } }, {
      path: [],
      code: "unrecognized_keys",
      message: /"duration"/,
    });
  });

  it("rejects a reference date that is not a calendar date", () => {
    expectIssue(TimeExpression, { ...wednesdayNight, referenceDate: "2004-02-30" }, { path: ["referenceDate"], code: "invalid_format" });
  });
});

describe("Duration", () => {
  it("rejects a zero amount", () => {
    expectIssue(Duration, { amount: 0, unit: "year" }, { path: ["amount"], code: "too_small" });
  });
});

describe("UtcOffset", () => {
  it("accepts +08:00 and -05:30", () => {
    expect(UtcOffset.parse("+08:00")).toBe("+08:00");
    expect(UtcOffset.parse("-05:30")).toBe("-05:30");
  });

  it("rejects an offset without a sign or past +14", () => {
    for (const bad of ["08:00", "+15:00", "+8:00"]) expectIssue(UtcOffset, bad, { path: [], code: "invalid_format", message: /UTC offset/ });
  });
});

describe("ResolvedInterval", () => {
  it("requires offsets on its instants", () => {
    expectIssue(
      ResolvedInterval,
      { start: "2004-02-25T18:00:00", end: "2004-02-26T00:00:00+08:00", precision: "part-of-day", utcOffset: "+08:00" },
      { path: ["start"], code: "invalid_format" },
    );
  });
});
