// A timeline entry as plain JSON, for `timeline --json` and `summary --json`.
import type { TimelineEntry } from "../describe/timeline.js";

/** One entry of a timeline as `--json` prints it: what, when, and how sure. */
export interface TimelineRecord {
  readonly id: string;
  readonly kind: string;
  readonly field: string;
  readonly timeId: string;
  readonly text: string;
  readonly mode: TimelineEntry["mode"];
  readonly when: string;
  readonly what: string;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly precision: string | null;
  readonly source: TimelineEntry["source"];
  readonly problem: string | null;
}

/** A timeline entry without the objects it points at, its absent values as `null`. */
export function timelineRecord(entry: TimelineEntry): TimelineRecord {
  return {
    id: entry.subject.entity.id,
    kind: entry.subject.kind,
    field: entry.field,
    timeId: entry.time.id,
    text: entry.time.text,
    mode: entry.mode,
    when: entry.when,
    what: entry.what,
    earliest: entry.earliest ?? null,
    latest: entry.latest ?? null,
    precision: entry.interval?.precision ?? null,
    source: entry.source,
    problem: entry.problem ?? null,
  };
}
