import * as z from "zod";
import type { NamedObject } from "./named-schema.js";
import { ActorId, IssueId, SeriesId, type AttributionId, type EvidenceId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

/**
 * Whether talks are between two parties or more.
 * @remarks `bilateral`: two parties. `multilateral`: three or more.
 * @group Meetings
 */
export const TalksKind: z.ZodEnum<{ [Value in TalksKind]: Value }> = /* @__PURE__ */ z
  .enum(["bilateral", "multilateral"])
  .register(z.globalRegistry, { description: "Whether the talks are between two parties (bilateral) or more (multilateral)." });
/** @group Meetings */
export type TalksKind = "bilateral" | "multilateral";

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
export const TalkSeries: NamedObject<typeof TalkSeriesType.shape, TalkSeries, TalkSeriesInput> = /* @__PURE__ */ z
  .strictObject(TalkSeriesShape)
  .register(z.globalRegistry, { title: "TalkSeries", description: "A named process of talks held in rounds, such as the six-party talks." });
/**
 * What the `TalkSeries` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type TalkSeries = Fact & {
  /** Unique id of this series. */
  id: SeriesId;
  /** Its name ("the six-party talks"). */
  name: string;
  /** Bilateral or multilateral. */
  kind: TalksKind;
  /** The states or organisations that take part. */
  partyIds: ActorId[];
  /** The issues the series is about. */
  issueIds?: IssueId[] | undefined;
};
/**
 * What the `TalkSeries` schema accepts: {@link TalkSeries} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type TalkSeriesInput = FactInput & {
  /** Unique id of this series. */
  id: string;
  /** Its name ("the six-party talks"). */
  name: string;
  /** Bilateral or multilateral. */
  kind: TalksKind;
  /** The states or organisations that take part. */
  partyIds: string[];
  /** The issues the series is about. */
  issueIds?: string[] | undefined;
};
