import type { NewsDocument } from "../model/document.js";
import type { TimeId } from "../model/id.js";
import type { ResolvedInterval, TimeExpression } from "../model/time.js";
import { failure } from "./_lib/period.js";
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
 * else the article's, with durations placed against the expressions they are anchored to.
 *
 * @remarks
 * The map holds one entry per expression, in document order, keyed by its id: the
 * interval from {@link resolveTime}, or the problem that stopped it. A duration whose
 * anchor is missing from the document gives `unknown-anchor`; one whose anchor cannot be
 * resolved gives `unresolved-anchor` with the anchor's own problem quoted; durations
 * anchored in a circle give `anchor-cycle`. The intervals already stored in `resolved`
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
  document: Pick<NewsDocument, "article" | "times">,
  options: ResolveDocumentTimesOptions = {},
): Map<TimeId, TimeResolution> {
  const byId = new Map<string, TimeExpression>(document.times.map((time) => [time.id, time]));
  const results = new Map<TimeId, TimeResolution>();
  const resolving = new Set<string>();

  const resolve = (time: TimeExpression): TimeResolution => {
    const done = results.get(time.id);
    if (done) return done;
    const resolveOptions = { referenceDate: document.article.referenceDate, utcOffset: options.utcOffset };
    let result: TimeResolution;
    if (time.kind === "duration" && time.anchorId !== undefined) {
      // Marked before the anchor is looked at, so a duration anchored to itself is caught.
      resolving.add(time.id);
      const anchor = byId.get(time.anchorId);
      if (!anchor) {
        result = failure("unknown-anchor", ["anchorId"], `the anchor "${time.anchorId}" of "${time.text}" is not a time expression of the document`);
      } else if (resolving.has(anchor.id)) {
        result = failure("anchor-cycle", ["anchorId"], `"${time.text}" is anchored to "${anchor.id}", which leads back to it`);
      } else {
        const anchored = resolve(anchor);
        if (anchored.ok)
          result = resolveTime(time, { ...resolveOptions, anchors: new Map<string, ResolvedInterval>([[anchor.id, anchored.interval]]) });
        else if (anchored.problem.code === "anchor-cycle")
          result = failure("anchor-cycle", ["anchorId"], `"${time.text}" is anchored to "${anchor.id}", which leads back to it`);
        else
          result = failure(
            "unresolved-anchor",
            ["anchorId"],
            `the anchor "${anchor.id}" of "${time.text}" could not be resolved: ${anchored.problem.message}`,
          );
      }
    } else {
      result = resolveTime(time, resolveOptions);
    }
    resolving.delete(time.id);
    results.set(time.id, result);
    return result;
  };

  for (const time of document.times) resolve(time);
  // Anchors resolved first were set first: put the map back in document order.
  return new Map(document.times.map((time) => [time.id, results.get(time.id) as TimeResolution]));
}
