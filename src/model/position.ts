import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { ActorId, HappeningId, IssueId, MeetingId, PartyId, PositionId, TimeId, type AttributionId, type DelegationId, type EvidenceId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

/**
 * What kind of speech act a negotiating position is.
 *
 * @remarks
 * - `proposal`: puts forward something to do ("Japan wants to hold the next round in March").
 * - `demand`: insists that the other side act ("Tokyo's demand that Pyongyang … send the relatives").
 * - `request`: asks, without insisting.
 * - `offer`: offers something of its own.
 * - `concession`: gives ground.
 * - `assertion`: claims that something is so ("Pyongyang's assertion that Japan broke its promise").
 * - `accusation`: blames the other side.
 * - `denial`: says that something is not so ("Japan has denied there ever was such a promise").
 * - `acceptance`, `rejection`: accepts or rejects an earlier position.
 * - `response`: answers an earlier position with a stance ("Li showed a positive attitude").
 * - `agreement`: a position two or more sides hold jointly ("agreeing only to continue dialogue").
 *
 * PLOVER has no event type for a proposal, an assertion or a denial; see the export
 * mapping.
 * @group Positions
 */
export const PositionKind: z.ZodEnum<{ [Value in PositionKind]: Value }> = /* @__PURE__ */ z
  .enum([
    "proposal",
    "demand",
    "request",
    "offer",
    "concession",
    "assertion",
    "accusation",
    "denial",
    "acceptance",
    "rejection",
    "response",
    "agreement",
  ])
  .register(z.globalRegistry, {
    description:
      "What kind of speech act the position is: proposal, demand, request, offer, concession, assertion, accusation, denial, acceptance, rejection, response (with a stance) or agreement (held jointly).",
  });
/** @group Positions */
export type PositionKind = "proposal" | "demand" | "request" | "offer" | "concession" | "assertion" | "accusation" | "denial" | "acceptance" | "rejection" | "response" | "agreement";

/**
 * The attitude of a response to the position it answers.
 * @remarks `positive` ("showed a positive attitude"), `negative`, `neutral`.
 * @group Positions
 */
export const Stance: z.ZodEnum<{ [Value in Stance]: Value }> = /* @__PURE__ */ z
  .enum(["positive", "negative", "neutral"])
  .register(z.globalRegistry, { description: "The attitude of a response to the position it answers: positive, negative or neutral." });
/** @group Positions */
export type Stance = "positive" | "negative" | "neutral";

const PositionActionShape = {
  /** The action, as a verb in the article's words ("send", "provide", "hold"). */
  verb: z.string().min(1).register(z.globalRegistry, { description: "The action asked for or put forward, as a verb in the article's words, such as \"send\"." }),
  /** Who is to act. */
  agentIds: z.array(PartyId).optional().register(z.globalRegistry, { description: "Ids of the actors or delegations that are to act." }),
  /** The object in words ("the relatives of the five abductees"). */
  object: z.string().min(1).optional().register(z.globalRegistry, { description: "What the action is done to, in the article's words." }),
  /** The actors the action is done to. */
  objectIds: z.array(ActorId).optional().register(z.globalRegistry, { description: "Ids of the actors the action is done to, such as a counted group." }),
  /** Where to, or to whom ("to Japan"). */
  destinationIds: z.array(ActorId).optional().register(z.globalRegistry, { description: "Ids of the actors or states the action is directed to, such as \"to Japan\"." }),
  /** The meeting the action is about ("hold the next round"). */
  meetingId: MeetingId.optional().register(z.globalRegistry, { description: "Id of the meeting the action is about, such as the next round of talks to hold." }),
  /** The time the action is wanted for ("in March"). */
  timeId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when the action is wanted, such as \"in March\"." }),
};
// PositionAction's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const PositionActionType: z.ZodObject<typeof PositionActionShape, z.core.$strict>;

/**
 * The action a position asks for or puts forward, in parts: who is to do what, to
 * whom, where and when.
 * @example
 * ```ts
 * PositionAction.parse({
 *   verb: "send",
 *   agentIds: ["north-korea"],
 *   object: "the relatives of the five abductees",
 *   objectIds: ["abductee-families"],
 *   destinationIds: ["japan"],
 * });
 * ```
 * @group Positions
 */
export const PositionAction: NamedObject<typeof PositionActionType.shape, PositionAction, PositionActionInput> = /* @__PURE__ */ z
  .strictObject(PositionActionShape)
  .register(z.globalRegistry, { title: "PositionAction", description: "The action a position asks for or puts forward, in parts: who is to do what, to whom, where and when." });
