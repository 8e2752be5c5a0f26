import type { NewsDocument } from "../model/document.js";
import type { TimeId } from "../model/id.js";
import type { ResolvedInterval, TimeExpression } from "../model/time.js";
import { coarser, failure } from "./_lib/period.js";
import { resolveTime } from "./resolve-time.js";
import type { TimeResolution } from "./time-resolution.js";

/**
 * The options of {@link resolveDocumentTimes}.
 *
 * @remarks An expression's own `utcOffset` wins over this one.
 * @example
 * ```ts
 * const options: ResolveDocumentTimesOptions = { utcOffset: "+08:00" };
 * ```
 * @group Time
 */
export interface ResolveDocumentTimesOptions {
  /** The UTC offset for expressions that state none (`"+08:00"`); `"+00:00"` when absent. */
  readonly utcOffset?: string | undefined;
}

/**
 * Resolves every time expression of a document, each against its own reference date or
 * else the article's, with durations, offsets and relative times placed against what they
 * are anchored to: another time expression, or a meeting, position or happening through
 * its own `timeId`; a term of office against its post's `startId` and `endId`.
 *
 * @remarks
 * The map holds one entry per expression, in document order, keyed by its id: the
 * interval from {@link resolveTime}, or the problem that stopped it. An anchor missing
 * from the document gives `unknown-anchor`; an anchoring event (or post) the article
 * gives no time for gives `anchor-without-time`; an anchor that cannot be resolved gives
 * `unresolved-anchor` with the anchor's own problem quoted; times anchored in a circle
 * give `anchor-cycle`. Pass the whole document to anchor times to its facts and posts;
 * with only `article` and `times`, those anchors are reported unknown. The intervals already stored in `resolved`
 * are not read: everything is worked out afresh from the values.
 * @example
 * ```ts
 * const times = resolveDocumentTimes({
 *   article: { text: "…", offsetUnit: "utf-16-code-unit", referenceDate: "2004-02-26" },
 *   times: [
 *     TimeExpression.parse({ kind: "point", id: "time-oct-2002", text: "October 2002", utcOffset: "+08:00",
 *       value: { precision: "month", year: 2002, month: 10 }, evidenceIds: [] }),
 *     TimeExpression.parse({ kind: "duration", id: "time-24-years", text: "24 years", duration: { amount: 24, unit: "year" },
 *       anchorId: "time-oct-2002", anchorRelation: "ends-at", evidenceIds: [] }),
 *   ],
 * });
 * times.get(TimeId.parse("time-24-years"));
 * //=> { ok: true, interval: { start: "1978-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" } }
 * ```
 * @group Time
 */
export function resolveDocumentTimes(
  document: Pick<NewsDocument, "article" | "times"> & Partial<Pick<NewsDocument, "meetings" | "positions" | "happenings" | "posts">>,
  options: ResolveDocumentTimesOptions = {},
): Map<TimeId, TimeResolution> {
  const byId = new Map<string, TimeExpression>(document.times.map((time) => [time.id, time]));
  const facts = new Map<string, { readonly timeId?: string | undefined }>(
    [...(document.meetings ?? []), ...(document.positions ?? []), ...(document.happenings ?? [])].map((fact) => [fact.id, fact]),
  );
  const posts = new Map((document.posts ?? []).map((post) => [post.id as string, post]));
  const results = new Map<TimeId, TimeResolution>();
  const resolving = new Set<string>();

  /** What an expression is anchored to: the key of its anchor, and the time expressions that give the anchor's interval. */
  const needOf = (time: TimeExpression): { field: string; key: string; timeIds: readonly string[] } | TimeResolution | undefined => {
    switch (time.kind) {
      case "duration":
        return time.anchorId === undefined ? undefined : { field: "anchorId", key: time.anchorId, timeIds: [time.anchorId] };
      case "offset":
      case "relative": {
        if (time.anchorId !== undefined) return { field: "anchorId", key: time.anchorId, timeIds: [time.anchorId] };
        if (time.anchorEventId === undefined) return undefined;
        const fact = facts.get(time.anchorEventId);
        if (!fact)
          return failure("unknown-anchor", ["anchorEventId"], `the anchoring event "${time.anchorEventId}" of "${time.text}" is not a meeting, position or happening of the document`);
        if (fact.timeId === undefined)
          return failure(
            "anchor-without-time",
            ["anchorEventId"],
            `the anchoring event "${time.anchorEventId}" of "${time.text}" has no timeId: the article does not say when it was, so "${time.text}" cannot be placed`,
          );
        return { field: "anchorEventId", key: time.anchorEventId, timeIds: [fact.timeId] };
      }
      case "named-period": {
        if (time.from !== undefined || time.postId === undefined) return undefined;
        const post = posts.get(time.postId);
        if (!post) return failure("unknown-anchor", ["postId"], `the post "${time.postId}" of "${time.text}" is not a post of the document`);
        if (post.startId === undefined || post.endId === undefined)
          return failure(
            "anchor-without-time",
            ["postId"],
            `the post "${time.postId}" of "${time.text}" has no ${post.startId === undefined ? "startId" : "endId"}: the article does not say when the term ${post.startId === undefined ? "began" : "ended"}`,
          );
        return { field: "postId", key: time.postId, timeIds: [post.startId, post.endId] };
      }
      default:
        return undefined;
    }
  };

  const resolve = (time: TimeExpression): TimeResolution => {
    const done = results.get(time.id);
    if (done) return done;
    const resolveOptions = { referenceDate: document.article.referenceDate, utcOffset: options.utcOffset };
    const need = needOf(time);
    let result: TimeResolution | undefined;
    if (need === undefined) result = resolveTime(time, resolveOptions);
    else if ("ok" in need) result = need;
    else {
      // Marked before the anchor is looked at, so a time anchored to itself is caught.
      resolving.add(time.id);
      const intervals: ResolvedInterval[] = [];
      for (const anchorId of need.timeIds) {
        const anchor = byId.get(anchorId);
        if (!anchor) {
          result = failure("unknown-anchor", [need.field], `the anchor "${anchorId}" of "${time.text}" is not a time expression of the document`);
          break;
        }
        const anchored = resolving.has(anchor.id) ? undefined : resolve(anchor);
        if (anchored === undefined || (!anchored.ok && anchored.problem.code === "anchor-cycle")) {
          result = failure("anchor-cycle", [need.field], `"${time.text}" is anchored to "${anchor.id}", which leads back to it`);
          break;
        }
        if (!anchored.ok) {
          result = failure("unresolved-anchor", [need.field], `the anchor "${anchor.id}" of "${time.text}" could not be resolved: ${anchored.problem.message}`);
          break;
        }
        intervals.push(anchored.interval);
      }
      if (result === undefined) {
        const [first, last] = [intervals[0] as ResolvedInterval, intervals.at(-1) as ResolvedInterval];
        const combined: ResolvedInterval =
          intervals.length === 1 ? first : { start: first.start, end: last.end, precision: coarser(first.precision, last.precision), utcOffset: first.utcOffset };
        result = resolveTime(time, { ...resolveOptions, anchors: new Map([[need.key, combined]]) });
      }
    }
    resolving.delete(time.id);
    results.set(time.id, result);
    return result;
  };

  for (const time of document.times) resolve(time);
  // Anchors resolved first were set first: put the map back in document order.
  return new Map(document.times.map((time) => [time.id, results.get(time.id) as TimeResolution]));
}
