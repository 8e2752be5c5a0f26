import * as z from "zod";
import { ActorId, HappeningId, PositionId, TimeId, reference } from "./id.js";
import { factFields } from "./fact.js";
import { Place } from "./meeting.js";

/**
 * What kind of thing happened.
 *
 * @remarks
 * - `abduction`: people taken against their will.
 * - `stay`: people spending a time somewhere ("24 years in the North").
 * - `repatriation`: people returned to their country.
 * - `message-relay`: a message passed on through an intermediary.
 * - `promise`: a commitment made, or alleged to have been made.
 * - `other`: anything else; say what in `description`.
 * @group Happenings
 */
export const HappeningKind = /* @__PURE__ */ z
  .enum(["abduction", "stay", "repatriation", "message-relay", "promise", "other"])
  .meta({ description: "What kind of thing happened: abduction, stay, repatriation, message-relay, promise or other." });
/** @group Happenings */
export type HappeningKind = z.infer<typeof HappeningKind>;

/**
 * A participant's part in a happening.
 *
 * @remarks
 * - `agent`: who did it (the abductor; the one who promised).
 * - `patient`: who it was done to (the abductees; the people repatriated).
 * - `origin`: where a message came from.
 * - `intermediary`: who passed it on.
 * - `recipient`: who it went to, or who a promise was made to.
 * @group Happenings
 */
export const HappeningRole = /* @__PURE__ */ z
  .enum(["agent", "patient", "origin", "intermediary", "recipient"])
  .meta({ description: "The participant's part: agent, patient, origin (of a message), intermediary or recipient." });
/** @group Happenings */
export type HappeningRole = z.infer<typeof HappeningRole>;

const HappeningParticipantShape = {
  /** The actor. */
  actorId: reference(ActorId, { role: "a participant in a happening", description: "Id of the actor who takes part." }),
  /** Their part in it. */
  role: HappeningRole,
};

/**
 * An actor's part in a happening.
 * @example
 * ```ts
 * HappeningParticipant.parse({ actorId: "kim-kye-gwan", role: "intermediary" });
 * ```
 * @group Happenings
 */
export const HappeningParticipant: z.ZodObject<typeof HappeningParticipantShape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(HappeningParticipantShape)
  .meta({ title: "HappeningParticipant", description: "An actor's part in a happening." });
export type HappeningParticipant = z.infer<typeof HappeningParticipant>;
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
  /** When. */
  timeId: reference(TimeId, { role: "the time of a happening", description: "Id of the time expression for when it happened." }).optional(),
  /** Where. */
  place: Place.optional(),
  /** The message relayed, or the content promised, where it is a position in the document. */
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

/**
 * Something that happened, or is said to have happened, that is neither a meeting nor
 * a negotiating position: a repatriation, a message relayed through an intermediary, an
 * alleged promise.
 *
 * @remarks How sure it is comes from its attributions: the relay to Pyongyang is
 * `believed`; the promise is `alleged` by one side and `denied` by the other.
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
export const Happening: z.ZodObject<typeof HappeningShape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(HappeningShape)
  .meta({
    title: "Happening",
    description:
      "Something that happened, or is said to have happened, that is neither a meeting nor a negotiating position: a repatriation, a message relay, an alleged promise.",
  });
export type Happening = z.infer<typeof Happening>;
export type HappeningInput = z.input<typeof Happening>;
