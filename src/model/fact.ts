import * as z from "zod";
import { AttributionId, EvidenceId } from "./id.js";
import { Inferred, type Inference, type InferenceInput } from "./inference.js";
import { Extensions } from "./extensions.js";

/**
 * The fields every fact drawn from the article carries: the spans that state it, who
 * the article says it came from, which of its values were inferred, a note and
 * extensions. Spread into each concept's shape.
 */
export const FactFields = {
  /** Ids of the evidence spans of the article that state this fact. */
  evidenceIds: /* @__PURE__ */ z
    .array(EvidenceId)
    .register(z.globalRegistry, { description: "Ids of the evidence spans of the article that state this fact." }),
  /** Ids of the attributions the article gives for this fact: who it came from and how sure it is. Empty when the article states it in its own voice. */
  attributionIds: /* @__PURE__ */ z
    .array(AttributionId)
    .optional()
    .register(z.globalRegistry, {
      description:
        "Ids of the attributions the article gives for this fact (who it came from, how sure it is); absent or empty when the article states it in its own voice.",
    }),
  /** Values of this object that the article does not state, each with its reason. */
  inferred: /* @__PURE__ */ Inferred.optional() as z.ZodOptional<typeof Inferred>,
  /** A free-text note by whoever encoded the article. */
  note: /* @__PURE__ */ z
    .string()
    .optional()
    .register(z.globalRegistry, { description: "A free-text note by whoever encoded the article; not a fact from it." }),
  /** Data the model has no field for, kept as it is. */
  extensions: /* @__PURE__ */ Extensions.optional() as z.ZodOptional<typeof Extensions>,
};

/**
 * The fields every fact drawn from the article carries, as the schemas give them: the
 * spans that state it, who the article says it came from, which of its values were
 * inferred, a note and extensions. Each concept's type is this and its own fields
 * ({@link Meeting} is `Fact & { id: MeetingId; … }`).
 * @group Evidence
 */
export type Fact = {
  /** Ids of the evidence spans of the article that state this fact. */
  evidenceIds: EvidenceId[];
  /** Ids of the attributions the article gives for this fact: who it came from and how sure it is. Empty when the article states it in its own voice. */
  attributionIds?: AttributionId[] | undefined;
  /** Values of this object that the article does not state, each with its reason. */
  inferred?: Inference[] | undefined;
  /** A free-text note by whoever encoded the article. */
  note?: string | undefined;
  /** Data the model has no field for, kept as it is. */
  extensions?: Extensions | undefined;
};

/**
 * The fields every fact carries, as a schema accepts them: {@link Fact} with ids as
 * plain strings.
 * @group Evidence
 */
export type FactInput = {
  /** Ids of the evidence spans of the article that state this fact. */
  evidenceIds: string[];
  /** Ids of the attributions the article gives for this fact: who it came from and how sure it is. Empty when the article states it in its own voice. */
  attributionIds?: string[] | undefined;
  /** Values of this object that the article does not state, each with its reason. */
  inferred?: InferenceInput[] | undefined;
  /** A free-text note by whoever encoded the article. */
  note?: string | undefined;
  /** Data the model has no field for, kept as it is. */
  extensions?: Extensions | undefined;
};
