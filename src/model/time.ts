import * as z from "zod";
import { EvidenceId, FactId, PostId, TimeId, reference } from "./id.js";
import { Inferred } from "./inference.js";

/**
 * How fine a normalized time value is.
 *
 * @remarks
 * From coarsest to finest:
 * - `year`: "2002", "1991–1995", "last year".
 * - `season`: "spring 2004", "last winter".
 * - `month`: "October 2002", "mid-March", "six months ago".
 * - `week`: "this week", "the week of 12 March".
 * - `day`: "Wednesday", "Thursday", "yesterday".
 * - `part-of-day`: "Wednesday night", "this morning".
 * - `hour`: "at about 3 p.m.".
 * - `minute`: "at 10:30 local time".
 * @group Time
 */
export const TimePrecision = /* @__PURE__ */ z
  .enum(["year", "season", "month", "week", "day", "part-of-day", "hour", "minute"])
  .meta({ description: "How fine the value is: year, season, month, week, day, part-of-day, hour or minute." });
export type TimePrecision = z.infer<typeof TimePrecision>;

/**
 * A day of the week, as the article names it.
 * @group Time
 */
export const Weekday = /* @__PURE__ */ z
  .enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
  .meta({ description: "A day of the week." });
export type Weekday = z.infer<typeof Weekday>;

/**
 * A part of the day.
 *
 * @remarks The hours each covers are set by the time helpers (see `resolveTime`):
 * - `morning`: 06:00–12:00.
 * - `afternoon`: 12:00–18:00.
 * - `evening`: 18:00–22:00.
 * - `night`: 18:00–24:00 of the day named ("Wednesday night"), as news usage has it.
 *
 * Maps to the TimeML TIMEX3 values MO, AF, EV and NI.
 * @group Time
 */
export const PartOfDay = /* @__PURE__ */ z
  .enum(["morning", "afternoon", "evening", "night"])
  .meta({ description: "A part of the day: morning, afternoon, evening or night." });
export type PartOfDay = z.infer<typeof PartOfDay>;

/**
 * A modifier that narrows or blurs a time value.
 *
 * @remarks
 * - `early`, `mid`, `late`: the first, middle or last part of the period ("mid-March").
 *   For a month the time helpers take days 1–10, 11–20 and 21 to the month's end.
 * - `approximate`: about that time; the time helpers widen it by one unit of its
 *   precision on each side.
 * - `before`, `after`: some time before or after it; the time helpers take the one unit
 *   just before or just after (see `resolveTimeValue`).
 *
 * Maps to TimeML TIMEX3 `mod`: START, MID, END, APPROX, BEFORE, AFTER.
 * @group Time
 */
export const TimeModifier = /* @__PURE__ */ z
  .enum(["early", "mid", "late", "approximate", "before", "after"])
  .meta({
    description:
      "Narrows or blurs the value: early, mid or late part of the period; approximate; or some time before or after it.",
  });
export type TimeModifier = z.infer<typeof TimeModifier>;

/**
 * Which way from the reference date to look for a value the text leaves open.
 *
 * @remarks
 * - `past`: the latest such day or month on or before the reference date ("said
 *   Thursday", "met Wednesday").
 * - `future`: the earliest on or after it ("in mid-March", for a meeting being planned).
 * @group Time
 */
export const TimeDirection = /* @__PURE__ */ z
  .enum(["past", "future"])
  .meta({
    description:
      "Which way from the reference date to look for a value the text leaves open: past (latest on or before) or future (earliest on or after).",
  });
export type TimeDirection = z.infer<typeof TimeDirection>;

/**
 * A season of the year.
 *
 * @remarks Meteorological seasons, three whole months each (see `SEASON_MONTHS`): in
 * the northern hemisphere spring is March–May, summer June–August, autumn
 * September–November and winter December–February; the southern hemisphere's are six
 * months on. A winter's year is the year it begins in: winter 2003 runs from December
 * 2003 to February 2004.
 * @group Time
 */
export const Season = /* @__PURE__ */ z
  .enum(["spring", "summer", "autumn", "winter"])
  .meta({ description: "A season: spring, summer, autumn (fall) or winter; a winter's year is the year its December falls in." });
export type Season = z.infer<typeof Season>;

/**
 * The half of the world whose seasons are meant.
 * @remarks `northern` unless the article places the events south of the equator.
 * @group Time
 */
export const Hemisphere = /* @__PURE__ */ z
  .enum(["northern", "southern"])
  .meta({ description: "The hemisphere whose seasons are meant; absent means northern." });
export type Hemisphere = z.infer<typeof Hemisphere>;

