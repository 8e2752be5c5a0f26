import type { NewsDocument } from "../model/document.js";
import { isHeld, isPlanned } from "../model/meeting.js";
import type { ResolvedInterval, TimeExpression } from "../model/time.js";
import { indexDocument, type DocumentIndex, type FoundEntity } from "../query/index-document.js";
import { ofKind } from "../query/of-kind.js";
import { whenWords } from "./_lib/phrases.js";
import { resolvedTimes } from "./_lib/resolved-times.js";
import { describeEntity } from "./describe-entity.js";

/**
 * Whether a thing on a timeline happened, is only planned, or was called off.
 *
 * @remarks
 * - `happened`: held or under way, voiced, done, said, or held as a post.
 * - `planned`: a meeting proposed, being scheduled or scheduled.
 * - `called-off`: a meeting postponed or cancelled.
 * @group Describe
 */
export type TimelineMode = "happened" | "planned" | "called-off";

/**
 * One dated thing on a {@link timeline}: what it is, when, how sure that time is, and
 * whether it happened.
 * @group Describe
 */
export interface TimelineEntry {
  /** The dated thing: a meeting, position, happening, post or attribution. */
  readonly subject: FoundEntity;
  /** The field that dates it: `"timeId"`, `"saidAtId"`, `"heldAtId"`, `"startId"` or `"endId"`; `"voicedAtId"` for a position dated by the time of the meeting it was voiced at. */
  readonly field: string;
  /** The time expression, with the article's words. */
  readonly time: TimeExpression;
  /** The earliest instant it can mean (inclusive), ISO 8601 in the event's own offset; `undefined` where unresolved. */
  readonly earliest: string | undefined;
  /** The instant just after the latest it can mean (exclusive); `undefined` where unresolved. */
  readonly latest: string | undefined;
  /** The whole interval, with its precision and offset. */
  readonly interval: ResolvedInterval | undefined;
  /** Where the interval came from: stored in the document, worked out by {@link resolveTime}, or not at all. */
  readonly source: "stored" | "resolved" | "unresolved";
  /** Why the time could not be resolved, where it could not. */
  readonly problem: string | undefined;
  /** Whether it happened, is planned, or was called off. */
  readonly mode: TimelineMode;
  /** When, in words: "Wednesday 25 February 2004, night"; the article's words where unresolved, and before the derived interval where the article gives a length of time or an approximate one. */
  readonly when: string;
  /** What, in one line, as {@link describeEntity} says it. */
  readonly what: string;
}

/**
 * Options for {@link timeline}.
 * @group Describe
 */
export interface TimelineOptions {
  /** What to do with things whose time cannot be resolved: list them after the rest (`"last"`, the default) or leave them out (`"omit"`). */
  readonly unresolved?: "last" | "omit";
  /** List only the things of this mode. */
  readonly mode?: TimelineMode;
}

// The time a position proposes for an action ("hold the next round in March") does not
// date the position: it is filed under when it was voiced.
const DATING_FIELDS = new Set(["timeId", "saidAtId", "heldAtId", "startId", "endId"]);

function modeOf(subject: FoundEntity): TimelineMode {
  if (subject.kind === "meeting")
    return isPlanned(subject.entity) ? "planned" : isHeld(subject.entity) ? "happened" : "called-off";
  return "happened";
}

/** Each dated thing with the field that dates it and its time: its own time fields, and for a position with no time of its own, the time of the meeting it was voiced at. */
function datings(index: DocumentIndex): { readonly subject: FoundEntity; readonly field: string; readonly time: TimeExpression }[] {
  const found: { subject: FoundEntity; field: string; time: TimeExpression }[] = [];
  for (const time of index.document.times)
    for (const reference of index.references.get(time.id) ?? [])
      if (DATING_FIELDS.has(reference.field)) found.push({ subject: reference.from, field: reference.field, time });
  for (const position of index.document.positions) {
    if (position.timeId !== undefined || position.voicedAtId === undefined) continue;
    const meeting = ofKind(index, position.voicedAtId, ["meeting"]);
    const time = meeting?.timeId === undefined ? undefined : ofKind(index, meeting.timeId, ["time"]);
    const subject = index.entities.get(position.id);
    if (time && subject) found.push({ subject, field: "voicedAtId", time });
  }
  return found;
}

/**
 * Lists every dated thing of a document in order of time: meetings, positions (when
 * voiced), happenings, posts and attributions that say when they were said, each with the earliest and latest instant its time can mean and
 * whether it happened or is only planned.
 *
 * @remarks
 * A thing's time is its expression's stored `resolved` interval; where there is none,
 * the one {@link resolveDocumentTimes} works out against the article's reference date.
 * Entries come in order of their earliest instant, then their latest, compared as
 * instants across offsets; ties keep document order. A position is filed under when it
 * was voiced: its own `timeId`, else the time of the meeting it was voiced at
 * (`voicedAtId`); the time it proposes for an action ("hold the next round in March") is
 * what it asks for, not when it happened, and dates nothing. A thing dated by two fields
 * is listed once for each. Things
 * whose time cannot be resolved come last, in document order, with the reason, unless
 * `unresolved` is `"omit"`.
 * @example
 * ```ts
 * timeline(japanNorthKorea2004).map((entry) => `${entry.mode}: ${entry.when}`);
 * //=> ["happened: about \"24 years\" ending October 2002 (derived: October 1977 – October 2002)", "happened: October 2002", …, "happened: Wednesday 25 February 2004, night", …, "planned: 11–20 March 2004"]
 * ```
 * @group Describe
 */
export function timeline(source: NewsDocument | DocumentIndex, options: TimelineOptions = {}): TimelineEntry[] {
  const index = "entities" in source ? source : indexDocument(source);
  const intervals = resolvedTimes(index.document);
  const entries: TimelineEntry[] = [];
  for (const { subject, field, time } of datings(index)) {
    const known = intervals.get(time.id)!;
    const mode = modeOf(subject);
    if (options.mode !== undefined && mode !== options.mode) continue;
    if (!known.interval && options.unresolved === "omit") continue;
    entries.push({
      subject,
      field,
      time,
      earliest: known.interval?.start,
      latest: known.interval?.end,
      interval: known.interval,
      source: known.source,
      problem: known.problem,
      mode,
      when: whenWords(index, time, known.interval),
      what: describeEntity(index, (subject.entity as { readonly id: string }).id)!,
    });
  }
  const at = (iso: string | undefined) => (iso === undefined ? Number.POSITIVE_INFINITY : Date.parse(iso));
  const order = new Map(entries.map((entry, position) => [entry, position]));
  return entries.sort(
    (a, b) =>
      at(a.earliest) - at(b.earliest) || at(a.latest) - at(b.latest) || docOrder(a) - docOrder(b) || order.get(a)! - order.get(b)!,
  );
}

const RANK = ["meetings", "positions", "happenings", "posts", "attributions"];

function docOrder(entry: TimelineEntry): number {
  return RANK.indexOf(entry.subject.path[0]) * 1e6 + entry.subject.path[1];
}