/**
 * What the `PositionAction` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Positions
 */
export type PositionAction = {
  /** The action, as a verb in the article's words ("send", "provide", "hold"). */
  verb: string;
  /** Who is to act. */
  agentIds?: (ActorId | DelegationId)[] | undefined;
  /** The object in words ("the relatives of the five abductees"). */
  object?: string | undefined;
  /** The actors the action is done to. */
  objectIds?: ActorId[] | undefined;
  /** Where to, or to whom ("to Japan"). */
  destinationIds?: ActorId[] | undefined;
  /** The meeting the action is about ("hold the next round"). */
  meetingId?: MeetingId | undefined;
  /** The time the action is wanted for ("in March"). */
  timeId?: TimeId | undefined;
};
/**
 * What the `PositionAction` schema accepts: {@link PositionAction} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Positions
 */
export type PositionActionInput = {
  /** The action, as a verb in the article's words ("send", "provide", "hold"). */
  verb: string;
  /** Who is to act. */
  agentIds?: (string | string)[] | undefined;
  /** The object in words ("the relatives of the five abductees"). */
  object?: string | undefined;
  /** The actors the action is done to. */
  objectIds?: string[] | undefined;
  /** Where to, or to whom ("to Japan"). */
  destinationIds?: string[] | undefined;
  /** The meeting the action is about ("hold the next round"). */
  meetingId?: string | undefined;
  /** The time the action is wanted for ("in March"). */
  timeId?: string | undefined;
};

const PositionShape = {
  /** Unique id of this position. */
  id: PositionId as typeof PositionId,
  /** What kind of speech act. */
  kind: PositionKind as typeof PositionKind,
  /** Who holds it: states, organisations or delegations; several for a joint agreement. */
  holderIds: z.array(PartyId).min(1).register(z.globalRegistry, {
    description: "Ids of the states, organisations or delegations that hold the position; several for a joint agreement.",
  }),
  /** The person who voiced it, where the article names one (Saiki voiced Japan's proposal). */
  voicedById: ActorId.optional().register(z.globalRegistry, {
    description: "Id of the person who voiced the position, where the article names one; the holder is who it belongs to.",
  }),
  /** Who it is addressed to. */
  addresseeIds: z.array(PartyId).optional().register(z.globalRegistry, { description: "Ids of the actors or delegations the position is addressed to." }),
  /** The issues it is about. */
  issueIds: z.array(IssueId).optional().register(z.globalRegistry, { description: "Ids of the issues the position is about." }),
  /** The position as one plain sentence. */
  content: z.string().min(1).register(z.globalRegistry, { description: "The position stated as one plain sentence." }),
  /** The actions it asks for or puts forward, in parts. */
  actions: z.array(PositionAction).optional().register(z.globalRegistry, { description: "The actions the position asks for or puts forward, in parts." }) as z.ZodOptional<z.ZodArray<NamedSchema<PositionAction, PositionActionInput>>>,
  /** Conditions in the article's words ("promptly", "unconditionally"). */
  conditions: z.array(z.string().min(1)).optional().register(z.globalRegistry, {
    description: "Conditions on the position in the article's words, such as \"promptly\" and \"unconditionally\".",
  }),
  /** The stance of a response. */
  stance: Stance.optional() as z.ZodOptional<typeof Stance>,
  /** True where the article says the position was repeated ("repeated", "reiterated"). */
  repeated: z.boolean().optional().register(z.globalRegistry, { description: "True where the article says the position was repeated or reiterated." }),
  /** The earlier position this one repeats, where the document holds it. */
  repeatsId: PositionId.optional().register(z.globalRegistry, { description: "Id of the earlier position this one repeats, where the document holds it." }),
  /** The position this one answers. */
  answersId: PositionId.optional().register(z.globalRegistry, { description: "Id of the position this one answers, such as the proposal a response is to." }),
  /** The happenings it is about (the alleged promise both an assertion and a denial concern). */
  aboutIds: z.array(HappeningId).optional().register(z.globalRegistry, {
    description: "Ids of the happenings the position is about, such as an alleged promise that an assertion and a denial both concern.",
  }),
  /** The meeting where it was voiced. */
  voicedAtId: MeetingId.optional().register(z.globalRegistry, { description: "Id of the meeting where the position was voiced." }),
  /** When it was voiced. */
  timeId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when the position was voiced or held." }),
  ...FactFields,
};
// Position's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const PositionType: z.ZodObject<typeof PositionShape, z.core.$strict>;

