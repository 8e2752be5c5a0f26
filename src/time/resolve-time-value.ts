import type { TimeDirection, TimeValue } from "../model/time.js";
import { applyModifier } from "./_lib/apply-modifier.js";
import { locateValue } from "./_lib/locate-value.js";
import { toResolution } from "./_lib/period.js";
import { readContext } from "./_lib/read-context.js";
import type { TimeResolution } from "./time-resolution.js";

/**
 * The options of {@link resolveTimeValue}: what a value is read against.
 *
 * @remarks All optional: a value with a year needs no reference date, and one that
 * states its direction needs none here.
 * @example
 * ```ts
 * const beijing: ResolveTimeValueOptions = { referenceDate: "2004-02-26", utcOffset: "+08:00", direction: "past" };
 * ```
 * @group Time
 */
export interface ResolveTimeValueOptions {
  /**
   * The date (`YYYY-MM-DD`) the value is read against, in the event's own zone. Needed
   * only by values that leave their year or week open ("Wednesday", "March").
   */
  readonly referenceDate?: string | undefined;
  /** The event's own zone as a fixed UTC offset (`"+08:00"`); `"+00:00"` when absent. */
  readonly utcOffset?: string | undefined;
  /** Which way to look for what the value leaves open, when the value does not say. */
  readonly direction?: TimeDirection | undefined;
}

/**
 * Resolves one normalized time value to the half-open interval `[start, end)` of
 * instants it can mean, written in the event's own UTC offset.
 *
 * @remarks
 * - A year, month, day or part of the day resolves to the whole of it. Fields finer than
 *   the precision are not used.
 * - What the value leaves open is filled in from the reference date and the direction
 *   (the value's own `direction`, else `options.direction`): `past` takes the latest such
 *   weekday, date or month on or before the reference date, `future` the earliest on or
 *   after it. A weekday equal to the reference date's is the reference date itself, both
 *   ways; so is the month that holds it.
 * - Parts of the day take the hours of {@link PART_OF_DAY_HOURS}: morning 06–12,
 *   afternoon 12–18, evening 18–22, night 18–24.
 * - `early`, `mid`, `late` take {@link MONTH_PART_DAYS} of a month (days 1–10, 11–20,
 *   21 to the end), {@link YEAR_PART_MONTHS} of a year, {@link DAY_PART_HOURS} of a day;
 *   a part of the day has none.
 * - `approximate` widens the interval by one unit of its precision on each side
 *   ("about March 2004" is February to April); for a part of the day the unit is its own
 *   length.
 * - `before` gives the one unit just before the value ("before March 2004" is
 *   February 2004), `after` the one just after. The model's interval has two finite
 *   ends, so the open side is closed at one unit: what matters for ordering, that
 *   "before X" ends where X starts, holds.
 *
 * Nothing is thrown: a value that cannot be resolved gives a {@link TimeProblem}.
 * @example
 * ```ts
 * resolveTimeValue(
 *   { precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" },
 *   { referenceDate: "2004-02-26", utcOffset: "+08:00" },
 * );
 * //=> { ok: true, interval: { start: "2004-02-25T18:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "part-of-day", utcOffset: "+08:00" } }
 * ```
 * @group Time
 */
export function resolveTimeValue(value: TimeValue, options: ResolveTimeValueOptions = {}): TimeResolution {
  const context = readContext(options.referenceDate, options.utcOffset);
  if (!context.ok) return context;
  const located = locateValue(value, { reference: context.value.reference, direction: value.direction ?? options.direction });
  if (!located.ok) return located;
  const modified = applyModifier(located.value, value.modifier);
  if (!modified.ok) return modified;
  return toResolution(modified.value, context.value.utcOffset);
}
