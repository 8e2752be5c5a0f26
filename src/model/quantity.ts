import * as z from "zod";
import { EvidenceId, reference } from "./id.js";

/**
 * How exact a number the article gives is: the count of a {@link CountedGroup}, or a
 * {@link Quantity}.
 *
 * @remarks `exact` ("five abductees"), `approximate` ("about 100", "some 3,000"),
 * `at-least` ("more than 10", "dozens"), `at-most` ("up to 10").
 * @group Quantities
 */
export const CountExactness = /* @__PURE__ */ z
  .enum(["exact", "approximate", "at-least", "at-most"])
  .meta({ description: "How exact the number is: exact, approximate, at-least or at-most." });
export type CountExactness = z.infer<typeof CountExactness>;

/**
 * What a number in the article counts or measures.
 *
 * @remarks
 * - `dead`, `injured`, `missing`: casualties ("killed 12", "wounded dozens").
 * - `arrested`: people arrested, detained or jailed.
 * - `displaced`: people who fled or were driven out.
 * - `participants`: people taking part ("thousands of protesters").
 * - `troops`, `police`: forces deployed or withdrawn.
 * - `money`: an amount of money, with its currency as `unit` ("USD").
 * - `goods`: an amount of goods, with its unit ("tonnes of rice").
 * - `other`: anything else; say what in `text`.
 * @group Quantities
 */
export const QuantityMeasure = /* @__PURE__ */ z
  .enum(["dead", "injured", "missing", "arrested", "displaced", "participants", "troops", "police", "money", "goods", "other"])
  .meta({
    description:
      "What the number counts: dead, injured, missing, arrested, displaced, participants, troops, police, money (unit is the currency), goods (unit is the measure) or other.",
  });
export type QuantityMeasure = z.infer<typeof QuantityMeasure>;

// Built in a pure function, so that a bundler drops it, with its schema, where only CountExactness is imported.
const QuantityShape = /* @__PURE__ */ (() => ({
  /** What it counts. */
  measure: QuantityMeasure,
  /** The number, or the low end of a range ("between 10 and 20" is 10). */
  value: z.number().nonnegative().meta({ description: "The number the article gives, or the low end of a range it gives." }),
  /** The high end of a range, where the article gives one. */
  upTo: z.number().nonnegative().optional().meta({ description: "The high end of a range, such as 20 in \"between 10 and 20\"." }),
  /** How exact it is ("about", "at least", "more than"). */
  exactness: CountExactness,
  /** The unit: an ISO 4217 currency code for money ("USD"), a measure for goods ("tonnes"). */
  unit: z.string().min(1).optional().meta({ description: "The unit: an ISO 4217 currency code for money such as \"USD\", or a measure such as \"tonnes\"." }),
  /** The article's words for it ("dozens of protesters", "$2 billion"). */
  text: z.string().min(1).optional().meta({ description: "The article's words for the quantity, such as \"dozens of protesters\"." }),
  /** Ids of the spans that give it. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of a quantity" }))
    .meta({ description: "Ids of the evidence spans that give the number." }),
}))();

/** The type of the {@link Quantity} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface QuantitySchema extends z.ZodObject<typeof QuantityShape, z.core.$strict> {}

/**
 * A number the article gives about an event: the dead and injured, the arrested, the
 * troops, the money, with its unit and how exact it is.
 *
 * @remarks A word the article uses for a number ("dozens", "hundreds") is written as the
 * least it can mean with `exactness: "at-least"` (dozens: 24), or `approximate` where
 * the article rounds. A range keeps both ends (`value` and `upTo`). PLOVER's `event_scale`
 * and GDELT's counts read these.
 * @example
 * ```ts
 * Quantity.parse({ measure: "dead", value: 12, exactness: "at-least", text: "at least 12 people", evidenceIds: ["ev-12-dead"] });
 * ```
 * @group Quantities
 */
export const Quantity: QuantitySchema = /* @__PURE__ */ z.strictObject(QuantityShape).meta({
  title: "Quantity",
  description: "A number the article gives about an event (dead, injured, arrested, troops, money…), with its unit and how exact it is.",
});
export type Quantity = z.infer<typeof Quantity>;
/**
 * What the {@link Quantity} schema accepts: evidence ids as plain strings.
 * @group Quantities
 */
export type QuantityInput = z.input<typeof Quantity>;