/**
 * Adds a custom issue at `path` to a check's payload unless `ok`: a function of the
 * module rather than a closure, so that a check that finds nothing builds nothing.
 */
function need(ctx: z.core.ParsePayload<unknown>, ok: boolean, message: string, path: string): void {
  if (!ok) ctx.issues.push({ code: "custom", input: ctx.value, path: [path], message });
}

const TimeValueShape = {
  /** How fine the value is. */
  precision: TimePrecision,
  /** The year, where the text gives it or it is resolved. */
  year: z.int().min(1).max(9999).optional().meta({ description: "The year, where the text gives it." }),
  /** The month, 1 to 12. */
  month: z.int().min(1).max(12).optional().meta({ description: "The month, 1 (January) to 12 (December)." }),
  /** The day of the month, 1 to 31. */
  day: z.int().min(1).max(31).optional().meta({ description: "The day of the month, 1 to 31." }),
  /** The day of the week, where the text names it ("Wednesday"). */
  weekday: Weekday.optional(),
  /** The part of the day ("night"). */
  partOfDay: PartOfDay.optional(),
  /** The ISO 8601 week of the year, 1 to 53, weeks starting on Monday ("week 12"). */
  week: z.int().min(1).max(53).optional().meta({
    description: "The ISO 8601 week number, 1 to 53 (weeks start on Monday), for a week precision that names its number.",
  }),
  /** The season ("spring"). */
  season: Season.optional(),
  /** Whose seasons: absent means the northern hemisphere's. */
  hemisphere: Hemisphere.optional(),
  /** The hour on the 24-hour clock of the event's zone, 0 to 23 ("3 p.m." is 15). */
  hour: z.int().min(0).max(23).optional().meta({ description: "The hour on the 24-hour clock of the event's zone, 0 to 23; 3 p.m. is 15." }),
  /** The minute, 0 to 59. */
  minute: z.int().min(0).max(59).optional().meta({ description: "The minute of the hour, 0 to 59." }),
  /** A modifier ("mid", "late"). */
  modifier: TimeModifier.optional(),
  /** Which way from the reference date to look, where the text leaves the year or week open. */
  direction: TimeDirection.optional(),
};

/** The type of the {@link TimeValue} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeValueSchema extends z.ZodObject<typeof TimeValueShape, z.core.$strict> {}

/**
 * A normalized time value: what a time expression means, as far as the text says,
 * before it is resolved to instants.
 *
 * @remarks
 * Fill in only what the text gives: "mid-March" is `{ precision: "month", month: 3,
 * modifier: "mid", direction: "future" }`, with no year. The precision must agree with
 * the fields present: a `day` precision needs a `day` or a `weekday`, a `part-of-day`
 * precision needs `partOfDay`, a `season` precision a `season`, a `week` precision a
 * `week` number or the `month` and `day` of a day in it ("the week of 12 March"), an
 * `hour` or `minute` precision an `hour` (a clock time with no day or weekday falls on
 * the reference date itself). Maps to the TimeML TIMEX3 `value` and `mod` attributes.
 * @example
 * ```ts
 * TimeValue.parse({ precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" });
 * ```
 * @group Time
 */
export const TimeValue: TimeValueSchema = /* @__PURE__ */ z
  .strictObject(TimeValueShape)
  .check((ctx) => {
    const value = ctx.value;
    if (value.precision === "month") need(ctx, value.month !== undefined, "a month precision needs a month", "month");
    if (value.precision === "day" || value.precision === "part-of-day")
      need(ctx, value.day !== undefined || value.weekday !== undefined, `a ${value.precision} precision needs a day or a weekday`, "day");
    if (value.precision === "part-of-day")
      need(ctx, value.partOfDay !== undefined, "a part-of-day precision needs partOfDay", "partOfDay");
    if (value.precision === "year") need(ctx, value.year !== undefined, "a year precision needs a year", "year");
    if (value.precision === "season") need(ctx, value.season !== undefined, "a season precision needs a season", "season");
    if (value.precision === "week")
      need(ctx, value.week !== undefined || value.day !== undefined, "a week precision needs a week number, or the month and day of a day in the week", "week");
    if (value.precision === "hour" || value.precision === "minute")
      need(ctx, value.hour !== undefined, `a ${value.precision} precision needs an hour`, "hour");
  })
  .meta({
    title: "TimeValue",
    description:
      "A normalized time value: the calendar fields the text gives (year, season, month, week, day, weekday, part of day, hour, minute), how fine it is, a modifier, and which way from the reference date to look for what it leaves open.",
  });
export type TimeValue = z.infer<typeof TimeValue>;

/**
 * A unit of a duration.
 * @group Time
 */
