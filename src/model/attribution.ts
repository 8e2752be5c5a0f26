import * as z from "zod";
import { ActorId, AttributionId, EvidenceId, TimeId, reference } from "./id.js";
import { Inferred } from "./inference.js";

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
 * Maps to FactBank's factuality values, each from a point of view: a `stated` fact is
 * CT+ for the author; a `reported` or `alleged` one is CT+ for its source and Uu
 * (uncommitted) for the author; `expected` and `believed` are PR+ for whoever expects or
 * believes it (the author, where no source is named); `denied` is CT- for its source
 * and Uu for the author.
 * @group Attribution
 */
export const Certainty = /* @__PURE__ */ z
  .enum(["stated", "reported", "expected", "believed", "alleged", "denied"])
  .meta({
    description:
      "How sure the article is of the fact: stated (as fact), reported (a source said it), expected (not yet so), believed (not known), alleged (claimed by one side), denied (said not to be so).",
  });
export type Certainty = z.infer<typeof Certainty>;

const AttributionShape = {
  /** Unique id of this attribution. */
  id: AttributionId,
  /** The actor the fact came from ("diplomatic sources", "Japanese officials"); absent where the article does not say who ("is believed"). */
  sourceId: reference(ActorId, {
    role: "the source of an attribution",
    description:
      "Id of the actor the article says the fact came from, such as an unnamed source; absent where the article does not say who (\"is believed\").",
  }).optional(),
  /** How sure the fact is. */
  certainty: Certainty,
  /** When the source said it ("said Thursday"). */
  saidAtId: reference(TimeId, {
    role: "the time of an attribution",
    description: "Id of the time expression for when the source said it, such as \"Thursday\".",
  }).optional(),
  /** The attribution this one is nested in: the officials said that Kim reiterated Pyongyang's assertion. */
  withinId: reference(AttributionId, {
    role: "the outer attribution of an attribution",
    description:
      "Id of the outer attribution this one is nested in, where the article nests them (officials said that Kim reiterated Pyongyang's assertion).",
  }).optional(),
  /** Ids of the spans that carry the attribution itself ("the sources said"). */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of an attribution" }))
    .meta({ description: "Ids of the evidence spans that carry the attribution itself, such as \"the sources said\"." }),
  /** Values of this attribution the article does not state, each with its reason: the report an unattributed belief is read as nested in. */
  inferred: Inferred.optional(),
  /** A free-text note by whoever encoded the article. */
  note: z.string().optional().meta({ description: "A free-text note by whoever encoded the article; not a fact from it." }),
};

/** The type of the {@link Attribution} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface AttributionSchema extends z.ZodObject<typeof AttributionShape, z.core.$strict> {}

/**
 * Who the article says a fact came from, when they said it, and how sure it is.
 *
 * @remarks
 * Facts point at attributions through `attributionIds`; one attribution ("the sources
 * said") can serve several facts. Attributions nest through `withinId` where the
 * article nests reported speech, and {@link validateDocument} rejects a cycle. An
 * unnamed or plural source is an {@link UnnamedSource} actor. A belief the article
 * gives no holder for ("is believed") has no `sourceId`; where it is read as part of
 * a neighbouring report, `withinId` nests it there and `inferred` marks `/withinId`
 * with the reason.
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
export const Attribution: AttributionSchema = /* @__PURE__ */ z
  .strictObject(AttributionShape)
  .meta({
    title: "Attribution",
    description:
      "Who the article says a fact came from, when they said it and how sure it is; nested through withinId where the article nests reported speech.",
  });
export type Attribution = z.infer<typeof Attribution>;
export type AttributionInput = z.input<typeof Attribution>;
