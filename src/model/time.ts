import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { EvidenceId, TimeId } from "./id.js";
import { Inferred, type Inference, type InferenceInput } from "./inference.js";

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
export const TimePrecision: z.ZodEnum<{ [Value in TimePrecision]: Value }> = /* @__PURE__ */ z
  .enum(["year", "month", "day", "part-of-day"])
  .register(z.globalRegistry, { description: "How fine the value is: year, month, day or part-of-day." });
/** @group Time */
export type TimePrecision = "year" | "month" | "day" | "part-of-day";

/**
 * A day of the week, as the article names it.
 * @group Time
 */
export const Weekday: z.ZodEnum<{ [Value in Weekday]: Value }> = /* @__PURE__ */ z
  .enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
  .register(z.globalRegistry, { description: "A day of the week." });
/** @group Time */
export type Weekday = "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

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
export const PartOfDay: z.ZodEnum<{ [Value in PartOfDay]: Value }> = /* @__PURE__ */ z
  .enum(["morning", "afternoon", "evening", "night"])
  .register(z.globalRegistry, { description: "A part of the day: morning, afternoon, evening or night." });
/** @group Time */
export type PartOfDay = "morning" | "afternoon" | "evening" | "night";

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
export const TimeModifier: z.ZodEnum<{ [Value in TimeModifier]: Value }> = /* @__PURE__ */ z
  .enum(["early", "mid", "late", "approximate", "before", "after"])
  .register(z.globalRegistry, {
    description:
      "Narrows or blurs the value: early, mid or late part of the period; approximate; or some time before or after it.",
  });
/** @group Time */
export type TimeModifier = "early" | "mid" | "late" | "approximate" | "before" | "after";

/**
 * Which way from the reference date to look for a value the text leaves open.
 *
 * @remarks
 * - `past`: the latest such day or month on or before the reference date ("said
 *   Thursday", "met Wednesday").
 * - `future`: the earliest on or after it ("in mid-March", for a meeting being planned).
 * @group Time
 */
export const TimeDirection: z.ZodEnum<{ [Value in TimeDirection]: Value }> = /* @__PURE__ */ z
  .enum(["past", "future"])
  .register(z.globalRegistry, {
    description:
      "Which way from the reference date to look for a value the text leaves open: past (latest on or before) or future (earliest on or after).",
  });
/** @group Time */
export type TimeDirection = "past" | "future";

/**
 * Adds a custom issue at `path` to a check's payload unless `ok`: a function of the
 * module rather than a closure, so that a check that finds nothing builds nothing.
 */
function need(ctx: z.core.ParsePayload<unknown>, ok: boolean, message: string, path: string): void {
  if (!ok) ctx.issues.push({ code: "custom", input: ctx.value, path: [path], message });
}

const TimeValueShape = {
  /** How fine the value is. */
  precision: TimePrecision as typeof TimePrecision,
  /** The year, where the text gives it or it is resolved. */
  year: z.int().min(1).max(9999).optional().register(z.globalRegistry, { description: "The year, where the text gives it." }),
  /** The month, 1 to 12. */
  month: z.int().min(1).max(12).optional().register(z.globalRegistry, { description: "The month, 1 (January) to 12 (December)." }),
  /** The day of the month, 1 to 31. */
  day: z.int().min(1).max(31).optional().register(z.globalRegistry, { description: "The day of the month, 1 to 31." }),
  /** The day of the week, where the text names it ("Wednesday"). */
  weekday: Weekday.optional() as z.ZodOptional<typeof Weekday>,
  /** The part of the day ("night"). */
  partOfDay: PartOfDay.optional() as z.ZodOptional<typeof PartOfDay>,
  /** A modifier ("mid", "late"). */
  modifier: TimeModifier.optional() as z.ZodOptional<typeof TimeModifier>,
  /** Which way from the reference date to look, where the text leaves the year or week open. */
  direction: TimeDirection.optional() as z.ZodOptional<typeof TimeDirection>,
};
// TimeValue's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const TimeValueType: z.ZodObject<typeof TimeValueShape, z.core.$strict>;

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
export const TimeValue: NamedObject<typeof TimeValueType.shape, TimeValue, TimeValueInput> = /* @__PURE__ */ z
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
  .register(z.globalRegistry, {
    title: "TimeValue",
    description:
      "A normalized time value: the calendar fields the text gives (year, month, day, weekday, part of day), how fine it is, a modifier, and which way from the reference date to look for what it leaves open.",
  });
/**
 * What the `TimeValue` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Time
 */
