import type { TimeId } from "../model/id.js";
import type { ResolvedInterval, TimeExpression } from "../model/time.js";
import { coarser, failure, toResolution, within, type Period } from "./_lib/period.js";
import { readContext } from "./_lib/read-context.js";
import { resolveSpan } from "./_lib/resolve-span.js";
import { wallClockOf } from "./_lib/wall-clock.js";
import { resolveTimeValue, type ResolveTimeValueOptions } from "./resolve-time-value.js";
import type { TimeResolution } from "./time-resolution.js";

/**
 * The options of {@link resolveTime}: those of {@link resolveTimeValue}, and the
 * resolved intervals that durations may be anchored to.
 *
 * @remarks The expression's own `referenceDate` and `utcOffset` win over these.
 * @example
 * ```ts
 * const options: ResolveTimeOptions = {
 *   referenceDate: "2004-02-26",
 *   utcOffset: "+08:00",
 *   anchors: new Map([["time-oct-2002", { start: "2002-10-01T00:00:00+08:00", end: "2002-11-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" }]]),
 * };
 * ```
 * @group Time
 */
export interface ResolveTimeOptions extends ResolveTimeValueOptions {
  /**
   * The resolved intervals of other time expressions, by id, that durations may be
   * anchored to. {@link resolveDocumentTimes} fills it in from the document.
   */
  readonly anchors?: ReadonlyMap<TimeId | string, ResolvedInterval> | undefined;
}

/**
 * Resolves a time expression to the half-open interval `[start, end)` of instants it can
 * mean, written in the event's own UTC offset, or says why it cannot.
 *
 * @remarks
 * - The expression's own `referenceDate` and `utcOffset` win over the options'; with
 *   neither offset given, a duration takes its anchor's and anything else `"+00:00"`.
 * - A point resolves its value with {@link resolveTimeValue} (which documents the day
 *   ranges, directions and modifiers).
 * - A choice ("the middle or late part of March") resolves to the union of its options:
 *   from the earliest start to the latest end, at the coarsest precision among them.
 * - A duration ("24 years") is placed against its anchor, found in `options.anchors`:
 *   `ends-at` runs from the anchor's start less the duration to the anchor's end,
 *   `starts-at` from the anchor's start to its end plus the duration; an approximate
 *   amount adds one unit more. It takes the anchor's precision. A duration with no anchor
 *   gives the problem `no-anchor`.
 *
 * Problem paths start at the expression: `["value", "direction"]`,
 * `["options", 1, "direction"]`, `["anchorId"]`.
 * @example
 * ```ts
 * resolveTime(
 *   {
 *     kind: "choice",
 *     id: TimeId.parse("time-mid-or-late-march"),
 *     text: "either in the middle or late part of March",
 *     options: [
 *       { precision: "month", month: 3, modifier: "mid", direction: "future" },
 *       { precision: "month", month: 3, modifier: "late", direction: "future" },
 *     ],
 *     evidenceIds: [],
 *   },
 *   { referenceDate: "2004-02-26", utcOffset: "+08:00" },
 * );
 * //=> { ok: true, interval: { start: "2004-03-11T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" } }
 * ```
 * @group Time
 */
export function resolveTime(expression: TimeExpression, options: ResolveTimeOptions = {}): TimeResolution {
  const referenceDate = expression.referenceDate ?? options.referenceDate;
  const utcOffset = expression.utcOffset ?? options.utcOffset;
  const context = readContext(referenceDate, utcOffset);
  if (!context.ok) return context;
  const valueOptions = { referenceDate, utcOffset: context.value.utcOffset, direction: options.direction };
  switch (expression.kind) {
    case "point": {
      const result = resolveTimeValue(expression.value, valueOptions);
      return result.ok || result.problem.path[0] === "referenceDate" ? result : within(result.problem, "value");
    }
    case "choice": {
      let union: Period | undefined;
      for (const [index, option] of expression.options.entries()) {
        const result = resolveTimeValue(option, valueOptions);
        if (!result.ok) return result.problem.path[0] === "referenceDate" ? result : within(result.problem, "options", index);
        const start = wallClockOf(result.interval.start, context.value.utcOffset);
        const end = wallClockOf(result.interval.end, context.value.utcOffset);
        union = union
          ? {
              start: start < union.start ? start : union.start,
              end: end > union.end ? end : union.end,
              precision: coarser(union.precision, result.interval.precision),
            }
          : { start, end, precision: result.interval.precision };
      }
      return union
        ? toResolution(union, context.value.utcOffset)
        : failure("incomplete-value", ["options"], "a choice needs at least one option");
    }
    case "duration": {
      if (expression.anchorId === undefined)
        return failure(
          "no-anchor",
          ["anchorId"],
          `the duration "${expression.text}" has no anchorId: a length of time alone cannot be placed in time`,
        );
      const anchor = options.anchors?.get(expression.anchorId);
      if (!anchor)
        return failure(
          "unresolved-anchor",
          ["anchorId"],
          `the anchor "${expression.anchorId}" of "${expression.text}" has no resolved interval: pass it in options.anchors, or use resolveDocumentTimes`,
        );
      return resolveSpan(expression, anchor, utcOffset);
    }
  }
}
