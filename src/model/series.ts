import * as z from "zod";
import { ActorId, IssueId, SeriesId, reference } from "./id.js";
import { factFields } from "./fact.js";

/**
 * Whether talks are between two parties or more.
 * @remarks `bilateral`: two parties. `multilateral`: three or more.
 * @group Meetings
 */
export const TalksKind = /* @__PURE__ */ z
  .enum(["bilateral", "multilateral"])
  .meta({ description: "Whether the talks are between two parties (bilateral) or more (multilateral)." });
export type TalksKind = z.infer<typeof TalksKind>;

// Built in a pure function, so that a bundler drops it, with its schema, where only TalksKind is imported.
const TalkSeriesShape = /* @__PURE__ */ (() => ({
  /** Unique id of this series. */
  id: SeriesId,
  /** Its name ("the six-party talks"). */
  name: z.string().min(1).meta({ description: "The name of the series, such as \"the six-party talks\"." }),
  /** Bilateral or multilateral. */
  kind: TalksKind,
  /** The states or organisations that take part. */
  partyIds: z
    .array(reference(ActorId, { role: "a party to a series", kinds: ["state", "organization"] }))
    .meta({ description: "Ids of the states or organisations that take part in the series." }),
  /** The issues the series is about. */
  issueIds: z
    .array(reference(IssueId, { role: "an issue of a series" }))
    .optional()
    .meta({ description: "Ids of the issues the series is about." }),
  ...factFields("a series"),
}))();

/** The type of the {@link TalkSeries} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface TalkSeriesSchema extends z.ZodObject<typeof TalkSeriesShape, z.core.$strict> {}

/**
 * A named process of talks held in rounds: the six-party talks, the Japan–North Korea
 * bilateral talks.
 *
 * @remarks Rounds are {@link Meeting}s that point at the series with `seriesId` and
 * say which round they are with `round`; list them with the query helpers.
 * @example
 * ```ts
 * TalkSeries.parse({
 *   id: "six-party-talks",
 *   name: "the six-party talks",
 *   kind: "multilateral",
 *   partyIds: ["japan", "north-korea"],
 *   evidenceIds: ["ev-six-party"],
 * });
 * ```
 * @group Meetings
 */
export const TalkSeries: TalkSeriesSchema = /* @__PURE__ */ z
  .strictObject(TalkSeriesShape)
  .meta({ title: "TalkSeries", description: "A named process of talks held in rounds, such as the six-party talks." });
export type TalkSeries = z.infer<typeof TalkSeries>;
export type TalkSeriesInput = z.input<typeof TalkSeries>;
