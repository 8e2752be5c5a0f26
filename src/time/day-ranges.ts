import type { Hemisphere, PartOfDay, Season } from "../model/time.js";

/**
 * The hours each part of the day covers, as half-open ranges `[start, end)` on the
 * 24-hour clock of the event's own zone.
 *
 * @remarks
 * - `morning`: 06:00–12:00.
 * - `afternoon`: 12:00–18:00.
 * - `evening`: 18:00–22:00.
 * - `night`: 18:00–24:00 of the day named: "Wednesday night" is the night that begins on
 *   Wednesday, as news usage has it, so it ends at midnight going into Thursday.
 *
 * These are the ranges {@link PartOfDay} documents in the model; {@link resolveTimeValue}
 * reads them from here.
 * @example
 * ```ts
 * PART_OF_DAY_HOURS.night;
 * //=> { start: 18, end: 24 }
 * ```
 * @group Time
 */
export const PART_OF_DAY_HOURS: Readonly<Record<PartOfDay, {
  /** The hour it starts, inclusive (0–23). */
  readonly start: number;
  /** The hour it ends, exclusive (1–24). */
  readonly end: number;
}>> = {
  morning: { start: 6, end: 12 },
  afternoon: { start: 12, end: 18 },
  evening: { start: 18, end: 22 },
  night: { start: 18, end: 24 },
};

/**
 * The days of the month that "early", "mid" and "late" cover, first and last day
 * inclusive.
 *
 * @remarks
 * - `early`: days 1–10.
 * - `mid`: days 11–20.
 * - `late`: day 21 to the month's last day: the 28th, 29th, 30th or 31st. The `last` of
 *   31 is cut to the month's length.
 *
 * "The middle or late part of March" is the union of `mid` and `late`: 11–31 March.
 * @example
 * ```ts
 * MONTH_PART_DAYS.mid;
 * //=> { first: 11, last: 20 }
 * ```
 * @group Time
 */
export const MONTH_PART_DAYS: Readonly<Record<"early" | "mid" | "late", {
  /** The first one it covers, inclusive. */
  readonly first: number;
  /** The last one it covers, inclusive. */
  readonly last: number;
}>> = {
  early: { first: 1, last: 10 },
  mid: { first: 11, last: 20 },
  late: { first: 21, last: 31 },
};

/**
 * The months of the year that "early", "mid" and "late" cover, first and last month
 * inclusive (1 is January).
 *
 * @remarks
 * - `early`: January–April.
 * - `mid`: May–August.
 * - `late`: September–December.
 * @example
 * ```ts
 * YEAR_PART_MONTHS.late;
 * //=> { first: 9, last: 12 }
 * ```
 * @group Time
 */
export const YEAR_PART_MONTHS: Readonly<Record<"early" | "mid" | "late", {
  /** The first one it covers, inclusive. */
  readonly first: number;
  /** The last one it covers, inclusive. */
  readonly last: number;
}>> = {
  early: { first: 1, last: 4 },
  mid: { first: 5, last: 8 },
  late: { first: 9, last: 12 },
};

/**
 * The hours of a day that "early", "mid" and "late" cover ("late Wednesday"), as
 * half-open ranges `[start, end)` on the 24-hour clock.
 *
 * @remarks
 * - `early`: 00:00–08:00.
 * - `mid`: 08:00–16:00.
 * - `late`: 16:00–24:00.
 * @example
 * ```ts
 * DAY_PART_HOURS.late;
 * //=> { start: 16, end: 24 }
 * ```
 * @group Time
 */
export const DAY_PART_HOURS: Readonly<Record<"early" | "mid" | "late", {
  /** The hour it starts, inclusive (0–23). */
  readonly start: number;
  /** The hour it ends, exclusive (1–24). */
  readonly end: number;
}>> = {
  early: { start: 0, end: 8 },
  mid: { start: 8, end: 16 },
  late: { start: 16, end: 24 },
};

/**
 * The months each season covers in each hemisphere, first and last month inclusive (1
 * is January): meteorological seasons of three whole months.
 *
 * @remarks
 * - northern: spring March–May, summer June–August, autumn September–November, winter
 *   December–February.
 * - southern: six months on: spring September–November, summer December–February,
 *   autumn March–May, winter June–August.
 *
 * A season that crosses the new year (a northern winter) belongs to the year its first
 * month is in: winter 2003 is December 2003 to February 2004.
 * @example
 * ```ts
 * SEASON_MONTHS.northern.winter;
 * //=> { first: 12, last: 2 }
 * ```
 * @group Time
 */
export const SEASON_MONTHS: Readonly<Record<Hemisphere, Readonly<Record<Season, {
  /** The first month it covers, 1–12. */
  readonly first: number;
  /** The last month it covers, 1–12; smaller than `first` where it crosses the new year. */
  readonly last: number;
}>>>> = {
  northern: {
    spring: { first: 3, last: 5 },
    summer: { first: 6, last: 8 },
    autumn: { first: 9, last: 11 },
    winter: { first: 12, last: 2 },
  },
  southern: {
    spring: { first: 9, last: 11 },
    summer: { first: 12, last: 2 },
    autumn: { first: 3, last: 5 },
    winter: { first: 6, last: 8 },
  },
};