export type TimeValue = {
  /** How fine the value is. */
  precision: TimePrecision;
  /** The year, where the text gives it or it is resolved. */
  year?: number | undefined;
  /** The month, 1 to 12. */
  month?: number | undefined;
  /** The day of the month, 1 to 31. */
  day?: number | undefined;
  /** The day of the week, where the text names it ("Wednesday"). */
  weekday?: Weekday | undefined;
  /** The part of the day ("night"). */
  partOfDay?: PartOfDay | undefined;
  /** A modifier ("mid", "late"). */
  modifier?: TimeModifier | undefined;
  /** Which way from the reference date to look, where the text leaves the year or week open. */
  direction?: TimeDirection | undefined;
};
/**
 * What the `TimeValue` schema accepts: the same as it gives, {@link TimeValue}.
 * @group Time
 */
export type TimeValueInput = TimeValue;

/**
 * A unit of a duration.
 * @group Time
 */
export const DurationUnit: z.ZodEnum<{ [Value in DurationUnit]: Value }> = /* @__PURE__ */ z
  .enum(["year", "month", "week", "day", "hour"])
  .register(z.globalRegistry, { description: "The unit of a duration." });
/** @group Time */
export type DurationUnit = "year" | "month" | "week" | "day" | "hour";

const DurationShape = {
  /** How many units. */
  amount: z.number().positive().register(z.globalRegistry, { description: "How many units, such as 24." }),
  /** The unit. */
  unit: DurationUnit as typeof DurationUnit,
  /** Whether the amount is exact or about. */
  approximate: z.boolean().optional().register(z.globalRegistry, { description: "True where the text gives the amount as approximate." }),
};
// Duration's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const DurationType: z.ZodObject<typeof DurationShape, z.core.$strict>;

/**
 * A length of time, such as "24 years".
 * @example
 * ```ts
 * Duration.parse({ amount: 24, unit: "year" });
 * ```
 * @group Time
 */
export const Duration: NamedObject<typeof DurationType.shape, Duration, DurationInput> = /* @__PURE__ */ z
  .strictObject(DurationShape)
  .register(z.globalRegistry, { title: "Duration", description: "A length of time, such as 24 years." });
/**
 * What the `Duration` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Time
 */
export type Duration = {
  /** How many units. */
  amount: number;
  /** The unit. */
  unit: DurationUnit;
  /** Whether the amount is exact or about. */
  approximate?: boolean | undefined;
};
/**
 * What the `Duration` schema accepts: the same as it gives, {@link Duration}.
 * @group Time
 */
export type DurationInput = Duration;

/**
 * A fixed offset from UTC, `+08:00` or `-05:00`.
 * @group Time
 */
export const UtcOffset = /* @__PURE__ */ z
  .string()
  .regex(/^[+-](?:0\d|1[0-4]):[0-5]\d$/, { error: 'must be a UTC offset such as "+08:00"' })
  .register(z.globalRegistry, { description: 'A fixed offset from UTC, such as "+08:00" for Beijing.' });
/** @group Time */
export type UtcOffset = string;

const ResolvedIntervalShape = {
  /** The earliest instant the expression can mean (inclusive), as an ISO 8601 date-time with offset. */
  start: z.iso.datetime({ offset: true }).register(z.globalRegistry, {
    description: "The earliest instant the expression can mean (inclusive), ISO 8601 with a UTC offset.",
  }),
  /** The instant just after the latest it can mean (exclusive). */
  end: z.iso.datetime({ offset: true }).register(z.globalRegistry, {
    description: "The instant just after the latest the expression can mean (exclusive), ISO 8601 with a UTC offset.",
  }),
  /** The precision of the resolved value. */
  precision: TimePrecision as typeof TimePrecision,
  /** The offset from UTC of the event's own zone, in which start and end are written. */
  utcOffset: UtcOffset as typeof UtcOffset,
};
// ResolvedInterval's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const ResolvedIntervalType: z.ZodObject<typeof ResolvedIntervalShape, z.core.$strict>;

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
export const ResolvedInterval: NamedObject<typeof ResolvedIntervalType.shape, ResolvedInterval, ResolvedIntervalInput> = /* @__PURE__ */ z
  .strictObject(ResolvedIntervalShape)
  .register(z.globalRegistry, {
    title: "ResolvedInterval",
    description:
      "The earliest and latest instants a time expression can mean: a half-open interval [start, end) in the event's own UTC offset.",
  });
/**
 * What the `ResolvedInterval` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Time
 */
export type ResolvedInterval = {
  /** The earliest instant the expression can mean (inclusive), as an ISO 8601 date-time with offset. */
  start: string;
  /** The instant just after the latest it can mean (exclusive). */
  end: string;
  /** The precision of the resolved value. */
  precision: TimePrecision;
  /** The offset from UTC of the event's own zone, in which start and end are written. */
  utcOffset: string;
};
/**
 * What the `ResolvedInterval` schema accepts: the same as it gives, {@link ResolvedInterval}.
 * @group Time
 */