export const DurationUnit = /* @__PURE__ */ z
  .enum(["year", "month", "week", "day", "hour"])
  .meta({ description: "The unit of a duration." });
export type DurationUnit = z.infer<typeof DurationUnit>;

const DurationShape = {
  /** How many units. */
  amount: z.number().positive().meta({ description: "How many units, such as 24." }),
  /** The unit. */
  unit: DurationUnit,
  /** Whether the amount is exact or about. */
  approximate: z.boolean().optional().meta({ description: "True where the text gives the amount as approximate." }),
};

/** The type of the {@link Duration} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface DurationSchema extends z.ZodObject<typeof DurationShape, z.core.$strict> {}

/**
 * A length of time, such as "24 years".
 * @example
 * ```ts
 * Duration.parse({ amount: 24, unit: "year" });
 * ```
 * @group Time
 */
export const Duration: DurationSchema = /* @__PURE__ */ z
  .strictObject(DurationShape)
  .meta({ title: "Duration", description: "A length of time, such as 24 years." });
export type Duration = z.infer<typeof Duration>;

/**
 * A fixed offset from UTC, `+08:00` or `-05:00`.
 * @group Time
 */
export const UtcOffset = /* @__PURE__ */ z
  .string()
  .regex(/^[+-](?:0\d|1[0-4]):[0-5]\d$/, { error: 'must be a UTC offset such as "+08:00"' })
  .meta({ description: 'A fixed offset from UTC, such as "+08:00" for Beijing.' });
export type UtcOffset = z.infer<typeof UtcOffset>;

const ResolvedIntervalShape = {
  /** The earliest instant the expression can mean (inclusive), as an ISO 8601 date-time with offset. */
  start: z.iso.datetime({ offset: true }).meta({
    description: "The earliest instant the expression can mean (inclusive), ISO 8601 with a UTC offset.",
  }),
  /** The instant just after the latest it can mean (exclusive). */
  end: z.iso.datetime({ offset: true }).meta({
    description: "The instant just after the latest the expression can mean (exclusive), ISO 8601 with a UTC offset.",
  }),
  /** The precision of the resolved value. */
  precision: TimePrecision,
  /** The offset from UTC of the event's own zone, in which start and end are written. */
  utcOffset: UtcOffset,
};

/** The type of the {@link ResolvedInterval} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface ResolvedIntervalSchema extends z.ZodObject<typeof ResolvedIntervalShape, z.core.$strict> {}

/**
 * The earliest and latest instants a time expression can mean, resolved against a
 * reference date: a half-open interval `[start, end)`.
 *
 * @remarks `start` must not come after `end`; {@link validateDocument} checks it. The
 * instants are written in the event's own zone, stated by `utcOffset`.
 * @example
 * ```ts
 * ResolvedInterval.parse({
 *   start: "2004-02-25T18:00:00+08:00",
 *   end: "2004-02-26T00:00:00+08:00",
 *   precision: "part-of-day",
 *   utcOffset: "+08:00",
 * });
 * ```
 * @group Time
 */
export const ResolvedInterval: ResolvedIntervalSchema = /* @__PURE__ */ z
  .strictObject(ResolvedIntervalShape)
  .meta({
    title: "ResolvedInterval",
    description:
      "The earliest and latest instants a time expression can mean: a half-open interval [start, end) in the event's own UTC offset.",
  });
export type ResolvedInterval = z.infer<typeof ResolvedInterval>;

const TimeExpressionFieldsShape = {
  /** Unique id of this time expression. */
  id: TimeId,
  /** The words of the article, as written ("Wednesday night"). */
  text: z.string().min(1).meta({ description: "The words of the article for this time, as written, such as \"Wednesday night\"." }),
  /** The date the expression is read against; absent means the article's reference date. */
  referenceDate: z.iso
    .date()
    .optional()
    .meta({ description: "The date (YYYY-MM-DD) the expression is read against; absent means the article's reference date." }),
  /** The event's own time zone as a UTC offset (Beijing is "+08:00"). */
  utcOffset: UtcOffset.optional(),
  /** The resolved interval, where it has been worked out. */
  resolved: ResolvedInterval.optional(),
  /** Ids of the spans that hold the expression. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of a time expression" }))
    .meta({ description: "Ids of the evidence spans that hold the expression." }),
  /** Values the article does not state (the year of "Wednesday"), each with its reason. */
  inferred: Inferred.optional(),
  /** A free-text note. */
  note: z.string().optional().meta({ description: "A free-text note by whoever encoded the article." }),
};

/**
 * The fields every kind of time expression has: its id, its words in the article,
 * what it is read against, how it resolves, and its evidence.
 * @group Time
 */
