import * as z from "zod";
import { EvidenceId, FactId, reference } from "./id.js";

/**
 * Whether the article says a fact took place, or that it did not.
 *
 * @remarks
 * - `affirmative`: it took place, or takes place ("the two sides met").
 * - `negative`: it did not ("they did not meet", "Japan has not replied").
 * - `failed`: it was tried and did not come about ("failed to reach agreement", "failed
 *   to make headway").
 *
 * Maps to PLOVER's auxiliary mode `negation` for `negative` and `failed`.
 * @group Modality
 */
export const Polarity = /* @__PURE__ */ z
  .enum(["affirmative", "negative", "failed"])
  .meta({
    description:
      "Whether the fact took place: affirmative, negative (the article says it did not), or failed (it was tried and did not come about, \"failed to reach agreement\").",
  });
export type Polarity = z.infer<typeof Polarity>;

/**
 * Whether a fact is real as of the article, or only planned, possible or imagined.
 *
 * @remarks
 * - `actual`: it is the case, or was ("met", "demanded").
 * - `planned`: it is intended or arranged for later ("plans to visit", "will meet").
 * - `possible`: it may come about ("would consider", "may impose").
 * - `hypothetical`: it is imagined, not expected ("had they met, …").
 *
 * A fact that holds only if another does is `planned` or `possible` with the other in
 * `conditionIds`. Maps to PLOVER's auxiliary modes `future` (planned) and `hypothetical`
 * (possible, hypothetical).
 * @group Modality
 */
export const Reality = /* @__PURE__ */ z
  .enum(["actual", "planned", "possible", "hypothetical"])
  .meta({
    description:
      "Whether the fact is real as of the article: actual, planned (intended or arranged for later), possible (\"would consider\") or hypothetical.",
  });
export type Reality = z.infer<typeof Reality>;

const ModalityShape = {
  /** Whether it took place; absent means it did (`affirmative`). */
  polarity: Polarity.optional(),
  /** Whether it is real or only planned, possible or imagined; absent means `actual`. */
  reality: Reality.optional(),
  /** The facts it depends on: "if Pyongyang sends the relatives, Tokyo will resume aid". */
  conditionIds: z
    .array(reference(FactId, { role: "the condition of a fact" }))
    .optional()
    .meta({ description: "Ids of the meetings, positions or happenings this fact holds only if, as in \"if … then\"." }),
  /** The condition in the article's words, where no fact of the document stands for it. */
  condition: z.string().min(1).optional().meta({ description: "The condition in the article's words, such as \"if the talks resume\"." }),
  /** The spans of the words that say so ("did not", "failed to", "plans to", "if"). */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of a modality" }))
    .optional()
    .meta({ description: "Ids of the evidence spans of the words that mark the modality, such as \"failed to\" or \"plans to\"." }),
};

/** The type of the {@link Modality} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface ModalitySchema extends z.ZodObject<typeof ModalityShape, z.core.$strict> {}

/**
 * Whether a meeting, position or happening took place, and whether it is real or only
 * planned, possible or imagined, as the article tells it.
 *
 * @remarks Absent on a fact, or with a field absent, means the plain case: it took place
 * (`affirmative`) and is `actual`. An export never reports a fact that is negative,
 * failed, planned, possible or hypothetical as an event that happened: see
 * {@link isActual}. Who says so, and how sure it is, is the fact's attribution, not its
 * modality.
 * @example
 * ```ts
 * Modality.parse({ polarity: "failed", evidenceIds: ["ev-failed-to"] });
 * ```
 * @group Modality
 */
export const Modality: ModalitySchema = /* @__PURE__ */ z.strictObject(ModalityShape).meta({
  title: "Modality",
  description:
    "Whether the fact took place (polarity) and whether it is actual, planned, possible or hypothetical (reality), with the facts it is conditional on; absent means it took place and is actual.",
});
export type Modality = z.infer<typeof Modality>;
/** @group Modality */
export type ModalityInput = z.input<typeof Modality>;

/**
 * Tells whether a fact took place, as the article tells it: its modality is absent, or
 * `affirmative` and `actual`, and it depends on no condition.
 * @example
 * ```ts
 * isActual({ modality: { polarity: "negative" } });
 * //=> false
 * isActual({});
 * //=> true
 * ```
 * @group Modality
 */
export function isActual(fact: { readonly modality?: Modality | undefined }): boolean {
  const modality = fact.modality;
  if (!modality) return true;
  return (modality.polarity ?? "affirmative") === "affirmative" && (modality.reality ?? "actual") === "actual" && !modality.conditionIds?.length && !modality.condition;
}
