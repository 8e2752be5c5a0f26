import { addDays } from "date-fns/addDays";
import { addHours } from "date-fns/addHours";
import { subMilliseconds } from "date-fns/subMilliseconds";
import { TimePrecision, type ResolvedInterval, type TimeDeictic, type TimeNamedPeriod, type TimeOffset, type TimeRange, type TimeRelative, type TimeValue } from "../../model/time.js";
import { PART_OF_DAY_HOURS } from "../day-ranges.js";
import type { TimeResolution } from "../time-resolution.js";
import { resolveTimeValue } from "../resolve-time-value.js";
import { applyModifier } from "./apply-modifier.js";
import { shiftUnits, startOfUnit, widenToUnits, wholeUnit } from "./calendar.js";
import { coarser, failure, success, toResolution, within, type Outcome, type Period } from "./period.js";
import type { Context } from "./read-context.js";
import { shifter } from "./resolve-span.js";
import { wallClock, wallClockOf, type WallClock } from "./wall-clock.js";

/** The reference day as a period of the event's zone, or the problem that there is none. */
function referenceDay(context: Context, what: string): Outcome<Period> {
  const reference = context.reference;
  if (!reference)
    return failure("no-reference-date", ["referenceDate"], `${what} is counted from the article's date, so it needs a reference date`);
  const start = wallClock(reference.year, reference.month, reference.day);
  return success({ start, end: addDays(start, 1), precision: "day" });
}

/** "today", "last year": the whole unit, counted from the one that holds the reference date. */
export function resolveDeictic(expression: TimeDeictic, context: Context): TimeResolution {
  const day = referenceDay(context, `"${expression.text}"`);
  if (!day.ok) return day;
  let period = wholeUnit(expression.unit, shiftUnits(expression.unit, day.value.start, expression.offset));
  if (expression.partOfDay !== undefined) {
    const hours = PART_OF_DAY_HOURS[expression.partOfDay];
    period = { start: addHours(period.start, hours.start), end: addHours(period.start, hours.end), precision: "part-of-day" };
  }
  const modified = applyModifier(period, expression.modifier);
  return modified.ok ? toResolution(modified.value, context.utcOffset) : modified;
}

function periodOf(interval: ResolvedInterval, utcOffset: string): Period {
  return { start: wallClockOf(interval.start, utcOffset), end: wallClockOf(interval.end, utcOffset), precision: interval.precision };
}

/** "six months ago", "two days after the talks": the anchor moved by the duration, widened to whole units of it. */
export function resolveOffset(expression: TimeOffset, anchor: ResolvedInterval | undefined, context: Context): TimeResolution {
  let base: Period;
  if (anchor) base = periodOf(anchor, context.utcOffset);
  else {
    const day = referenceDay(context, `"${expression.text}", with no anchor,`);
    if (!day.ok) return day;
    base = day.value;
  }
  const shift = shifter(expression.duration);
  if (!shift.ok) return shift;
  const sign = expression.relation === "before" ? -1 : 1;
  const { unit } = expression.duration;
  let period = widenToUnits(unit, { start: shift.value(base.start, sign), end: shift.value(base.end, sign) });
  if (expression.duration.approximate) period = { ...period, start: shiftUnits(unit, period.start, -1), end: shiftUnits(unit, period.end, 1) };
  return toResolution(period, context.utcOffset);
}

const PRECISIONS = TimePrecision.options;

/** "after the talks", "on the second day of the summit", "as he took office". */
export function resolveRelative(expression: TimeRelative, anchor: ResolvedInterval, context: Context): TimeResolution {
  const period = periodOf(anchor, context.utcOffset);
  const { relation, part } = expression;
  if (relation === "before" || relation === "after") {
    const moved = applyModifier(period, relation);
    return moved.ok ? toResolution(moved.value, context.utcOffset) : moved;
  }
  if (part === undefined) return toResolution(period, context.utcOffset);
  if (PRECISIONS.indexOf(period.precision) < PRECISIONS.indexOf(part.unit))
    return failure(
      "anchor-too-coarse",
      ["part"],
      `the anchor of "${expression.text}" is known only to the ${period.precision}, so which ${part.unit} of it is meant cannot be told`,
    );
  const first = startOfUnit(part.unit, period.start);
  const start: WallClock =
    part.ordinal > 0 ? shiftUnits(part.unit, first, part.ordinal - 1) : shiftUnits(part.unit, startOfUnit(part.unit, subMilliseconds(period.end, 1)), part.ordinal + 1);
  const end = shiftUnits(part.unit, start, 1);
  if (start < first || start >= period.end)
    return failure(
      "outside-anchor",
      ["part", "ordinal"],
      `"${expression.text}" names ${part.unit} ${part.ordinal} of an anchor that runs from ${anchor.start} to ${anchor.end}, which has no such ${part.unit}`,
    );
  return toResolution({ start, end, precision: part.unit }, context.utcOffset);
}

/** Resolves the two ends of a range (or the dates of a named period) to one period. */
function between(
  text: string,
  from: TimeValue,
  to: TimeValue | undefined,
  untilReference: boolean,
  context: Context,
  referenceDate: string | undefined,
  keys: { from: string; to: string },
): TimeResolution {
  const options = { referenceDate, utcOffset: context.utcOffset };
  const first = resolveTimeValue(from, options);
  if (!first.ok) return first.problem.path[0] === "referenceDate" ? first : within(first.problem, keys.from);
  const start = periodOf(first.interval, context.utcOffset);
  let last: Period;
  if (to !== undefined) {
    const second = resolveTimeValue(to, options);
    if (!second.ok) return second.problem.path[0] === "referenceDate" ? second : within(second.problem, keys.to);
    last = periodOf(second.interval, context.utcOffset);
  } else if (untilReference) {
    const day = referenceDay(context, `"${text}", with no end,`);
    if (!day.ok) return day;
    last = day.value;
  } else last = start;
  if (last.end <= start.start)
    return failure(
      "reversed-range",
      [keys.to],
      `"${text}" ends (${toIso(last.end, context)}) before it starts (${toIso(start.start, context)}): give the year of the end`,
    );
  return toResolution({ start: start.start, end: last.end, precision: coarser(start.precision, last.precision) }, context.utcOffset);
}

function toIso(date: WallClock, context: Context): string {
  const written = toResolution({ start: date, end: date, precision: "day" }, context.utcOffset);
  return written.ok ? written.interval.start : String(date.getTime());
}

/** "1991–1995", "since 1991". */
export function resolveRange(expression: TimeRange, context: Context, referenceDate: string | undefined): TimeResolution {
  return between(expression.text, expression.from, expression.to, true, context, referenceDate, { from: "from", to: "to" });
}

/** "during Ramadan", "his term as president": from the dates given, or the post's. */
export function resolveNamedPeriod(
  expression: TimeNamedPeriod,
  post: ResolvedInterval | undefined,
  context: Context,
  referenceDate: string | undefined,
): TimeResolution {
  if (expression.from !== undefined) return between(expression.text, expression.from, expression.to, false, context, referenceDate, { from: "from", to: "to" });
  if (expression.postId !== undefined) {
    if (!post)
      return failure(
        "unresolved-anchor",
        ["postId"],
        `the post "${expression.postId}" of "${expression.text}" has no resolved start and end: pass it in options.anchors, or use resolveDocumentTimes`,
      );
    return toResolution(periodOf(post, context.utcOffset), context.utcOffset);
  }
  return failure(
    "no-period-dates",
    ["from"],
    `"${expression.name}" gives no dates: the package computes no calendar of holidays or terms, so give its first (and last) day in from and to, marked inferred, or the postId of a term of office`,
  );
}