export type ResolvedIntervalInput = ResolvedInterval;

const timeCommon = {
  /** Unique id of this time expression. */
  id: TimeId as typeof TimeId,
  /** The words of the article, as written ("Wednesday night"). */
  text: z.string().min(1).register(z.globalRegistry, { description: "The words of the article for this time, as written, such as \"Wednesday night\"." }),
  /** The date the expression is read against; absent means the article's reference date. */
  referenceDate: z.iso
    .date()
    .optional()
    .register(z.globalRegistry, { description: "The date (YYYY-MM-DD) the expression is read against; absent means the article's reference date." }),
  /** The event's own time zone as a UTC offset (Beijing is "+08:00"). */
  utcOffset: UtcOffset.optional() as z.ZodOptional<typeof UtcOffset>,
  /** The resolved interval, where it has been worked out. */
  resolved: ResolvedInterval.optional() as z.ZodOptional<NamedSchema<ResolvedInterval, ResolvedIntervalInput>>,
  /** Ids of the spans that hold the expression. */
  evidenceIds: z.array(EvidenceId).register(z.globalRegistry, { description: "Ids of the evidence spans that hold the expression." }),
  /** Values the article does not state (the year of "Wednesday"), each with its reason. */
  inferred: Inferred.optional() as z.ZodOptional<typeof Inferred>,
  /** A free-text note. */
  note: z.string().optional().register(z.globalRegistry, { description: "A free-text note by whoever encoded the article." }),
};

const TimePointShape = {
  /** Discriminant: one value. */
  kind: z.literal("point").register(z.globalRegistry, { description: "A time expression with one value." }),
  ...timeCommon,
  /** What the expression means. */
  value: TimeValue as NamedSchema<TimeValue, TimeValueInput>,
};
// TimePoint's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const TimePointType: z.ZodObject<typeof TimePointShape, z.core.$strict>;

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
export const TimePoint: NamedObject<typeof TimePointType.shape, TimePoint, TimePointInput> = /* @__PURE__ */ z
  .strictObject(TimePointShape)
  .register(z.globalRegistry, { title: "TimePoint", description: "A time expression with one value, such as \"Wednesday night\" or \"October 2002\"." });
/**
 * The fields every kind of time expression has, as the schemas give them: its id, its
 * words in the article, what it is read against, how it resolves, and its evidence.
 * @group Time
 */
export type TimeExpressionFields = {
  /** Unique id of this time expression. */
  id: TimeId;
  /** The words of the article, as written ("Wednesday night"). */
  text: string;
  /** The date the expression is read against; absent means the article's reference date. */
  referenceDate?: string | undefined;
  /** The event's own time zone as a UTC offset (Beijing is "+08:00"). */
  utcOffset?: string | undefined;
  /** The resolved interval, where it has been worked out. */
  resolved?: ResolvedInterval | undefined;
  /** Ids of the spans that hold the expression. */
  evidenceIds: EvidenceId[];
  /** Values the article does not state (the year of "Wednesday"), each with its reason. */
  inferred?: Inference[] | undefined;
  /** A free-text note. */
  note?: string | undefined;
};

/**
 * The fields every kind of time expression has, as a schema accepts them:
 * {@link TimeExpressionFields} with ids as plain strings.
 * @group Time
 */
export type TimeExpressionFieldsInput = {
  /** Unique id of this time expression. */
  id: string;
  /** The words of the article, as written ("Wednesday night"). */
  text: string;
  /** The date the expression is read against; absent means the article's reference date. */
  referenceDate?: string | undefined;
  /** The event's own time zone as a UTC offset (Beijing is "+08:00"). */
  utcOffset?: string | undefined;
  /** The resolved interval, where it has been worked out. */
  resolved?: ResolvedIntervalInput | undefined;
  /** Ids of the spans that hold the expression. */
  evidenceIds: string[];
  /** Values the article does not state (the year of "Wednesday"), each with its reason. */
  inferred?: InferenceInput[] | undefined;
  /** A free-text note. */
  note?: string | undefined;
};

/**
 * What the `TimePoint` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Time
 */
export type TimePoint = TimeExpressionFields & {
  /** Discriminant: one value. */
  kind: "point";
  /** What the expression means. */
  value: TimeValue;
};
/**
 * What the `TimePoint` schema accepts: {@link TimePoint} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Time
 */
export type TimePointInput = TimeExpressionFieldsInput & {
  /** Discriminant: one value. */
  kind: "point";
  /** What the expression means. */
  value: TimeValueInput;
};