export type TimeExpressionFields = z.infer<z.ZodObject<typeof TimeExpressionFieldsShape, z.core.$strict>>;

const TimePointShape = {
  /** Discriminant: one value. */
  kind: z.literal("point").meta({ description: "A time expression with one value." }),
  ...TimeExpressionFieldsShape,
  /** What the expression means. */
  value: TimeValue,
};

/** The type of the {@link TimePoint} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimePointSchema extends z.ZodObject<typeof TimePointShape, z.core.$strict> {}

/**
 * A time expression with one value: "Wednesday night", "October 2002", "mid-March".
 * @example
 * ```ts
 * TimePoint.parse({
 *   kind: "point",
 *   id: "time-oct-2002",
 *   text: "October 2002",
 *   value: { precision: "month", year: 2002, month: 10 },
 *   evidenceIds: ["ev-oct-2002"],
 * });
 * ```
 * @group Time
 */
export const TimePoint: TimePointSchema = /* @__PURE__ */ z
  .strictObject(TimePointShape)
  .meta({ title: "TimePoint", description: "A time expression with one value, such as \"Wednesday night\" or \"October 2002\"." });
export type TimePoint = z.infer<typeof TimePoint>;
export type TimePointInput = z.input<typeof TimePoint>;

const TimeChoiceShape = {
  /** Discriminant: a choice between values. */
  kind: z.literal("choice").meta({ description: "A time expression that allows any one of several values." }),
  ...TimeExpressionFieldsShape,
  /** The values it allows, in the order the text gives them. */
  options: z
    .array(TimeValue)
    .min(2)
    .meta({ description: "The values the expression allows, at least two, in the order the text gives them." }),
};

/** The type of the {@link TimeChoice} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeChoiceSchema extends z.ZodObject<typeof TimeChoiceShape, z.core.$strict> {}

/**
 * A time expression that allows any one of several values: "either in the middle or
 * late part of March".
 *
 * @remarks It resolves to the interval from the earliest option's start to the latest
 * option's end.
 * @example
 * ```ts
 * TimeChoice.parse({
 *   kind: "choice",
 *   id: "time-mid-or-late-march",
 *   text: "either in the middle or late part of March",
 *   options: [
 *     { precision: "month", month: 3, modifier: "mid", direction: "future" },
 *     { precision: "month", month: 3, modifier: "late", direction: "future" },
 *   ],
 *   evidenceIds: ["ev-mid-or-late-march"],
 * });
 * ```
 * @group Time
 */
export const TimeChoice: TimeChoiceSchema = /* @__PURE__ */ z
  .strictObject(TimeChoiceShape)
  .meta({
    title: "TimeChoice",
    description: "A time expression that allows any one of several values, such as \"the middle or late part of March\".",
  });
export type TimeChoice = z.infer<typeof TimeChoice>;
export type TimeChoiceInput = z.input<typeof TimeChoice>;

/**
 * How a duration sits against its anchor.
 *
 * @remarks
 * - `ends-at`: the duration ends at the anchor ("repatriated in October 2002 after
 *   spending 24 years").
 * - `starts-at`: the duration starts at the anchor.
 * @group Time
 */
export const AnchorRelation = /* @__PURE__ */ z
  .enum(["ends-at", "starts-at"])
  .meta({ description: "How the duration sits against its anchor: it ends at it, or starts at it." });
export type AnchorRelation = z.infer<typeof AnchorRelation>;

const TimeSpanShape = {
  /** Discriminant: a length of time. */
  kind: z.literal("duration").meta({ description: "A time expression that gives a length of time." }),
  ...TimeExpressionFieldsShape,
  /** The length. */
  duration: Duration,
  /** The time expression this duration is measured from or to. */
  anchorId: reference(TimeId, {
    role: "the anchor of a duration",
    description: "Id of the time expression the duration is measured from or to.",
  }).optional(),
  /** Whether it ends or starts at the anchor. */
  anchorRelation: AnchorRelation.optional(),
};

/** The type of the {@link TimeSpan} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeSpanSchema extends z.ZodObject<typeof TimeSpanShape, z.core.$strict> {}

/**
 * A time expression that gives a length of time, optionally anchored to another:
 * "24 years", ending in October 2002.
 * @example
 * ```ts
 * TimeSpan.parse({
 *   kind: "duration",
 *   id: "time-24-years",
 *   text: "24 years",
 *   duration: { amount: 24, unit: "year" },
 *   anchorId: "time-oct-2002",
 *   anchorRelation: "ends-at",
 *   evidenceIds: ["ev-24-years"],
 * });
 * ```
 * @group Time
 */
