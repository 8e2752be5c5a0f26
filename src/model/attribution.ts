import * as z from "zod";
import type { NamedObject } from "./named-schema.js";
import { ActorId, AttributionId, EvidenceId, TimeId } from "./id.js";

/**
 * How sure the article is of a fact, and in whose voice: its factuality.
 *
 * @remarks
 * - `stated`: the article or its source states it as fact.
 * - `reported`: a source is reported to have said it ("the sources said").
 * - `expected`: said to be expected, not yet so ("is expected to center on").
 * - `believed`: believed, not known ("is believed to have relayed").
 * - `alleged`: claimed by one side and not confirmed ("Pyongyang's assertion that…").
 * - `denied`: said not to be so ("Japan has denied there ever was such a promise").
 *
 * Maps to FactBank's factuality values: CT+ (stated, reported), PR+ (expected,
 * believed), PS+ (alleged), CT- (denied).
 * @group Attribution
 */
export const Certainty: z.ZodEnum<{ [Value in Certainty]: Value }> = /* @__PURE__ */ z
  .enum(["stated", "reported", "expected", "believed", "alleged", "denied"])
  .register(z.globalRegistry, {
    description:
      "How sure the article is of the fact: stated (as fact), reported (a source said it), expected (not yet so), believed (not known), alleged (claimed by one side), denied (said not to be so).",
  });
/** @group Attribution */
export type Certainty = "stated" | "reported" | "expected" | "believed" | "alleged" | "denied";

const AttributionShape = {
  /** Unique id of this attribution. */
  id: AttributionId as typeof AttributionId,
  /** The actor the fact came from ("diplomatic sources", "Japanese officials"); absent where the article does not say who ("is believed"). */
  sourceId: ActorId.optional().register(z.globalRegistry, {
    description:
      "Id of the actor the article says the fact came from, such as an unnamed source; absent where the article does not say who (\"is believed\").",
  }),
  /** How sure the fact is. */
  certainty: Certainty as typeof Certainty,
  /** When the source said it ("said Thursday"). */
  saidAtId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when the source said it, such as \"Thursday\"." }),
  /** The attribution this one is nested in: the officials said that Kim reiterated Pyongyang's assertion. */
  withinId: AttributionId.optional().register(z.globalRegistry, {
    description:
      "Id of the outer attribution this one is nested in, where the article nests them (officials said that Kim reiterated Pyongyang's assertion).",
  }),
  /** Ids of the spans that carry the attribution itself ("the sources said"). */
  evidenceIds: z
    .array(EvidenceId)
    .register(z.globalRegistry, { description: "Ids of the evidence spans that carry the attribution itself, such as \"the sources said\"." }),
};
// Attribution's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const AttributionType: z.ZodObject<typeof AttributionShape, z.core.$strict>;

/**
 * Who the article says a fact came from, when they said it, and how sure it is.
 *
 * @remarks
 * Facts point at attributions through `attributionIds`; one attribution ("the sources
 * said") can serve several facts. Attributions nest through `withinId` where the
 * article nests reported speech, and {@link validateDocument} rejects a cycle. An
 * unnamed or plural source is an {@link UnnamedSource} actor.
 * @example
 * ```ts
 * Attribution.parse({
 *   id: "att-sources-thursday",
 *   sourceId: "diplomatic-sources",
 *   certainty: "reported",
 *   saidAtId: "time-thursday",
 *   evidenceIds: ["ev-s1-said"],
 * });
 * ```
 * @group Attribution
 */
export const Attribution: NamedObject<typeof AttributionType.shape, Attribution, AttributionInput> = /* @__PURE__ */ z
  .strictObject(AttributionShape)
  .register(z.globalRegistry, {
    title: "Attribution",
    description:
      "Who the article says a fact came from, when they said it and how sure it is; nested through withinId where the article nests reported speech.",
  });
/**
 * What the `Attribution` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Attribution
 */
export type Attribution = {
  /** Unique id of this attribution. */
  id: AttributionId;
  /** The actor the fact came from ("diplomatic sources", "Japanese officials"); absent where the article does not say who ("is believed"). */
  sourceId?: ActorId | undefined;
  /** How sure the fact is. */
  certainty: Certainty;
  /** When the source said it ("said Thursday"). */
  saidAtId?: TimeId | undefined;
  /** The attribution this one is nested in: the officials said that Kim reiterated Pyongyang's assertion. */
  withinId?: AttributionId | undefined;
  /** Ids of the spans that carry the attribution itself ("the sources said"). */
  evidenceIds: EvidenceId[];
};
/**
 * What the `Attribution` schema accepts: {@link Attribution} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Attribution
 */
export type AttributionInput = {
  /** Unique id of this attribution. */
  id: string;
  /** The actor the fact came from ("diplomatic sources", "Japanese officials"); absent where the article does not say who ("is believed"). */
  sourceId?: string | undefined;
  /** How sure the fact is. */
  certainty: Certainty;
  /** When the source said it ("said Thursday"). */
  saidAtId?: string | undefined;
  /** The attribution this one is nested in: the officials said that Kim reiterated Pyongyang's assertion. */
  withinId?: string | undefined;
  /** Ids of the spans that carry the attribution itself ("the sources said"). */
  evidenceIds: string[];
};