const TimeChoiceShape = {
  /** Discriminant: a choice between values. */
  kind: z.literal("choice").register(z.globalRegistry, { description: "A time expression that allows any one of several values." }),
  ...timeCommon,
  /** The values it allows, in the order the text gives them. */
  options: z
    .array(TimeValue)
    .min(2)
    .register(z.globalRegistry, { description: "The values the expression allows, at least two, in the order the text gives them." }) as z.ZodArray<NamedSchema<TimeValue, TimeValueInput>>,
};
// TimeChoice's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const TimeChoiceType: z.ZodObject<typeof TimeChoiceShape, z.core.$strict>;

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
export const TimeChoice: NamedObject<typeof TimeChoiceType.shape, TimeChoice, TimeChoiceInput> = /* @__PURE__ */ z
  .strictObject(TimeChoiceShape)
  .register(z.globalRegistry, {
    title: "TimeChoice",
    description: "A time expression that allows any one of several values, such as \"the middle or late part of March\".",
  });
/**
 * What the `TimeChoice` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Time
 */
export type TimeChoice = TimeExpressionFields & {
  /** Discriminant: a choice between values. */
  kind: "choice";
  /** The values it allows, in the order the text gives them. */
  options: TimeValue[];
};
/**
 * What the `TimeChoice` schema accepts: {@link TimeChoice} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Time
 */
export type TimeChoiceInput = TimeExpressionFieldsInput & {
  /** Discriminant: a choice between values. */
  kind: "choice";
  /** The values it allows, in the order the text gives them. */
  options: TimeValueInput[];
};

/**
 * How a duration sits against its anchor.
 *
 * @remarks
 * - `ends-at`: the duration ends at the anchor ("repatriated in October 2002 after
 *   spending 24 years").
 * - `starts-at`: the duration starts at the anchor.
 * @group Time
 */
export const AnchorRelation: z.ZodEnum<{ [Value in AnchorRelation]: Value }> = /* @__PURE__ */ z
  .enum(["ends-at", "starts-at"])
  .register(z.globalRegistry, { description: "How the duration sits against its anchor: it ends at it, or starts at it." });
/** @group Time */
export type AnchorRelation = "ends-at" | "starts-at";

const TimeSpanShape = {
  /** Discriminant: a length of time. */
  kind: z.literal("duration").register(z.globalRegistry, { description: "A time expression that gives a length of time." }),
  ...timeCommon,
  /** The length. */
  duration: Duration as NamedSchema<Duration, DurationInput>,
  /** The time expression this duration is measured from or to. */
  anchorId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression the duration is measured from or to." }),
  /** Whether it ends or starts at the anchor. */
  anchorRelation: AnchorRelation.optional() as z.ZodOptional<typeof AnchorRelation>,
};
// TimeSpan's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const TimeSpanType: z.ZodObject<typeof TimeSpanShape, z.core.$strict>;

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
export const TimeSpan: NamedObject<typeof TimeSpanType.shape, TimeSpan, TimeSpanInput> = /* @__PURE__ */ z
  .strictObject(TimeSpanShape)
  .register(z.globalRegistry, {
    title: "TimeSpan",
    description: "A time expression that gives a length of time, such as \"24 years\", optionally anchored to another time.",
  });
/**
 * What the `TimeSpan` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Time
 */
export type TimeSpan = TimeExpressionFields & {
  /** Discriminant: a length of time. */
  kind: "duration";
  /** The length. */
  duration: Duration;
  /** The time expression this duration is measured from or to. */
  anchorId?: TimeId | undefined;
  /** Whether it ends or starts at the anchor. */
  anchorRelation?: AnchorRelation | undefined;
};
/**
 * What the `TimeSpan` schema accepts: {@link TimeSpan} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Time
 */
export type TimeSpanInput = TimeExpressionFieldsInput & {
  /** Discriminant: a length of time. */
  kind: "duration";
  /** The length. */
  duration: DurationInput;
  /** The time expression this duration is measured from or to. */
  anchorId?: string | undefined;
  /** Whether it ends or starts at the anchor. */
  anchorRelation?: AnchorRelation | undefined;
};

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
  .register(z.globalRegistry, {
    title: "TimeExpression",
    description:
      "What the article says about when: one value (point), a choice of values (choice) or a length of time (duration), with the words used and, where worked out, the resolved interval.",
  });
/** @group Time */
export type TimeExpression = TimePoint | TimeChoice | TimeSpan;
/**
 * What the `TimeExpression` schema accepts: one of {@link TimePointInput}, {@link TimeChoiceInput}, {@link TimeSpanInput}.
 * @group Time
 */
export type TimeExpressionInput = TimePointInput | TimeChoiceInput | TimeSpanInput;

/**
 * The kinds of time expression, read from the schema.
 * @group Time
 */
export type TimeExpressionKind = TimeExpression["kind"];
