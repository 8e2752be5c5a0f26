import * as z from "zod";
import { ActorId, IssueId, SeriesId } from "./id.js";
import { FactFields } from "./fact.js";

/**
 * Whether talks are between two parties or more.
 * @remarks `bilateral`: two parties. `multilateral`: three or more.
 * @group Meetings
 */
export const TalksKind = /* @__PURE__ */ z
  .enum(["bilateral", "multilateral"])
  .register(z.globalRegistry, { description: "Whether the talks are between two parties (bilateral) or more (multilateral)." });
/** @group Meetings */
export type TalksKind = z.infer<typeof TalksKind>;

const TalkSeriesShape = {
  /** Unique id of this series. */
  id: SeriesId as typeof SeriesId,
  /** Its name ("the six-party talks"). */
  name: z.string().min(1).register(z.globalRegistry, { description: "The name of the series, such as \"the six-party talks\"." }),
  /** Bilateral or multilateral. */
  kind: TalksKind as typeof TalksKind,
  /** The states or organisations that take part. */
  partyIds: z.array(ActorId).register(z.globalRegistry, { description: "Ids of the states or organisations that take part in the series." }),
  /** The issues the series is about. */
  issueIds: z.array(IssueId).optional().register(z.globalRegistry, { description: "Ids of the issues the series is about." }),
  ...FactFields,
};
// TalkSeries's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const TalkSeriesType: z.ZodObject<typeof TalkSeriesShape, z.core.$strict>;

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
export const TalkSeries: z.ZodObject<typeof TalkSeriesType.shape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(TalkSeriesShape)
  .register(z.globalRegistry, { title: "TalkSeries", description: "A named process of talks held in rounds, such as the six-party talks." });
/**
 * What the `TalkSeries` schema parses to: the type zod infers from it, named so that
 * compilers and editors refer to it rather than work it out again.
 * @group Meetings
 */
export interface TalkSeries extends z.infer<typeof TalkSeries> {}