export const TimeSpan: TimeSpanSchema = /* @__PURE__ */ z
  .strictObject(TimeSpanShape)
  .meta({
    title: "TimeSpan",
    description: "A time expression that gives a length of time, such as \"24 years\", optionally anchored to another time.",
  });
export type TimeSpan = z.infer<typeof TimeSpan>;
export type TimeSpanInput = z.input<typeof TimeSpan>;

/**
 * The calendar unit a deictic time counts in.
 * @remarks Weeks are ISO 8601 weeks, Monday to Sunday.
 * @group Time
 */
export const CalendarUnit = /* @__PURE__ */ z
  .enum(["day", "week", "month", "season", "year"])
  .meta({ description: "The calendar unit counted from the reference date: day, week (Monday to Sunday), month, season or year." });
export type CalendarUnit = z.infer<typeof CalendarUnit>;

const TimeDeicticShape = {
  /** Discriminant: a time counted from the article's own date. */
  kind: z.literal("deictic").meta({ description: "A time counted in calendar units from the reference date: today, yesterday, this week, last year." }),
  ...TimeExpressionFieldsShape,
  /** The calendar unit counted in. */
  unit: CalendarUnit,
  /** How many units from the one that holds the reference date: 0 this, -1 last, 1 next. */
  offset: z.int().min(-10_000).max(10_000).meta({
    description: "How many units from the one holding the reference date: 0 for today or this week, -1 for yesterday or last year, 1 for tomorrow or next month.",
  }),
  /** The part of the day, for a day ("last night", "this morning"). */
  partOfDay: PartOfDay.optional(),
  /** A modifier ("early last year"). */
  modifier: TimeModifier.optional(),
};

/** The type of the {@link TimeDeictic} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeDeicticSchema extends z.ZodObject<typeof TimeDeicticShape, z.core.$strict> {}

/**
 * A time counted in calendar units from the reference date: "today" (day 0),
 * "yesterday" (day -1), "tomorrow" (day 1), "this week" (week 0), "last year" (year -1),
 * "last night" (day -1, night), "early next month".
 *
 * @remarks Resolves to the whole unit: "last year" read on 26 February 2004 is all of
 * 2003, "this week" the Monday-to-Sunday week that holds the reference date. With no
 * reference date it cannot be resolved, and says so (`no-reference-date`). TimeML writes
 * these as values computed from the document's creation time.
 * @example
 * ```ts
 * TimeDeictic.parse({ kind: "deictic", id: "time-yesterday", text: "yesterday", unit: "day", offset: -1, evidenceIds: [] });
 * ```
 * @group Time
 */
export const TimeDeictic: TimeDeicticSchema = /* @__PURE__ */ z
  .strictObject(TimeDeicticShape)
  .check((ctx) => need(ctx, ctx.value.partOfDay === undefined || ctx.value.unit === "day", "a part of the day needs the unit day", "partOfDay"))
  .meta({
    title: "TimeDeictic",
    description: "A time counted in calendar units from the reference date, such as \"today\", \"yesterday\", \"this week\" or \"last year\".",
  });
export type TimeDeictic = z.infer<typeof TimeDeictic>;
/** What the {@link TimeDeictic} schema accepts: ids as plain strings. @group Time */
export type TimeDeicticInput = z.input<typeof TimeDeictic>;

/**
 * Which side of its anchor a time lies.
 *
 * @remarks
 * - `before`: earlier than the anchor ("a week before the vote", "before the talks").
 * - `after`: later than it ("six months ago" is after nothing: it is `before` the
 *   reference date; "after the talks", "two days later").
 * - `during`: within it ("during the summit", "on the second day of the summit").
 * - `at`: at the same time ("as he took office", "when the talks opened").
 * @group Time
 */
export const TimeRelation = /* @__PURE__ */ z
  .enum(["before", "after", "during", "at"])
  .meta({ description: "Where the time lies against its anchor: before, after, during (within it) or at (at the same time as it)." });
export type TimeRelation = z.infer<typeof TimeRelation>;

const anchorFields = {
  /** The time expression it is read against. */
  anchorId: reference(TimeId, {
    role: "the anchor of a relative time",
    description: "Id of the time expression it is read against, such as the time of the talks.",
  }).optional(),
  /** The meeting, position or happening it is read against, through that fact's own time. */
  anchorEventId: reference(FactId, {
    role: "the anchoring event of a relative time",
    description: "Id of the meeting, position or happening it is read against, through that fact's own timeId, such as \"after the talks\".",
  }).optional(),
};

