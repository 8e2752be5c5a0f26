import { addDays as dfAddDays } from "date-fns/addDays";
import { addHours as dfAddHours } from "date-fns/addHours";
import { addMonths as dfAddMonths } from "date-fns/addMonths";
import { addYears as dfAddYears } from "date-fns/addYears";
import { getDaysInMonth as dfGetDaysInMonth } from "date-fns/getDaysInMonth";
import { lightFormat } from "date-fns/lightFormat";
import { subDays as dfSubDays } from "date-fns/subDays";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addHours,
  addMilliseconds,
  addMonths,
  addYears,
  formatWithOffset,
  getDaysInMonth,
  subDays,
  wallClock,
  WallClock,
} from "../../src/time/_lib/wall-clock.js";

const day = (date: WallClock): string => formatWithOffset(date, "+00:00").slice(0, 10);

describe("the wall-clock calendar arithmetic", () => {
  it("keeps a month step within the month it lands in", () => {
    expect(day(addMonths(wallClock(2004, 1, 31), 1))).toBe("2004-02-29");
    expect(day(addMonths(wallClock(2003, 1, 31), 1))).toBe("2003-02-28");
    expect(day(addMonths(wallClock(2004, 3, 31), -1))).toBe("2004-02-29");
    expect(day(addMonths(wallClock(2004, 1, 15), 13))).toBe("2005-02-15");
    expect(day(addYears(wallClock(2004, 2, 29), 1))).toBe("2005-02-28");
  });

  it("steps over the ends of months and years by days and hours", () => {
    expect(day(addDays(wallClock(2003, 12, 31), 1))).toBe("2004-01-01");
    expect(day(subDays(wallClock(2004, 3, 1), 1))).toBe("2004-02-29");
    expect(formatWithOffset(addHours(wallClock(2004, 2, 25, 18), 6), "+08:00")).toBe("2004-02-26T00:00:00+08:00");
    expect(formatWithOffset(addMilliseconds(wallClock(2004, 2, 25), 90_000), "-05:00")).toBe("2004-02-25T00:01:30-05:00");
  });

  it("counts the days of leap and common months", () => {
    expect(getDaysInMonth(wallClock(2004, 2, 10))).toBe(29);
    expect(getDaysInMonth(wallClock(1900, 2, 10))).toBe(28);
    expect(getDaysInMonth(wallClock(2000, 2, 10))).toBe(29);
    expect(getDaysInMonth(wallClock(2004, 4, 30))).toBe(30);
  });

  it("returns a copy and leaves its argument as it was", () => {
    const start = wallClock(2004, 2, 25);
    const moved = addDays(start, 3);
    expect(moved).toBeInstanceOf(WallClock);
    expect(day(start)).toBe("2004-02-25");
    expect(day(moved)).toBe("2004-02-28");
  });

  it("writes years below 1000 with four digits, and refuses an invalid date", () => {
    expect(formatWithOffset(wallClock(50, 3, 1, 9), "+01:00")).toBe("0050-03-01T09:00:00+01:00");
    expect(() => formatWithOffset(new WallClock(Number.NaN), "+00:00")).toThrow(new RangeError("Invalid time value"));
  });

  it("agrees with date-fns' own functions on every day of a leap and a common year, whatever the step", () => {
    const disagreements: string[] = [];
    const same = (what: string, ours: Date | number | string, theirs: Date | number | string): void => {
      const agree = typeof ours === "string" ? ours === theirs : Object.is(+ours, +theirs);
      if (!agree) disagreements.push(`${what}: ${String(ours)} vs ${String(theirs)}`);
    };
    for (const year of [0, 1999, 2004])
      for (let month = 1; month <= 12; month++)
        for (let date = 1; date <= getDaysInMonth(wallClock(year, month, 1)); date++) {
          const start = wallClock(year, month, date, 13);
          same(`days in ${year}-${month}`, getDaysInMonth(start), dfGetDaysInMonth(start));
          same(`${year}-${month}-${date} written`, formatWithOffset(start, ""), lightFormat(start, "yyyy-MM-dd'T'HH:mm:ss"));
          for (const amount of [0, 1, -1, 11, -13, 25, 2.5, Number.NaN]) {
            const at = `${year}-${month}-${date} ${amount}`;
            same(`addDays ${at}`, addDays(start, amount), dfAddDays(start, amount));
            same(`subDays ${at}`, subDays(start, amount), dfSubDays(start, amount));
            same(`addMonths ${at}`, addMonths(start, amount), dfAddMonths(start, amount));
            same(`addYears ${at}`, addYears(start, amount), dfAddYears(start, amount));
            same(`addHours ${at}`, addHours(start, amount), dfAddHours(start, amount));
          }
        }
    expect(disagreements).toEqual([]);
  });
});
