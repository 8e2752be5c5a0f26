import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PartOfDay } from "../../src/model/time.js";
import { DAY_PART_HOURS, MONTH_PART_DAYS, PART_OF_DAY_HOURS, YEAR_PART_MONTHS } from "../../src/time/index.js";

const modelSource = readFileSync(new URL("../../src/model/time.ts", import.meta.url), "utf8");
const clock = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

describe("PART_OF_DAY_HOURS", () => {
  it("has a range for every part of the day in the model, and no other", () => {
    expect(Object.keys(PART_OF_DAY_HOURS).sort()).toEqual([...PartOfDay.options].sort());
  });

  it("gives the same hours the model documents for each part of the day", () => {
    for (const part of PartOfDay.options) {
      const { start, end } = PART_OF_DAY_HOURS[part];
      expect(modelSource).toContain(`\`${part}\`: ${clock(start)}–${clock(end)}`);
    }
  });

  it("keeps every range inside one day and in order", () => {
    for (const { start, end } of Object.values(PART_OF_DAY_HOURS)) {
      expect(0 <= start && start < end && end <= 24).toBe(true);
    }
  });
});

describe("MONTH_PART_DAYS", () => {
  it("splits the month into days 1–10, 11–20 and 21 to the end, as the model documents", () => {
    expect(MONTH_PART_DAYS).toEqual({ early: { first: 1, last: 10 }, mid: { first: 11, last: 20 }, late: { first: 21, last: 31 } });
    expect(modelSource).toContain("days 1–10, 11–20 and 21 to the month's end");
  });
});

describe("YEAR_PART_MONTHS and DAY_PART_HOURS", () => {
  it("cover the whole year and the whole day without gaps or overlaps", () => {
    expect([YEAR_PART_MONTHS.early.first, YEAR_PART_MONTHS.early.last + 1, YEAR_PART_MONTHS.mid.last + 1, YEAR_PART_MONTHS.late.last]).toEqual([
      1,
      YEAR_PART_MONTHS.mid.first,
      YEAR_PART_MONTHS.late.first,
      12,
    ]);
    expect([DAY_PART_HOURS.early.start, DAY_PART_HOURS.early.end, DAY_PART_HOURS.mid.end, DAY_PART_HOURS.late.end]).toEqual([
      0,
      DAY_PART_HOURS.mid.start,
      DAY_PART_HOURS.late.start,
      24,
    ]);
  });
});