function oneAnchorAtMost(ctx: z.core.ParsePayload<{ anchorId?: unknown; anchorEventId?: unknown }>): void {
  need(ctx, ctx.value.anchorId === undefined || ctx.value.anchorEventId === undefined, "give anchorId or anchorEventId, not both", "anchorEventId");
}

const TimeOffsetShape = {
  /** Discriminant: a length of time before or after an anchor. */
  kind: z.literal("offset").meta({ description: "A time a length of time before or after an anchor or the reference date: six months ago, two days after the talks." }),
  ...TimeExpressionFieldsShape,
  /** The length of time. */
  duration: Duration,
  /** Before or after the anchor. */
  relation: TimeRelation.extract(["before", "after"]).meta({ description: "Whether the time is the duration before or after its anchor: \"ago\" is before." }),
  ...anchorFields,
};

/** The type of the {@link TimeOffset} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeOffsetSchema extends z.ZodObject<typeof TimeOffsetShape, z.core.$strict> {}

/**
 * A time a length of time before or after something: "six months ago" (six months
 * before the reference date), "in two weeks", "two days after the talks", "a year before
 * the election".
 *
 * @remarks With neither `anchorId` nor `anchorEventId` it is read against the reference
 * date ("ago", "from now"). The anchor is moved by the duration and widened to whole
 * units of it: "six months ago" read on 26 February 2004 is August 2003, "two days after
 * the talks" of 25 February is 27 February. An approximate duration ("about a year
 * ago") adds one unit on each side.
 * @example
 * ```ts
 * TimeOffset.parse({
 *   kind: "offset", id: "time-six-months-ago", text: "six months ago",
 *   duration: { amount: 6, unit: "month" }, relation: "before", evidenceIds: [],
 * });
 * ```
 * @group Time
 */
export const TimeOffset: TimeOffsetSchema = /* @__PURE__ */ z
  .strictObject(TimeOffsetShape)
  .check(oneAnchorAtMost)
  .meta({
    title: "TimeOffset",
    description: "A time a length of time before or after an anchor, or the reference date where none is given: \"six months ago\", \"two days after the talks\".",
  });
export type TimeOffset = z.infer<typeof TimeOffset>;
/** What the {@link TimeOffset} schema accepts: ids as plain strings. @group Time */
export type TimeOffsetInput = z.input<typeof TimeOffset>;

const TimePartShape = {
  /** The unit counted within the anchor. */
  unit: CalendarUnit.exclude(["season"]).meta({ description: "The unit counted within the anchor: day, week, month or year." }),
  /** Which one, counting from 1; negative counts from the end (-1 is the last). */
  ordinal: z
    .int()
    .min(-1000)
    .max(1000)
    .refine((value) => value !== 0, { error: "the ordinal counts from 1, or from -1 for the last; 0 names none" })
    .meta({ description: "Which unit, counting from 1 (the second day is 2); negative counts from the end (the last day is -1)." }),
};

/** The type of the {@link TimePart} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimePartSchema extends z.ZodObject<typeof TimePartShape, z.core.$strict> {}

/**
 * Which day, week, month or year of an anchor: "the second day of the summit" is
 * `{ unit: "day", ordinal: 2 }`, "the final day" `{ unit: "day", ordinal: -1 }`.
 * @group Time
 */
export const TimePart: TimePartSchema = /* @__PURE__ */ z
  .strictObject(TimePartShape)
  .meta({ title: "TimePart", description: "Which day, week, month or year of the anchor, counting from 1, or from -1 for the last." });
export type TimePart = z.infer<typeof TimePart>;

const TimeRelativeShape = {
  /** Discriminant: a time placed against another event or time. */
  kind: z.literal("relative").meta({ description: "A time placed against another event or time: after the talks, on the second day of the summit, as he took office." }),
  ...TimeExpressionFieldsShape,
  /** Where it lies against the anchor. */
  relation: TimeRelation,
  /** Which day (week, month, year) of the anchor, for `during` ("the second day of the summit"). */
  part: TimePart.optional(),
  ...anchorFields,
};

/** The type of the {@link TimeRelative} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeRelativeSchema extends z.ZodObject<typeof TimeRelativeShape, z.core.$strict> {}

/**
 * A time placed against another event or time: "after the talks", "before the
 * election", "during the summit", "on the second day of the summit", "as he took
 * office".
 *
 * @remarks Needs one anchor: a time expression (`anchorId`) or a meeting, position or
 * happening (`anchorEventId`), read through that fact's own `timeId`. Where the anchor
 * has no time, the relative time cannot be resolved and says so. `during` and `at`
 * resolve to the anchor's interval, or the `part` of it; `before` and `after` to the one
 * unit of the anchor's precision just before its start or just after its end, as the
 * `before` and `after` modifiers do: the interval has two finite ends, so the open side
 * is closed at one unit.
 * @example
 * ```ts
 * TimeRelative.parse({
 *   kind: "relative", id: "time-second-day", text: "on the second day of the summit",
 *   relation: "during", part: { unit: "day", ordinal: 2 }, anchorEventId: "summit", evidenceIds: [],
 * });
 * ```
 * @group Time
 */
