import * as z from "zod";
import { AttributionId, EvidenceId, reference } from "./id.js";
import { Inferred } from "./inference.js";
import { Extensions } from "./extensions.js";

/**
 * The fields every fact drawn from the article carries: the spans that state it, who
 * the article says it came from, which of its values were inferred, a note and
 * extensions. Spread into each concept's shape, with the concept named for messages
 * (`factFields("a meeting")`).
 */
export function factFields(noun: string) {
  return {
    /** Ids of the evidence spans of the article that state this fact. */
    evidenceIds: z
      .array(reference(EvidenceId, { role: `the evidence of ${noun}` }))
      .meta({ description: "Ids of the evidence spans of the article that state this fact." }),
    /** Ids of the attributions the article gives for this fact: who it came from and how sure it is. Empty when the article states it in its own voice. */
    attributionIds: z
      .array(reference(AttributionId, { role: `the attribution of ${noun}` }))
      .optional()
      .meta({
        description:
          "Ids of the attributions the article gives for this fact (who it came from, how sure it is); absent or empty when the article states it in its own voice.",
      }),
    /** Values of this object that the article does not state, each with its reason. */
    inferred: Inferred.optional(),
    /** A free-text note by whoever encoded the article. */
    note: z.string().optional().meta({ description: "A free-text note by whoever encoded the article; not a fact from it." }),
    /** Data the model has no field for, kept as it is. */
    extensions: Extensions.optional(),
  };
}

/**
 * The fields every fact drawn from the article carries: the spans that state it, who
 * the article says it came from, which of its values were inferred, a note and
 * extensions. Each concept's type has these and its own fields.
 * @group Evidence
 */
export type Fact = z.infer<z.ZodObject<ReturnType<typeof factFields>, z.core.$strict>>;
