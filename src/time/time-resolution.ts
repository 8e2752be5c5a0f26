import type { ResolvedInterval } from "../model/time.js";

/**
 * Why a time expression could not be resolved.
 *
 * @remarks
 * - `invalid-reference-date`: the reference date is not a real `YYYY-MM-DD` date.
 * - `invalid-utc-offset`: the offset is not of the form `+08:00`.
 * - `no-reference-date`: the value leaves its year or week open and there is no
 *   reference date to read it against.
 * - `no-direction`: the value leaves its year or week open ("Wednesday", "March") and
 *   neither the value nor the options say whether to look into the past or the future.
 * - `incomplete-value`: the value lacks a field its precision needs (a day of the month
 *   with no month, a weekday with a month but no day).
 * - `no-such-date`: the fields name no real day (30 February).
 * - `weekday-mismatch`: the value names a weekday that its date does not fall on.
 * - `unsupported-modifier`: the modifier has no meaning at the value's precision
 *   ("early" of a part of the day).
 * - `no-anchor`: a duration with no `anchorId`: a length of time cannot be placed alone.
 * - `no-anchor-relation`: a duration with an anchor but no `anchorRelation`.
 * - `unknown-anchor`: the `anchorId` names no time expression of the document.
 * - `unresolved-anchor`: the anchor has no resolved interval, or could not be resolved.
 * - `anchor-cycle`: durations anchored, directly or not, to themselves.
 * - `fractional-duration`: a fractional number of months or years (1.3 months) that the
 *   calendar cannot count.
 * - `anchor-without-time`: the meeting, position or happening a time is anchored to has
 *   no `timeId` ("after the talks", when the article never says when the talks were), or
 *   the post of a term of office has no `startId` or `endId`.
 * - `anchor-too-coarse`: a part of an anchor ("the second day of the summit") whose
 *   anchor is known only more coarsely than that part (the summit "in March").
 * - `outside-anchor`: the part lies outside its anchor (the third day of a two-day summit).
 * - `reversed-range`: a range that ends before it starts.
 * - `no-period-dates`: a named period ("Ramadan") with no dates and no post: the package
 *   computes no calendar of holidays or terms.
 * - `out-of-range`: the interval falls outside the years 0001–9999 that ISO 8601 and
 *   the model can write.
 * @example
 * ```ts
 * const code: TimeProblemCode = "no-direction";
 * ```
 * @group Time
 */
export type TimeProblemCode =
  | "invalid-reference-date"
  | "invalid-utc-offset"
  | "no-reference-date"
  | "no-direction"
  | "incomplete-value"
  | "no-such-date"
  | "weekday-mismatch"
  | "unsupported-modifier"
  | "no-anchor"
  | "no-anchor-relation"
  | "unknown-anchor"
  | "unresolved-anchor"
  | "anchor-cycle"
  | "fractional-duration"
  | "anchor-without-time"
  | "anchor-too-coarse"
  | "outside-anchor"
  | "reversed-range"
  | "no-period-dates"
  | "out-of-range";

/**
 * A reason a time expression could not be resolved: what is wrong, and where.
 *
 * @remarks `path` points into the expression (or the value, for
 * {@link resolveTimeValue}), such as `["options", 1, "direction"]`; a problem with the
 * options passed in points at the option's name (`["referenceDate"]`).
 * @example
 * ```ts
 * const problem: TimeProblem = {
 *   code: "no-direction",
 *   path: ["value", "direction"],
 *   message: 'the weekday "wednesday" gives no direction: set value.direction or options.direction to "past" or "future"',
 * };
 * ```
 * @group Time
 */
export interface TimeProblem {
  /** What kind of problem it is. */
  readonly code: TimeProblemCode;
  /** Where it is, as keys from the expression (or value) down to the field at fault. */
  readonly path: readonly (string | number)[];
  /** A sentence that says what is wrong and, where it can, what to do. */
  readonly message: string;
}

/**
 * The result of resolving a time expression: the interval it can mean, or the problem
 * that stops it being resolved. Nothing is thrown.
 *
 * @remarks Test `ok` first: `interval` is there only when it is `true`, `problem` only
 * when it is `false`.
 * @example
 * ```ts
 * const result: TimeResolution = resolveTimeValue({ precision: "year", year: 2002 }, { referenceDate: "2004-02-26" });
 * if (result.ok) result.interval.start;
 * //=> "2002-01-01T00:00:00+00:00"
 * ```
 * @group Time
 */
export type TimeResolution =
  | {
      /** It resolved. */
      readonly ok: true;
      /** The interval the expression can mean. */
      readonly interval: ResolvedInterval;
    }
  | {
      /** It did not resolve. */
      readonly ok: false;
      /** Why not, and where. */
      readonly problem: TimeProblem;
    };
