import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { ActorId, HappeningId, PositionId, TimeId, type AttributionId, type EvidenceId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import { Place, type PlaceInput } from "./meeting.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

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
export const HappeningKind: z.ZodEnum<{ [Value in HappeningKind]: Value }> = /* @__PURE__ */ z
  .enum(["abduction", "stay", "repatriation", "message-relay", "promise", "other"])
  .register(z.globalRegistry, { description: "What kind of thing happened: abduction, stay, repatriation, message-relay, promise or other." });
/** @group Happenings */
export type HappeningKind = "abduction" | "stay" | "repatriation" | "message-relay" | "promise" | "other";

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
export const HappeningRole: z.ZodEnum<{ [Value in HappeningRole]: Value }> = /* @__PURE__ */ z
  .enum(["agent", "patient", "origin", "intermediary", "recipient"])
  .register(z.globalRegistry, { description: "The participant's part: agent, patient, origin (of a message), intermediary or recipient." });
/** @group Happenings */
export type HappeningRole = "agent" | "patient" | "origin" | "intermediary" | "recipient";

const HappeningParticipantShape = {
  /** The actor. */
  actorId: ActorId.meta({ description: "Id of the actor who takes part." }),
  /** Their part in it. */
  role: HappeningRole as typeof HappeningRole,
};
// HappeningParticipant's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const HappeningParticipantType: z.ZodObject<typeof HappeningParticipantShape, z.core.$strict>;

/**
 * An actor's part in a happening.
 * @example
 * ```ts
 * HappeningParticipant.parse({ actorId: "kim-kye-gwan", role: "intermediary" });
 * ```
 * @group Happenings
 */
export const HappeningParticipant: NamedObject<typeof HappeningParticipantType.shape, HappeningParticipant, HappeningParticipantInput> = /* @__PURE__ */ z
  .strictObject(HappeningParticipantShape)
  .register(z.globalRegistry, { title: "HappeningParticipant", description: "An actor's part in a happening." });
/**
 * What the `HappeningParticipant` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Happenings
 */
export type HappeningParticipant = {
  /** The actor. */
  actorId: ActorId;
  /** Their part in it. */
  role: HappeningRole;
};
/**
 * What the `HappeningParticipant` schema accepts: {@link HappeningParticipant} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Happenings
 */
export type HappeningParticipantInput = {
  /** The actor. */
  actorId: string;
  /** Their part in it. */
  role: HappeningRole;
};

const HappeningShape = {
  /** Unique id of this happening. */
  id: HappeningId as typeof HappeningId,
  /** What kind. */
  kind: HappeningKind as typeof HappeningKind,
  /** What happened, in a plain sentence. */
  description: z.string().min(1).register(z.globalRegistry, { description: "What happened, as one plain sentence." }),
  /** Who took part, and how. */
  participants: z.array(HappeningParticipant).register(z.globalRegistry, { description: "Who took part, each with their part in it." }) as z.ZodArray<NamedSchema<HappeningParticipant, HappeningParticipantInput>>,
  /** When. */
  timeId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when it happened." }),
  /** Where. */
  place: Place.optional() as z.ZodOptional<NamedSchema<Place, PlaceInput>>,
  /** The message relayed, or the content promised, where it is a position in the document. */
  contentId: PositionId.optional().register(z.globalRegistry, {
    description: "Id of the position that is the content of the happening, such as the wish a message relay passes on.",
  }),
  /** Happenings it follows from, or is part of. */
  relatedIds: z.array(HappeningId).optional().register(z.globalRegistry, { description: "Ids of happenings this one is linked to, such as the stay a repatriation ended." }),
  ...FactFields,
};
// Happening's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const HappeningType: z.ZodObject<typeof HappeningShape, z.core.$strict>;

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
export const Happening: NamedObject<typeof HappeningType.shape, Happening, HappeningInput> = /* @__PURE__ */ z
  .strictObject(HappeningShape)
  .register(z.globalRegistry, {
    title: "Happening",
    description:
      "Something that happened, or is said to have happened, that is neither a meeting nor a negotiating position: a repatriation, a message relay, an alleged promise.",
  });
/**
 * What the `Happening` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Happenings
 */
export type Happening = Fact & {
  /** Unique id of this happening. */
  id: HappeningId;
  /** What kind. */
  kind: HappeningKind;
  /** What happened, in a plain sentence. */
  description: string;
  /** Who took part, and how. */
  participants: HappeningParticipant[];
  /** When. */
  timeId?: TimeId | undefined;
  /** Where. */
  place?: Place | undefined;
  /** The message relayed, or the content promised, where it is a position in the document. */
  contentId?: PositionId | undefined;
  /** Happenings it follows from, or is part of. */
  relatedIds?: HappeningId[] | undefined;
};
/**
 * What the `Happening` schema accepts: {@link Happening} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Happenings
 */
export type HappeningInput = FactInput & {
  /** Unique id of this happening. */
  id: string;
  /** What kind. */
  kind: HappeningKind;
  /** What happened, in a plain sentence. */
  description: string;
  /** Who took part, and how. */
  participants: HappeningParticipantInput[];
  /** When. */
  timeId?: string | undefined;
  /** Where. */
  place?: PlaceInput | undefined;
  /** The message relayed, or the content promised, where it is a position in the document. */
  contentId?: string | undefined;
  /** Happenings it follows from, or is part of. */
  relatedIds?: string[] | undefined;
};
