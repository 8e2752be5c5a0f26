// Values the schemas accept that the time and describe helpers threw on: durations and
// dates past what a Date can hold, and names of a million spaces.
import {
  describeEntity,
  indexDocument,
  resolveTime,
  resolveTimeValue,
  summarize,
  timeline,
  validateDocument,
  type DurationUnit,
  type NewsDocument,
  type TimeResolution,
} from "../../../src/index.js";
import { smallDocument } from "../../support/small-document.js";
import type { HostileCase } from "./case.js";

type Loose = { [key: string]: any };

const ANCHOR = { start: "2002-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" } as const;

/** A resolution as a case's outcome: a problem gets a pointer made from its path. */
function resolution(result: TimeResolution): unknown {
  return result.ok
    ? { ok: true, value: result.interval }
    : { ok: false, problems: [{ code: result.problem.code, pointer: result.problem.path.map((part) => `/${part}`).join(""), message: result.problem.message }] };
}

function duration(amount: number, unit: DurationUnit, anchorRelation: "ends-at" | "starts-at", approximate = false): unknown {
  return resolution(
    resolveTime(
      { kind: "duration", id: "time-long", text: "a long time", duration: { amount, unit, approximate }, anchorId: "time-anchor", anchorRelation, evidenceIds: [] } as never,
      { anchors: new Map([["time-anchor", ANCHOR]]) },
    ),
  );
}

/** The small document, valid, with a happening that lasts `amount` `unit`s up to Thursday. */
export function documentWithDuration(amount: number, unit: DurationUnit): NewsDocument {
  const document = smallDocument() as Loose;
  document["times"].push({ kind: "duration", id: "time-long", text: "a very long time", duration: { amount, unit }, anchorId: "time-thursday", anchorRelation: "ends-at", evidenceIds: [] });
  document["happenings"] = [{ id: "long-wait", kind: "other", description: "The wait", participants: [], timeId: "time-long", evidenceIds: ["ev-sources"] }];
  const result = validateDocument(document);
  if (!result.ok) throw new Error(`the document with a duration is invalid: ${JSON.stringify(result.problems)}`);
  return result.document;
}

const outOfRange = { code: "out-of-range", pointer: "", message: /reaches beyond any date JavaScript can hold|outside the years 0001–9999/ } as const;

/** Every line the describe helpers write for a document: its summary, its timeline, and each object's line. */
function described(document: NewsDocument): string[] {
  const index = indexDocument(document);
  return [summarize(document), ...timeline(document).map((entry) => `${entry.when}: ${entry.what}`), ...[...index.entities.keys()].map((id) => describeEntity(index, id) ?? "")];
}

/** The hostile values of the area "every helper returns a result or a problem", by name. */
export const helperCases: { readonly [name: string]: HostileCase } = {
  ...Object.fromEntries(
    (
      [
        [1e300, "hour"],
        [1e20, "day"],
        [Number.MAX_VALUE, "week"],
        [1e15, "month"],
        [1e7, "year"],
      ] as const
    ).flatMap(([amount, unit]) =>
      (["ends-at", "starts-at"] as const).map((relation): [string, HostileCase] => [
        `resolveTime on ${amount} ${unit}s ${relation} its anchor is out of range`,
        { run: () => duration(amount, unit, relation, relation === "starts-at"), promised: { ok: false, problems: [outOfRange] } },
      ]),
    ),
  ),
  "resolveTime on 1.5 months is a fractional duration": {
    run: () => duration(1.5, "month", "ends-at"),
    promised: { ok: false, problems: [{ code: "fractional-duration", pointer: "/duration/amount", message: /^1\.5 months is not a whole number of months/ }] },
  },
  "resolveTime on 1e-300 hours resolves, to its anchor": {
    run: () => duration(1e-300, "hour", "ends-at"),
    promised: { ok: true, value: { start: "2002-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" } },
  },
  "resolveTimeValue on the year after 9999 is out of range": {
    run: () => resolution(resolveTimeValue({ precision: "year", year: 9999, modifier: "after" })),
    promised: { ok: false, problems: [outOfRange] },
  },
  "resolveTimeValue on a December after 9999-12-31 is out of range": {
    run: () => resolution(resolveTimeValue({ precision: "month", month: 12, direction: "future", modifier: "approximate" }, { referenceDate: "9999-12-31", utcOffset: "+14:00" })),
    promised: { ok: false, problems: [outOfRange] },
  },
  "resolveTimeValue on the year before year 1 is out of range": {
    run: () => resolution(resolveTimeValue({ precision: "year", year: 1, modifier: "before" }, { utcOffset: "-12:00" })),
    promised: { ok: false, problems: [outOfRange] },
  },
  "summarize, timeline and describeEntity on a valid document with a 10^20-day duration write every line": {
    run: () => {
      const lines = described(documentWithDuration(1e20, "day"));
      return { ok: true, value: [lines.length > 10, lines[0]!.includes('"a very long time"'), lines.some((line) => line.includes("(unresolved)"))] };
    },
    promised: { ok: true, value: [true, true, true] },
  },
  "summarize on a delegation named by a million spaces writes its line": {
    run: () => {
      const document = smallDocument() as Loose;
      const name = " ".repeat(1_000_000);
      document["delegations"] = [{ id: "blank", name, representsId: "japan", members: [], evidenceIds: [] }];
      document["meetings"][1].participants.push({ kind: "delegation", delegationId: "blank", role: "party" });
      const result = validateDocument(document);
      if (!result.ok) return { ok: false, problems: result.problems };
      const lines = described(result.document);
      return { ok: true, value: [lines[0]!.includes(`${name}, representing Japan`), lines.every((line) => typeof line === "string")] };
    },
    promised: { ok: true, value: [true, true] },
  },
  "summarize on names, labels and quotes of a million spaces writes every line": {
    run: () => {
      const spaces = " ".repeat(1_000_000);
      const document = smallDocument() as Loose;
      for (const actor of document["actors"]) actor.name = spaces;
      for (const meeting of document["meetings"]) meeting.label = spaces;
      for (const series of document["series"]) series.name = `the${spaces}delegation`;
      const result = validateDocument(document);
      if (!result.ok) return { ok: false, problems: result.problems };
      return { ok: true, value: described(result.document).length > 10 };
    },
    promised: { ok: true, value: true },
  },
};
