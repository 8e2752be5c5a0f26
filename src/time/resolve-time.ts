import type { TimeId } from "../model/id.js";
import type { ResolvedInterval, TimeExpression } from "../model/time.js";
import { coarser, failure, success, toResolution, within, type Outcome, type Period } from "./_lib/period.js";
import { resolveDeictic, resolveNamedPeriod, resolveOffset, resolveRange, resolveRelative } from "./_lib/resolve-anchored.js";
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
   * The resolved intervals that expressions may be anchored to, by id: of other time
   * expressions (`anchorId`), of meetings, positions and happenings (`anchorEventId`, the
   * interval of the fact's own time), and of posts (a term of office's `postId`, from
   * the start of the post's `startId` to the end of its `endId`).
   * {@link resolveDocumentTimes} fills it in from the document.
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
 * - A deictic time ("last year") is the whole calendar unit `offset` units from the one
 *   that holds the reference date (weeks run Monday to Sunday), narrowed to its part of
 *   the day and by its modifier.
 * - An offset ("six months ago") moves its anchor (or, with none, the reference day) by
 *   the duration and widens the result to whole units of it; approximate adds one unit
 *   on each side.
 * - A relative time ("after the talks") takes its anchor's interval: `during` and `at`
 *   that interval, or the `part` of it ("the second day": the anchor must be known to
 *   the day, and have one); `before` and `after` the one unit of the anchor's precision
 *   just before or after, as the modifiers of {@link resolveTimeValue} do.
 * - A range runs from the start of `from` to the end of `to`, or of the reference day.
 * - A named period resolves from its `from` and `to`, or from its post's interval; with
 *   neither it gives `no-period-dates`.
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
    case "deictic":
      return resolveDeictic(expression, context.value);
    case "offset": {
      const key = expression.anchorId ?? expression.anchorEventId;
      if (key === undefined) return resolveOffset(expression, undefined, context.value);
      const anchor = anchorOf(expression, key, expression.anchorId ? "anchorId" : "anchorEventId", options);
      return anchor.ok ? resolveOffset(expression, anchor.value, { ...context.value, utcOffset: utcOffset ?? anchor.value.utcOffset }) : anchor;
    }
    case "relative": {
      const key = expression.anchorId ?? expression.anchorEventId;
      if (key === undefined) return failure("no-anchor", ["anchorId"], `the relative time "${expression.text}" has no anchorId or anchorEventId: say what it is relative to`);
      const anchor = anchorOf(expression, key, expression.anchorId ? "anchorId" : "anchorEventId", options);
      return anchor.ok ? resolveRelative(expression, anchor.value, { ...context.value, utcOffset: utcOffset ?? anchor.value.utcOffset }) : anchor;
    }
    case "range":
      return resolveRange(expression, context.value, referenceDate);
    case "named-period": {
      const post = expression.postId === undefined ? undefined : options.anchors?.get(expression.postId);
      return resolveNamedPeriod(expression, post, { ...context.value, utcOffset: utcOffset ?? post?.utcOffset ?? context.value.utcOffset }, referenceDate);
    }
  }
}

/** The resolved interval of what an expression is anchored to, from `options.anchors`. */
function anchorOf(expression: TimeExpression, key: string, field: string, options: ResolveTimeOptions): Outcome<ResolvedInterval> {
  const anchor = options.anchors?.get(key);
  return anchor
    ? success(anchor)
    : failure(
        "unresolved-anchor",
        [field],
        `the anchor "${key}" of "${expression.text}" has no resolved interval: pass it in options.anchors, or use resolveDocumentTimes`,
      );
}
