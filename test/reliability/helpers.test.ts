// Every time and describe helper returns a result or a problem for any value its schema
// accepts: hostile cases in a worker, a property over the schemas' whole ranges, and the
// command on such a document as a subprocess.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Duration, resolveTime, resolveTimeValue, ResolvedInterval, TimeValue, type DurationUnit } from "../../src/index.js";
import { cli, root } from "../cli/cli.js";
import { BUDGET_MS, CaseWorker, tryCase } from "./budget.js";
import { documentWithDuration, helperCases } from "./cases/helpers.js";
import { report } from "./report.js";

const worker = new CaseWorker("helpers");
let drawn = 0;

afterAll(async () => {
  report("helpers", { cases: worker.tried, passed: worker.passed, slowestMs: worker.slowest.ms.toFixed(1), slowestCase: JSON.stringify(worker.slowest.name), drawnValues: drawn });
  await worker.close();
});

describe("resolveTime, resolveTimeValue, summarize, timeline and describeEntity on values their schemas accept", () => {
  for (const [name, hostile] of Object.entries(helperCases)) it(name, () => tryCase(worker, name, hostile), (hostile.budgetMs ?? BUDGET_MS) + 10_000);
});

const pad = (value: number, width = 2) => String(value).padStart(width, "0");
const date = fc.record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
const offset = fc.constantFrom(undefined, "+14:00", "-12:00", "+00:00", "+05:45", "-09:30");
const instant = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 23 }), zone: fc.constantFrom("Z", "+14:00", "-12:00") })
  .map(({ year, month, day, hour, zone }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:00:00${zone}`);
const value = fc.record(
  {
    precision: fc.constantFrom("year", "month", "day", "part-of-day"),
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    weekday: fc.constantFrom("monday", "wednesday", "sunday"),
    partOfDay: fc.constantFrom("morning", "afternoon", "evening", "night"),
    modifier: fc.constantFrom("early", "mid", "late", "approximate", "before", "after"),
    direction: fc.constantFrom("past", "future"),
  },
  { requiredKeys: ["precision"] },
);
const amount = fc.oneof(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1e300, 1.5, 1e20, 0.5, Number.MAX_VALUE));

/** A resolution is a result or a problem, never anything else. */
function expectResolution(result: unknown): void {
  expect(result).toSatisfy((found: { ok: boolean; interval?: unknown; problem?: { code: string; message: string } }) =>
    found.ok ? ResolvedInterval.safeParse(found.interval).success : typeof found.problem?.code === "string" && found.problem.message.length > 0,
  );
}

describe("every value the time schemas accept", () => {
  it("resolves, or gives a problem, for every time value against every reference date and offset", () => {
    fc.assert(
      fc.property(value, fc.option(date, { nil: undefined }), offset, (drawnValue, reference, utcOffset) => {
        fc.pre(TimeValue.safeParse(drawnValue).success);
        const referenceDate = reference && `${pad(reference.year, 4)}-${pad(reference.month)}-${pad(reference.day)}`;
        drawn++;
        expectResolution(resolveTimeValue(drawnValue as TimeValue, { referenceDate, utcOffset }));
        expectResolution(resolveTime({ kind: "point", id: "time-x", text: "then", value: drawnValue, evidenceIds: [] } as never, { referenceDate, utcOffset }));
      }),
      { numRuns: 3000 },
    );
  });

  it("places, or gives a problem, for every duration against every anchor", () => {
    fc.assert(
      fc.property(amount, fc.constantFrom<DurationUnit>("year", "month", "week", "day", "hour"), fc.boolean(), fc.constantFrom("ends-at", "starts-at"), instant, instant, offset, (drawnAmount, unit, approximate, anchorRelation, a, b, utcOffset) => {
        const [start, end] = Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a];
        const anchor = { start, end, precision: "day", utcOffset: "+00:00" } as const;
        fc.pre(Duration.safeParse({ amount: drawnAmount, unit }).success && ResolvedInterval.safeParse(anchor).success);
        drawn++;
        const expression = { kind: "duration", id: "time-d", text: "a while", duration: { amount: drawnAmount, unit, approximate }, anchorId: "time-a", anchorRelation, utcOffset, evidenceIds: [] };
        expectResolution(resolveTime(expression as never, { anchors: new Map([["time-a", anchor]]) }));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("news-events on a valid document with a 10^20-day duration", () => {
  for (const command of ["summary", "timeline"])
    it(`${command} exits 0 and lists the duration as unresolved`, () => {
      const folder = mkdtempSync(join(tmpdir(), "news-events-long-"));
      try {
        const file = join(folder, "long.json");
        writeFileSync(file, JSON.stringify(documentWithDuration(1e20, "day")));
        const run = spawnSync(process.execPath, [cli, command, file], { cwd: root, encoding: "utf8", timeout: BUDGET_MS });
        expect(run.error, "no answer within the budget").toBeUndefined();
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/"a very long time"/);
        expect(run.stdout).not.toMatch(/Invalid time value/);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
});