export const TimeRelative: TimeRelativeSchema = /* @__PURE__ */ z
  .strictObject(TimeRelativeShape)
  .check((ctx) => {
    oneAnchorAtMost(ctx);
    need(ctx, ctx.value.anchorId !== undefined || ctx.value.anchorEventId !== undefined, "a relative time needs an anchorId or an anchorEventId", "anchorId");
    need(ctx, ctx.value.part === undefined || ctx.value.relation === "during", "a part (the second day of…) needs the relation during", "part");
  })
  .meta({
    title: "TimeRelative",
    description:
      "A time placed against another event (anchorEventId) or time (anchorId): before, after, during or at it, or one day of it, such as \"on the second day of the summit\".",
  });
export type TimeRelative = z.infer<typeof TimeRelative>;
/** What the {@link TimeRelative} schema accepts: ids as plain strings. @group Time */
export type TimeRelativeInput = z.input<typeof TimeRelative>;

const TimeRangeShape = {
  /** Discriminant: a range between two values. */
  kind: z.literal("range").meta({ description: "A time running from one value to another: 1991–1995, from Monday to Wednesday, since 1991." }),
  ...TimeExpressionFieldsShape,
  /** Where it starts. */
  from: TimeValue,
  /** Where it ends, inclusive; absent means up to the reference date ("since 1991"). */
  to: TimeValue.optional(),
};

/** The type of the {@link TimeRange} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeRangeSchema extends z.ZodObject<typeof TimeRangeShape, z.core.$strict> {}

/**
 * A time that runs from one value to another, both inclusive: "1991–1995", "from Monday
 * to Wednesday", "between March and May"; with no `to`, up to the reference date ("since
 * 1991").
 *
 * @remarks It resolves from the start of `from` to the end of `to` (or of the reference
 * day), at the coarser of the two precisions; a `to` that ends before `from` starts is
 * reported (`reversed-range`), since a year the text leaves open may have been read the
 * wrong way.
 * @example
 * ```ts
 * TimeRange.parse({
 *   kind: "range", id: "time-1991-1995", text: "1991–1995",
 *   from: { precision: "year", year: 1991 }, to: { precision: "year", year: 1995 }, evidenceIds: [],
 * });
 * ```
 * @group Time
 */
export const TimeRange: TimeRangeSchema = /* @__PURE__ */ z
  .strictObject(TimeRangeShape)
  .meta({
    title: "TimeRange",
    description: "A time that runs from one value to another, both inclusive, such as \"1991–1995\"; with no to, up to the reference date (\"since 1991\").",
  });
export type TimeRange = z.infer<typeof TimeRange>;
/** What the {@link TimeRange} schema accepts: ids as plain strings. @group Time */
export type TimeRangeInput = z.input<typeof TimeRange>;

/**
 * What kind of named period a time is.
 *
 * @remarks
 * - `holiday`: a holiday or festival ("Christmas", "Ramadan", "the Lunar New Year").
 * - `term-of-office`: someone's time in a post ("during his presidency", "under the
 *   Obama administration").
 * - `era`: a named stretch of history ("the Cold War").
 * - `other`: anything else with a name ("the election campaign").
 * @group Time
 */
export const NamedPeriodKind = /* @__PURE__ */ z
  .enum(["holiday", "term-of-office", "era", "other"])
  .meta({ description: "What kind of named period: holiday (or festival), term-of-office, era or other." });
export type NamedPeriodKind = z.infer<typeof NamedPeriodKind>;

const TimeNamedPeriodShape = {
  /** Discriminant: a period known by its name. */
  kind: z.literal("named-period").meta({ description: "A period known by its name: a holiday, a term of office, an era." }),
  ...TimeExpressionFieldsShape,
  /** The period's name ("Ramadan", "his first term"). */
  name: z.string().min(1).meta({ description: "The period's name, such as \"Ramadan\" or \"his first term\"." }),
  /** What kind of period. */
  period: NamedPeriodKind,
  /** Its first day (or month, or year), where known; mark it inferred where the article does not state it. */
  from: TimeValue.optional(),
  /** Its last day (or month, or year), inclusive; absent means `from` alone. */
  to: TimeValue.optional(),
  /** The post whose holding is the period, for a term of office. */
  postId: reference(PostId, {
    role: "the post of a term of office",
    description: "Id of the post whose holding is the period, for a term of office: its startId and endId give the dates.",
  }).optional(),
};

