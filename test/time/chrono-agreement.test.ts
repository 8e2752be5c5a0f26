import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { TimeExpression, type ResolvedInterval } from "../../src/model/time.js";
import { resolveTime } from "../../src/time/index.js";

// The article's reference date, Thursday 26 February 2004, in Beijing (UTC+8). chrono
// takes a reference instant and a zone in minutes; noon keeps the day clear of the edges.
const REFERENCE_DATE = "2004-02-26";
const CHRONO_REFERENCE = { instant: new Date("2004-02-26T12:00:00+08:00"), timezone: 480 };

const OCTOBER_2002: ResolvedInterval = {
  start: "2002-10-01T00:00:00+08:00",
  end: "2002-11-01T00:00:00+08:00",
  precision: "month",
  utcOffset: "+08:00",
};

/** Our reading of a phrase, written as an encoder would write it. */
function ours(expression: object): ResolvedInterval {
  const result = resolveTime(TimeExpression.parse({ id: "time-x", evidenceIds: [], ...expression }), {
    referenceDate: REFERENCE_DATE,
    utcOffset: "+08:00",
    anchors: new Map([["time-oct-2002", OCTOBER_2002]]),
  });
  if (!result.ok) throw new Error(result.problem.message);
  return result.interval;
}

/** chrono's reading: the text it matched and the instant it gives, in UTC, or nothing. */
function theirs(phrase: string, direction: "past" | "future") {
  const [first] = chrono.parse(phrase, CHRONO_REFERENCE, { forwardDate: direction === "future" });
  if (!first) return undefined;
  return { text: first.text, instant: first.start.date().toISOString(), hasEnd: first.end !== null };
}

const within = (instant: string, interval: ResolvedInterval) =>
  Date.parse(interval.start) <= Date.parse(instant) && Date.parse(instant) < Date.parse(interval.end);

const table: { phrase: string; direction: string; ours: string; chrono: string; agree: boolean }[] = [];
/** Records a row; chrono agrees when it read all the time words and its instant lies in our interval. */
function record(phrase: string, direction: string, interval: ResolvedInterval, reading: ReturnType<typeof theirs>, timeWords = phrase) {
  const agree = reading !== undefined && reading.text === timeWords && within(reading.instant, interval);
  table.push({ phrase, direction, ours: `${interval.start} … ${interval.end}`, chrono: reading ? `"${reading.text}" ${reading.instant}` : "(nothing)", agree });
  return agree;
}