/**
 * A negotiating position: a proposal, demand, assertion, denial, response or
 * agreement, with who holds it, who voiced it, to whom, on what and on what conditions.
 *
 * @remarks
 * The holder is who the position belongs to; the voice is who said it. "Saiki told Li
 * that Japan wants to hold the next round in March" is a proposal held by Japan and
 * voiced by Saiki. A `response` carries a `stance` and answers an earlier position
 * through `answersId`; a `denial` answers an `assertion` the same way, and both point at
 * what they are about with `aboutIds`. An `agreement` has two or more holders.
 * {@link validateDocument} checks every reference, and that `answersId` and `repeatsId`
 * do not point at the position itself.
 * @example
 * ```ts
 * Position.parse({
 *   id: "li-positive-response",
 *   kind: "response",
 *   holderIds: ["north-korea"],
 *   voicedById: "li-gun",
 *   content: "Li showed a positive attitude toward the proposal.",
 *   stance: "positive",
 *   answersId: "japan-proposes-march",
 *   evidenceIds: ["ev-li-positive"],
 * }).stance;
 * //=> "positive"
 * ```
 * @group Positions
 */
export const Position: NamedObject<typeof PositionType.shape, Position, PositionInput> = /* @__PURE__ */ z
  .strictObject(PositionShape)
  .register(z.globalRegistry, {
    title: "Position",
    description:
      "A negotiating position (proposal, demand, assertion, denial, response, agreement and so on): who holds it, who voiced it, to whom, on what issue, with what conditions, and which earlier position it answers or repeats.",
  });
/**
 * What the `Position` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Positions
 */
export type Position = Fact & {
  /** Unique id of this position. */
  id: PositionId;
  /** What kind of speech act. */
  kind: PositionKind;
  /** Who holds it: states, organisations or delegations; several for a joint agreement. */
  holderIds: (ActorId | DelegationId)[];
  /** The person who voiced it, where the article names one (Saiki voiced Japan's proposal). */
  voicedById?: ActorId | undefined;
  /** Who it is addressed to. */
  addresseeIds?: (ActorId | DelegationId)[] | undefined;
  /** The issues it is about. */
  issueIds?: IssueId[] | undefined;
  /** The position as one plain sentence. */
  content: string;
  /** The actions it asks for or puts forward, in parts. */
  actions?: PositionAction[] | undefined;
  /** Conditions in the article's words ("promptly", "unconditionally"). */
  conditions?: string[] | undefined;
  /** The stance of a response. */
  stance?: Stance | undefined;
  /** True where the article says the position was repeated ("repeated", "reiterated"). */
  repeated?: boolean | undefined;
  /** The earlier position this one repeats, where the document holds it. */
  repeatsId?: PositionId | undefined;
  /** The position this one answers. */
  answersId?: PositionId | undefined;
  /** The happenings it is about (the alleged promise both an assertion and a denial concern). */
  aboutIds?: HappeningId[] | undefined;
  /** The meeting where it was voiced. */
  voicedAtId?: MeetingId | undefined;
  /** When it was voiced. */
  timeId?: TimeId | undefined;
};
/**
 * What the `Position` schema accepts: {@link Position} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Positions
 */
export type PositionInput = FactInput & {
  /** Unique id of this position. */
  id: string;
  /** What kind of speech act. */
  kind: PositionKind;
  /** Who holds it: states, organisations or delegations; several for a joint agreement. */
  holderIds: (string | string)[];
  /** The person who voiced it, where the article names one (Saiki voiced Japan's proposal). */
  voicedById?: string | undefined;
  /** Who it is addressed to. */
  addresseeIds?: (string | string)[] | undefined;
  /** The issues it is about. */
  issueIds?: string[] | undefined;
  /** The position as one plain sentence. */
  content: string;
  /** The actions it asks for or puts forward, in parts. */
  actions?: PositionActionInput[] | undefined;
  /** Conditions in the article's words ("promptly", "unconditionally"). */
  conditions?: string[] | undefined;
  /** The stance of a response. */
  stance?: Stance | undefined;
  /** True where the article says the position was repeated ("repeated", "reiterated"). */
  repeated?: boolean | undefined;
  /** The earlier position this one repeats, where the document holds it. */
  repeatsId?: string | undefined;
  /** The position this one answers. */
  answersId?: string | undefined;
  /** The happenings it is about (the alleged promise both an assertion and a denial concern). */
  aboutIds?: string[] | undefined;
  /** The meeting where it was voiced. */
  voicedAtId?: string | undefined;
  /** When it was voiced. */
  timeId?: string | undefined;
};