/** The type of the {@link TimeNamedPeriod} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TimeNamedPeriodSchema extends z.ZodObject<typeof TimeNamedPeriodShape, z.core.$strict> {}

/**
 * A period known by its name: a holiday ("over Christmas", "during Ramadan"), a term of
 * office ("during his presidency"), an era ("the Cold War").
 *
 * @remarks The package computes no calendar of holidays: a period resolves from the
 * dates it is given (`from`, and `to` where it lasts longer), marked inferred where the
 * article does not state them, or, for a term of office, from the `startId` and `endId`
 * of its post. With neither it cannot be resolved and says why (`no-period-dates`).
 * @example
 * ```ts
 * TimeNamedPeriod.parse({
 *   kind: "named-period", id: "time-christmas", text: "over Christmas", name: "Christmas", period: "holiday",
 *   from: { precision: "day", month: 12, day: 25, direction: "past" }, evidenceIds: [],
 * });
 * ```
 * @group Time
 */
export const TimeNamedPeriod: TimeNamedPeriodSchema = /* @__PURE__ */ z
  .strictObject(TimeNamedPeriodShape)
  .check((ctx) => {
    need(ctx, ctx.value.to === undefined || ctx.value.from !== undefined, "a to needs a from", "from");
    need(ctx, ctx.value.postId === undefined || ctx.value.from === undefined, "give the dates in from and to, or a postId, not both", "postId");
  })
  .meta({
    title: "TimeNamedPeriod",
    description:
      "A period known by its name (a holiday, a term of office, an era), resolved from the dates given in from and to, or from the times of the post it names.",
  });
export type TimeNamedPeriod = z.infer<typeof TimeNamedPeriod>;
/** What the {@link TimeNamedPeriod} schema accepts: ids as plain strings. @group Time */
export type TimeNamedPeriodInput = z.input<typeof TimeNamedPeriod>;

/**
 * What the article says about when, with the words it used, the reference date it is
 * read against and, where worked out, the interval it resolves to.
 *
 * @remarks The kinds:
 * - `point`: one value ("Wednesday night", "October 2002", "spring", "at 3 p.m.");
 * - `choice`: one of several values ("the middle or late part of March");
 * - `duration`: a length of time ("24 years"), optionally anchored;
 * - `deictic`: counted from the article's date ("today", "yesterday", "this week", "last year");
 * - `offset`: a length of time before or after ("six months ago", "two days after the talks");
 * - `relative`: placed against another event or time ("after the talks", "on the second
 *   day of the summit", "as he took office");
 * - `range`: from one value to another ("1991–1995", "since 1991");
 * - `named-period`: known by its name ("Ramadan", "his term as president").
 *
 * Maps to TimeML TIMEX3: `text` is the tag's content, the value and modifier
 * are `value` and `mod`, `anchorId` is `anchorTimeID`; a relative time is a TLINK
 * (BEFORE, AFTER, DURING, SIMULTANEOUS) to its anchor.
 * @example
 * ```ts
 * TimeExpression.parse({
 *   kind: "point",
 *   id: "time-wednesday-night",
 *   text: "Wednesday night",
 *   utcOffset: "+08:00",
 *   value: { precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" },
 *   evidenceIds: ["ev-wednesday-night"],
 * }).kind;
 * //=> "point"
 * ```
 * @group Time
 */
export const TimeExpression: z.ZodDiscriminatedUnion<
  [typeof TimePoint, typeof TimeChoice, typeof TimeSpan, typeof TimeDeictic, typeof TimeOffset, typeof TimeRelative, typeof TimeRange, typeof TimeNamedPeriod],
  "kind"
> = /* @__PURE__ */ z
  .discriminatedUnion("kind", [TimePoint, TimeChoice, TimeSpan, TimeDeictic, TimeOffset, TimeRelative, TimeRange, TimeNamedPeriod])
  .meta({
    title: "TimeExpression",
    description:
      "What the article says about when: one value (point), a choice of values (choice), a length of time (duration), a time counted from the article's date (deictic), a length of time before or after something (offset), a time placed against another event (relative), a range (range) or a named period (named-period), with the words used and, where worked out, the resolved interval.",
  });
export type TimeExpression = z.infer<typeof TimeExpression>;
export type TimeExpressionInput = z.input<typeof TimeExpression>;

/**
 * The kinds of time expression, read from the schema.
 * @group Time
 */
export type TimeExpressionKind = TimeExpression["kind"];
