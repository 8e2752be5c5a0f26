import { describe, expect, it } from "vitest";
import { describeEntity, indexDocument, NewsDocument } from "../../src/index.js";
import { talksInput } from "../query/talks-document.js";

/** Describes a time expression of the talks document given only its resolved interval. */
function when(start: string, end: string, precision: "year" | "month" | "day" | "part-of-day", partOfDay?: "night"): string | undefined {
  const input = talksInput();
  input.times.push({
    kind: "point",
    id: "time-probe",
    text: "probe",
    value: partOfDay ? { precision: "part-of-day", day: 1, partOfDay } : { precision: "year", year: 2000 },
    resolved: { start, end, precision, utcOffset: start.slice(-6) },
    evidenceIds: [],
  } as never);
  return describeEntity(indexDocument(NewsDocument.parse(input)), "time-probe")?.replace('"probe": ', "");
}

describe("how intervals are written", () => {
  it("writes a whole year, a whole month and a span of whole months", () => {
    expect(when("2002-01-01T00:00:00+09:00", "2003-01-01T00:00:00+09:00", "year")).toBe("2002");
    expect(when("2002-10-01T00:00:00+09:00", "2002-11-01T00:00:00+09:00", "month")).toBe("October 2002");
    expect(when("1978-10-01T00:00:00+09:00", "2002-11-01T00:00:00+09:00", "month")).toBe("October 1978 – October 2002");
    expect(when("1978-01-01T00:00:00+09:00", "2003-01-01T00:00:00+09:00", "year")).toBe("1978 – 2002");
  });

  it("writes part of a month as a range of days, across months and years too", () => {
    expect(when("2004-03-11T00:00:00+08:00", "2004-04-01T00:00:00+08:00", "month")).toBe("11–31 March 2004");
    expect(when("2004-02-21T00:00:00+08:00", "2004-03-11T00:00:00+08:00", "month")).toBe("21 February – 10 March 2004");
    expect(when("2003-12-21T00:00:00+08:00", "2004-01-11T00:00:00+08:00", "day")).toBe("21 December 2003 – 10 January 2004");
  });

  it("writes one day with its weekday, and a part of a day by name or by hours", () => {
    expect(when("2004-02-25T00:00:00+08:00", "2004-02-26T00:00:00+08:00", "day")).toBe("Wednesday 25 February 2004");
    expect(when("2004-02-25T18:00:00+08:00", "2004-02-26T00:00:00+08:00", "part-of-day", "night")).toBe("Wednesday 25 February 2004, night");
    expect(when("2004-02-25T06:00:00+08:00", "2004-02-25T12:00:00+08:00", "part-of-day")).toBe("Wednesday 25 February 2004, 06:00–12:00");
  });

  it("writes a span of hours across days with both days", () => {
    expect(when("2004-02-25T18:00:00+08:00", "2004-02-27T06:00:00+08:00", "part-of-day")).toBe(
      "Wednesday 25 February 2004 18:00 – Friday 27 February 2004 06:00",
    );
  });

  it("writes years before 100 as they are", () => {
    expect(when("0044-03-01T00:00:00+00:00", "0044-04-01T00:00:00+00:00", "month")).toBe("March 0044");
  });
});

describe("the date words", () => {
  it("writes each pattern the descriptions use as date-fns' format does, on every day of a leap and a common year", async () => {
    const { format } = await import("date-fns/format");
    const { formatDay } = await import("../../src/describe/_lib/format-when.js");
    const patterns = ["EEEE d MMMM yyyy", "yyyy", "MMMM yyyy", "d MMMM yyyy", "d", "d MMMM", "yyyy-MM-dd"];
    const disagreements: string[] = [];
    for (const year of [1999, 2004])
      for (let day = new Date(year, 0, 1, 12); day.getFullYear() === year; day.setDate(day.getDate() + 1)) {
        const iso = `${year}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}T10:00:00+08:00`;
        for (const pattern of patterns) {
          const ours = formatDay(iso, pattern);
          const theirs = format(day, pattern);
          if (ours !== theirs) disagreements.push(`${iso} ${pattern}: ${ours} vs ${theirs}`);
        }
      }
    expect(disagreements).toEqual([]);
    const early = new Date(2000, 0, 1, 12);
    early.setFullYear(50, 2, 1);
    expect(formatDay("0050-03-01")).toBe(format(early, "EEEE d MMMM yyyy"));
    expect(formatDay("0050-03-01")).toMatch(/ 0050$/);
  });
});