describe("resolveTime agrees with chrono-node", () => {
  // Where chrono gives an instant, "agree" means it read the whole phrase and its instant
  // lies in our interval: chrono never gives an interval for these phrases, only a
  // single instant with the hours it does not know filled in (noon, or 20:00 for night).

  it("agrees on a past Thursday: the reference date itself", () => {
    const interval = ours({ kind: "point", text: "Thursday", value: { precision: "day", weekday: "thursday", direction: "past" } });
    const reading = theirs("Thursday", "past");
    expect(interval).toMatchObject({ start: "2004-02-26T00:00:00+08:00", end: "2004-02-27T00:00:00+08:00" });
    expect(reading).toEqual({ text: "Thursday", instant: "2004-02-26T04:00:00.000Z", hasEnd: false });
    expect(record("Thursday", "past", interval, reading)).toBe(true);
  });

  it("agrees on a past Wednesday: the day before", () => {
    const interval = ours({ kind: "point", text: "Wednesday", value: { precision: "day", weekday: "wednesday", direction: "past" } });
    const reading = theirs("Wednesday", "past");
    expect(reading?.instant).toBe("2004-02-25T04:00:00.000Z");
    expect(record("Wednesday", "past", interval, reading)).toBe(true);
  });

  it("agrees on Wednesday night, where chrono gives 20:00 inside our 18:00–24:00", () => {
    const interval = ours({
      kind: "point",
      text: "Wednesday night",
      value: { precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" },
    });
    const reading = theirs("Wednesday night", "past");
    expect(interval).toMatchObject({ start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00" });
    // 12:00Z is 20:00 in Beijing: one instant, no end.
    expect(reading).toEqual({ text: "Wednesday night", instant: "2004-02-25T12:00:00.000Z", hasEnd: false });
    expect(record("Wednesday night", "past", interval, reading)).toBe(true);
  });

  it("agrees on March in the future: the coming March", () => {
    const interval = ours({ kind: "point", text: "in March", value: { precision: "month", month: 3, direction: "future" } });
    const reading = theirs("in March", "future");
    expect(interval).toMatchObject({ start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" });
    // chrono matches "March" without the preposition, as our encoders do.
    expect(reading).toEqual({ text: "March", instant: "2004-03-01T04:00:00.000Z", hasEnd: false });
    expect(record("in March", "future", interval, reading, "March")).toBe(true);
  });

  it("agrees on October 2002", () => {
    const interval = ours({ kind: "point", text: "October 2002", value: { precision: "month", year: 2002, month: 10 } });
    const reading = theirs("October 2002", "past");
    expect(reading?.instant).toBe("2002-10-01T04:00:00.000Z");
    expect(record("October 2002", "-", interval, reading)).toBe(true);
  });

  it("differs on a future Thursday: chrono skips the reference date, we take it", () => {
    const interval = ours({ kind: "point", text: "Thursday", value: { precision: "day", weekday: "thursday", direction: "future" } });
    const reading = theirs("Thursday", "future");
    expect(record("Thursday", "future", interval, reading)).toBe(false);
    // Ours is "the earliest on or after": the reference date itself. chrono's forwardDate
    // takes the next Thursday strictly after it, a week later.
    expect(interval.start).toBe("2004-02-26T00:00:00+08:00");
    expect(reading?.instant).toBe("2004-03-04T04:00:00.000Z");
  });

  it("differs on mid-March: chrono has no notion of mid and reads only March", () => {
    const interval = ours({ kind: "point", text: "mid-March", value: { precision: "month", month: 3, modifier: "mid", direction: "future" } });
    const reading = theirs("mid-March", "future");
    expect(record("mid-March", "future", interval, reading)).toBe(false);
    // chrono matched "March" and gave its first day, which is before days 11–20.
    expect(reading).toEqual({ text: "March", instant: "2004-03-01T04:00:00.000Z", hasEnd: false });
    expect(Date.parse(reading!.instant)).toBeLessThan(Date.parse(interval.start));
    expect(interval).toMatchObject({ start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00" });
  });

  it("differs on the middle or late part of March: chrono has no choices or parts of a month", () => {
    const phrase = "the middle or late part of March";
    const interval = ours({
      kind: "choice",
      text: phrase,
      options: [
        { precision: "month", month: 3, modifier: "mid", direction: "future" },
        { precision: "month", month: 3, modifier: "late", direction: "future" },
      ],
    });
    const reading = theirs(phrase, "future");
    expect(record(phrase, "future", interval, reading)).toBe(false);
    expect(reading).toEqual({ text: "March", instant: "2004-03-01T04:00:00.000Z", hasEnd: false });
    expect(interval).toMatchObject({ start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00" });
  });

  it("differs on 24 years: chrono has no anchors and counts from the reference date, forward only", () => {
    const interval = ours({
      kind: "duration",
      text: "24 years",
      duration: { amount: 24, unit: "year" },
      anchorId: "time-oct-2002",
      anchorRelation: "ends-at",
    });
    // Looking back, chrono finds no date at all in a bare length of time.
    expect(theirs("24 years", "past")).toBeUndefined();
    // Looking forward, it reads "24 years" as 24 years after the reference date.
    const reading = theirs("24 years", "future");
    expect(record("24 years", "future", interval, reading)).toBe(false);
    expect(reading?.instant).toBe("2028-02-26T04:00:00.000Z");
    // Ours ends with the anchor, October 2002, and starts 24 years before it.
    expect(interval).toMatchObject({ start: "1978-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00" });
  });

  it("prints the agreement table", () => {
    console.log(
      ["phrase | direction | ours | chrono | agree", ...table.map((row) => `${row.phrase} | ${row.direction} | ${row.ours} | ${row.chrono} | ${row.agree ? "yes" : "no"}`)].join("\n"),
    );
    expect(table.filter((row) => row.agree).map((row) => row.phrase)).toEqual(["Thursday", "Wednesday", "Wednesday night", "in March", "October 2002"]);
  });
});
