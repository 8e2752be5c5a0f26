import * as z from "zod";
import { ActKind } from "./act.js";
import { factFields } from "./fact.js";
import { ActorId, HappeningId, PlaceId, PositionId, TimeId, reference } from "./id.js";
import { Modality } from "./modality.js";
import { Quantity } from "./quantity.js";

/**
 * What kind of thing happened: an {@link ActKind}, other than the acts of talking
 * (`meet`, `negotiate`, `visit`, `host-visit`, `phone-call`, `mediate`), which are
 * {@link Meeting}s.
 *
 * @remarks Read from `ActKind`'s own values. "Arrested", "jailed" and "detained" are
 * `arrest`; "clashed" is `armed-clash`; "eased travel rules" is `ease-restrictions`;
 * "were repatriated" is `repatriation`; "spending 24 years in the North" is `stay`; a
 * message passed on through an intermediary is `message-relay`.
 * @group Happenings
 */
export const HappeningKind = /* @__PURE__ */ ActKind.exclude(["meet", "negotiate", "visit", "host-visit", "phone-call", "mediate"]).meta({
  description:
    "What kind of thing happened, in the words of the acts that event data codes (release, withdraw, arrest, deport, demonstrate, strike, impose-sanctions, break-relations, economic-aid, abduction, armed-clash, killing…), or stay, message-relay or other; a meeting or talks are a meeting, not a happening.",
});
export type HappeningKind = z.infer<typeof HappeningKind>;

/**
 * A participant's part in a happening.
 *
 * @remarks
 * - `agent`: who did it (the abductor; the government that arrested; the donor).
 * - `patient`: who it was done to (the abductees; the people arrested; the aid's recipients).
 * - `origin`: where a message came from.
 * - `intermediary`: who passed it on.
 * - `recipient`: who it went to (a message; aid; a report).
 *
 * In PLOVER terms, agents are the `actor` and patients and recipients the `recipient`.
 * @group Happenings
 */
export const HappeningRole = /* @__PURE__ */ z
  .enum(["agent", "patient", "origin", "intermediary", "recipient"])
  .meta({ description: "The participant's part: agent (who did it), patient (who it was done to), origin (of a message), intermediary or recipient." });
export type HappeningRole = z.infer<typeof HappeningRole>;

const HappeningParticipantShape = {
  /** The actor. */
  actorId: reference(ActorId, { role: "a participant in a happening", description: "Id of the actor who takes part." }),
  /** Their part in it. */
  role: HappeningRole,
};

/** The type of the {@link HappeningParticipant} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface HappeningParticipantSchema extends z.ZodObject<typeof HappeningParticipantShape, z.core.$strict> {}

/**
 * An actor's part in a happening.
 * @example
 * ```ts
 * HappeningParticipant.parse({ actorId: "kim-kye-gwan", role: "intermediary" });
 * ```
 * @group Happenings
 */
export const HappeningParticipant: HappeningParticipantSchema = /* @__PURE__ */ z
  .strictObject(HappeningParticipantShape)
  .meta({ title: "HappeningParticipant", description: "An actor's part in a happening." });
export type HappeningParticipant = z.infer<typeof HappeningParticipant>;
/**
 * What the {@link HappeningParticipant} schema accepts: ids as plain strings.
 * @group Happenings
 */
export type HappeningParticipantInput = z.input<typeof HappeningParticipant>;

const HappeningShape = {
  /** Unique id of this happening. */
  id: HappeningId,
  /** What kind. */
  kind: HappeningKind,
  /** What happened, in a plain sentence. */
  description: z.string().min(1).meta({ description: "What happened, as one plain sentence." }),
  /** Who took part, and how. */
  participants: z.array(HappeningParticipant).meta({ description: "Who took part, each with their part in it." }),
  /** The numbers it involves: the dead, the arrested, the troops, the money. */
  quantities: z.array(Quantity).optional().meta({ description: "The numbers the happening involves: dead, injured, arrested, troops, money." }),
  /** Whether it happened, or only is planned, possible or imagined ("did not withdraw", "plans to"). */
  modality: Modality.optional(),
  /** When. */
  timeId: reference(TimeId, { role: "the time of a happening", description: "Id of the time expression for when it happened." }).optional(),
  /** Where. */
  placeId: reference(PlaceId, { role: "the place of a happening", description: "Id of the place where it happened." }).optional(),
  /** The message relayed, where it is a position in the document. */
  contentId: reference(PositionId, {
    role: "the content of a happening",
    description: "Id of the position that is the content of the happening, such as the wish a message relay passes on.",
  }).optional(),
  /** Happenings it follows from, or is part of. */
  relatedIds: z
    .array(reference(HappeningId, { role: "a related happening" }))
    .optional()
    .meta({ description: "Ids of happenings this one is linked to, such as the stay a repatriation ended." }),
  ...factFields("a happening"),
};

/** The type of the {@link Happening} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface HappeningSchema extends z.ZodObject<typeof HappeningShape, z.core.$strict> {}

/**
 * Something that happened, or is said to have happened, that is neither a meeting nor
 * a position: an arrest, a release, a protest, a sanction, an attack, a repatriation, a
 * message relayed through an intermediary.
 *
 * @remarks Each has its act (`kind`), its participants with their parts, its numbers
 * (`quantities`), its time and its place. How sure it is comes from its attributions:
 * the relay to Pyongyang is `believed`. Whether it happened at all is its `modality`:
 * "troops did not withdraw" is a `withdraw` with polarity `negative`, which no export
 * reports as a withdrawal.
 * @example
 * ```ts
 * Happening.parse({
 *   id: "relay-to-pyongyang",
 *   kind: "message-relay",
 *   description: "Kim Kye Gwan relayed Yabunaka's wish to Pyongyang.",
 *   participants: [
 *     { actorId: "mitoji-yabunaka", role: "origin" },
 *     { actorId: "kim-kye-gwan", role: "intermediary" },
 *     { actorId: "north-korea", role: "recipient" },
 *   ],
 *   contentId: "yabunaka-wish",
 *   attributionIds: ["att-relay-believed"],
 *   evidenceIds: ["ev-relay"],
 * }).kind;
 * //=> "message-relay"
 * ```
 * @group Happenings
 */
export const Happening: HappeningSchema = /* @__PURE__ */ z.strictObject(HappeningShape).meta({
  title: "Happening",
  description:
    "Something that happened, or is said to have happened, that is neither a meeting nor a position: an arrest, a release, a protest, a sanction, an attack, a repatriation, a message relay; with its participants, numbers, time and place.",
});
export type Happening = z.infer<typeof Happening>;
/**
 * What the {@link Happening} schema accepts: ids as plain strings.
 * @group Happenings
 */
export type HappeningInput = z.input<typeof Happening>;
