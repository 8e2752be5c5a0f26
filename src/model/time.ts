import * as z from "zod";
import { EvidenceId, TimeId, reference } from "./id.js";
import { Inferred } from "./inference.js";

/**
 * How fine a normalized time value is.
 *
 * @remarks
 * - `year`: "2002".
 * - `month`: "October 2002", "mid-March".
 * - `day`: "Wednesday", "Thursday".
 * - `part-of-day`: "Wednesday night".
 * @group Time
 */
export const TimePrecision = /* @__PURE__ */ z
  .enum(["year", "month", "day", "part-of-day"])
  .meta({ description: "How fine the value is: year, month, day or part-of-day." });
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
  /** A modifier ("mid", "late"). */
  modifier: TimeModifier.optional(),
  /** Which way from the reference date to look, where the text leaves the year or week open. */
  direction: TimeDirection.optional(),
};

/**
 * A normalized time value: what a time expression means, as far as the text says,
 * before it is resolved to instants.
 *
 * @remarks
 * Fill in only what the text gives: "mid-March" is `{ precision: "month", month: 3,
 * modifier: "mid", direction: "future" }`, with no year. The precision must agree with
 * the fields present: a `day` precision needs a `day` or a `weekday`, a `part-of-day`
 * precision needs `partOfDay`. Maps to the TimeML TIMEX3 `value` and `mod` attributes.
 * @example
 * ```ts
 * TimeValue.parse({ precision: "part-of-day", weekday: "wednesday", partOfDay: "night", direction: "past" });
 * ```
 * @group Time
 */
export const TimeValue: z.ZodObject<typeof TimeValueShape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(TimeValueShape)
  .check((ctx) => {
    const value = ctx.value;
    if (value.precision === "month") need(ctx, value.month !== undefined, "a month precision needs a month", "month");
    if (value.precision === "day" || value.precision === "part-of-day")
      need(ctx, value.day !== undefined || value.weekday !== undefined, `a ${value.precision} precision needs a day or a weekday`, "day");
    if (value.precision === "part-of-day")
      need(ctx, value.partOfDay !== undefined, "a part-of-day precision needs partOfDay", "partOfDay");
    if (value.precision === "year") need(ctx, value.year !== undefined, "a year precision needs a year", "year");
  })
  .meta({
    title: "TimeValue",
    description:
      "A normalized time value: the calendar fields the text gives (year, month, day, weekday, part of day), how fine it is, a modifier, and which way from the reference date to look for what it leaves open.",
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

/**
 * A length of time, such as "24 years".
 * @example
 * ```ts
 * Duration.parse({ amount: 24, unit: "year" });
 * ```
 * @group Time
 */
export const Duration: z.ZodObject<typeof DurationShape, z.core.$strict> = /* @__PURE__ */ z
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
export const ResolvedInterval: z.ZodObject<typeof ResolvedIntervalShape, z.core.$strict> = /* @__PURE__ */ z
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
export const TimePoint: z.ZodObject<typeof TimePointShape, z.core.$strict> = /* @__PURE__ */ z
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
export const TimeChoice: z.ZodObject<typeof TimeChoiceShape, z.core.$strict> = /* @__PURE__ */ z
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
export const TimeSpan: z.ZodObject<typeof TimeSpanShape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(TimeSpanShape)
  .meta({
    title: "TimeSpan",
    description: "A time expression that gives a length of time, such as \"24 years\", optionally anchored to another time.",
  });
export type TimeSpan = z.infer<typeof TimeSpan>;
export type TimeSpanInput = z.input<typeof TimeSpan>;

/**
 * What the article says about when: one value, a choice of values, or a duration, with
 * the words it used, the reference date it is read against and, where worked out, the
 * interval it resolves to.
 *
 * @remarks Maps to TimeML TIMEX3: `text` is the tag's content, the value and modifier
 * are `value` and `mod`, `anchorId` is `anchorTimeID`.
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
export const TimeExpression: z.ZodDiscriminatedUnion<[typeof TimePoint, typeof TimeChoice, typeof TimeSpan], "kind"> = /* @__PURE__ */ z
  .discriminatedUnion("kind", [TimePoint, TimeChoice, TimeSpan])
  .meta({
    title: "TimeExpression",
    description:
      "What the article says about when: one value (point), a choice of values (choice) or a length of time (duration), with the words used and, where worked out, the resolved interval.",
  });
export type TimeExpression = z.infer<typeof TimeExpression>;
export type TimeExpressionInput = z.input<typeof TimeExpression>;

/**
 * The kinds of time expression, read from the schema.
 * @group Time
 */
export type TimeExpressionKind = TimeExpression["kind"];
