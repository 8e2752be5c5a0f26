import * as z from "zod";
import { ActKind } from "./act.js";
import { factFields } from "./fact.js";
import { ActorId, FactId, IssueId, MeetingId, PartyId, PlaceId, PositionId, TimeId, reference } from "./id.js";
import { Modality } from "./modality.js";
import { Quantity } from "./quantity.js";

/**
 * What kind of speech act a position is.
 *
 * @remarks
 * - `proposal`: puts forward something to do ("Japan wants to hold the next round in March").
 * - `demand`: insists that someone act ("Tokyo's demand that Pyongyang … send the relatives").
 * - `request`: asks, without insisting.
 * - `appeal`: calls on someone, often a third party, to act ("appealed for calm").
 * - `offer`: offers something of its own.
 * - `promise`: commits itself to act ("pledged to send aid"; "its initial promise to send the five back").
 * - `concession`: gives ground in words.
 * - `assertion`: claims that something is so ("insisted the talks were on schedule").
 * - `accusation`: blames someone for a wrong, such as breaking a promise ("Pyongyang's basic assertion that Japan broke its initial promise").
 * - `violation-claim`: says an agreement, a promise or a rule was broken, without blaming a party ("said the truce had been violated").
 * - `criticism`: disapproves, condemns, denounces.
 * - `denial`: says that something is not so ("Japan has denied there ever was such a promise").
 * - `support`: endorses or backs someone or something.
 * - `praise`: commends.
 * - `acceptance`: accepts an earlier position, or something proposed.
 * - `agreement`: agrees to something: one side ("agreed to step down") or several jointly ("agreeing only to continue dialogue").
 * - `rejection`: rejects an earlier position or a proposal.
 * - `refusal`: refuses to act ("refused to release them").
 * - `retraction`: takes back an earlier position, or reneges on a commitment.
 * - `threat`: threatens to act against someone, with what is threatened in `actions`.
 * - `response`: answers an earlier position with a stance ("Li showed a positive attitude").
 *
 * How each is coded in PLOVER and CAMEO depends on the action it is about (a demand to
 * release people is not a demand to meet); see {@link toPloverEvents}.
 * @group Positions
 */
export const PositionKind = /* @__PURE__ */ z
  .enum([
    "proposal",
    "demand",
    "request",
    "appeal",
    "offer",
    "promise",
    "concession",
    "assertion",
    "accusation",
    "violation-claim",
    "criticism",
    "denial",
    "support",
    "praise",
    "acceptance",
    "agreement",
    "rejection",
    "refusal",
    "retraction",
    "threat",
    "response",
  ])
  .meta({
    description:
      "What kind of speech act the position is: proposal, demand, request, appeal, offer, promise, concession, assertion, accusation, violation-claim, criticism, denial, support, praise, acceptance, agreement (by one side or several), rejection, refusal, retraction, threat or response (with a stance).",
  });
export type PositionKind = z.infer<typeof PositionKind>;

/**
 * The attitude of a response to the position it answers.
 * @remarks `positive` ("showed a positive attitude"), `negative`, `neutral`.
 * @group Positions
 */
export const Stance = /* @__PURE__ */ z
  .enum(["positive", "negative", "neutral"])
  .meta({ description: "The attitude of a response to the position it answers: positive, negative or neutral." });
export type Stance = z.infer<typeof Stance>;

const PositionActionShape = {
  /** The action, as a verb in the article's words ("send", "provide", "hold"). */
  verb: z.string().min(1).meta({ description: "The action asked for or put forward, as a verb in the article's words, such as \"send\"." }),
  /** What kind of act it is ("release", "meet", "impose-sanctions"), for event codes. */
  act: ActKind.optional(),
  /** Who is to act. */
  agentIds: z
    .array(reference(PartyId, { role: "the agent of an action" }))
    .optional()
    .meta({ description: "Ids of the actors or delegations that are to act." }),
  /** The object in words ("the relatives of the five abductees"). */
  object: z.string().min(1).optional().meta({ description: "What the action is done to, in the article's words." }),
  /** The actors the action is done to. */
  objectIds: z
    .array(reference(ActorId, { role: "the object of an action" }))
    .optional()
    .meta({ description: "Ids of the actors the action is done to, such as a counted group." }),
  /** Where to, or to whom ("to Japan"). */
  destinationIds: z
    .array(reference(ActorId, { role: "the destination of an action" }))
    .optional()
    .meta({ description: "Ids of the actors or states the action is directed to, such as \"to Japan\"." }),
  /** Where the action is to take place ("in the border province"). */
  placeId: reference(PlaceId, { role: "the place of an action", description: "Id of the place where the action is to take place." }).optional(),
  /** The meeting the action is about ("hold the next round"). */
  meetingId: reference(MeetingId, {
    role: "the meeting an action is about",
    description: "Id of the meeting the action is about, such as the next round of talks to hold.",
  }).optional(),
  /** The time the action is wanted for ("in March"). */
  timeId: reference(TimeId, {
    role: "the time of an action",
    description: "Id of the time expression for when the action is wanted, such as \"in March\".",
  }).optional(),
  /** Numbers the action involves ("$2 billion in aid", "withdraw 5,000 troops"). */
  quantities: z.array(Quantity).optional().meta({ description: "Numbers the action involves, such as an amount of aid or a number of troops." }),
};

/** The type of the {@link PositionAction} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface PositionActionSchema extends z.ZodObject<typeof PositionActionShape, z.core.$strict> {}

/**
 * The action a position asks for, offers, promises or threatens, in parts: who is to do
 * what, to whom, where and when.
 * @example
 * ```ts
 * PositionAction.parse({
 *   verb: "send",
 *   act: "release",
 *   agentIds: ["north-korea"],
 *   object: "the relatives of the five abductees",
 *   objectIds: ["abductee-families"],
 *   destinationIds: ["japan"],
 * });
 * ```
 * @group Positions
 */
export const PositionAction: PositionActionSchema = /* @__PURE__ */ z
  .strictObject(PositionActionShape)
  .meta({
    title: "PositionAction",
    description: "The action a position asks for, offers, promises or threatens, in parts: who is to do what, to whom, where and when.",
  });
export type PositionAction = z.infer<typeof PositionAction>;
/**
 * What the {@link PositionAction} schema accepts: ids as plain strings.
 * @group Positions
 */
export type PositionActionInput = z.input<typeof PositionAction>;

const PositionShape = {
  /** Unique id of this position. */
  id: PositionId,
  /** What kind of speech act. */
  kind: PositionKind,
  /** Who holds it: any actor or delegation; several for a joint position. */
  holderIds: z
    .array(reference(PartyId, { role: "the holder of a position" }))
    .min(1)
    .meta({
      description:
        "Ids of the actors or delegations whose position it is: a state, an organisation, a person speaking for themself, a group (\"strikers\") or an unnamed source; several for a joint position.",
    }),
  /** Who voiced it, where the article says (Saiki voiced Japan's proposal; "officials said"). */
  voicedById: reference(ActorId, {
    role: "the voice of a position",
    description: "Id of the actor who voiced the position, where the article says who; the holder is who it belongs to.",
  }).optional(),
  /** Who it is addressed to, where the article says. */
  addresseeIds: z
    .array(reference(PartyId, { role: "the addressee of a position" }))
    .optional()
    .meta({ description: "Ids of the actors or delegations the position is addressed to, where the article says." }),
  /** The issues it is about. */
  issueIds: z
    .array(reference(IssueId, { role: "an issue of a position" }))
    .optional()
    .meta({ description: "Ids of the issues the position is about." }),
  /** The position as one plain sentence. */
  content: z.string().min(1).meta({ description: "The position stated as one plain sentence." }),
  /** The actions it asks for, offers, promises or threatens, in parts. */
  actions: z.array(PositionAction).optional().meta({ description: "The actions the position asks for, offers, promises or threatens, in parts." }),
  /** Conditions in the article's words ("promptly", "unconditionally"). */
  conditions: z.array(z.string().min(1)).optional().meta({
    description: "Conditions on the position in the article's words, such as \"promptly\" and \"unconditionally\".",
  }),
  /** The stance of a response. */
  stance: Stance.optional(),
  /** True where the article says the position was repeated ("repeated", "reiterated"). */
  repeated: z.boolean().optional().meta({ description: "True where the article says the position was repeated or reiterated." }),
  /** The earlier position this one repeats, where the document holds it. */
  repeatsId: reference(PositionId, {
    role: "the position a position repeats",
    description: "Id of the earlier position this one repeats, where the document holds it.",
  }).optional(),
  /** The position this one answers. */
  answersId: reference(PositionId, {
    role: "the position a position answers",
    description: "Id of the position this one answers, such as the proposal a response is to, or the assertion a denial is to.",
  }).optional(),
  /** The meetings, positions or happenings it is about (the alleged promise an accusation and a denial both concern). */
  aboutIds: z
    .array(reference(FactId, { role: "what a position is about" }))
    .optional()
    .meta({
      description:
        "Ids of the meetings, positions or happenings the position is about, such as the alleged promise that an accusation and a denial both concern.",
    }),
  /** Whether it was voiced at all, or only planned or considered ("would consider", "did not reject"). */
  modality: Modality.optional(),
  /** The meeting where it was voiced. */
  voicedAtId: reference(MeetingId, {
    role: "the meeting a position was voiced at",
    description: "Id of the meeting where the position was voiced.",
  }).optional(),
  /** Where it was voiced, where the article says and no meeting stands for it. */
  placeId: reference(PlaceId, { role: "the place of a position", description: "Id of the place where the position was voiced." }).optional(),
  /** When it was voiced. */
  timeId: reference(TimeId, {
    role: "the time of a position",
    description: "Id of the time expression for when the position was voiced or held.",
  }).optional(),
  ...factFields("a position"),
};

/** The type of the {@link Position} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface PositionSchema extends z.ZodObject<typeof PositionShape, z.core.$strict> {}

/**
 * A position any actor takes: a proposal, demand, promise, threat, accusation, denial,
 * response or agreement, with who holds it, who voiced it, to whom, on what, asking or
 * offering what, on what conditions.
 *
 * @remarks
 * The holder is who the position belongs to; the voice is who said it. "Saiki told Li
 * that Japan wants to hold the next round in March" is a proposal held by Japan and
 * voiced by Saiki; "village elders demanded…" is held by a counted group; a party leader
 * speaking for himself holds and voices his own. An agreement may have one holder
 * ("agreed to step down") or several (a joint agreement). A `response` carries a
 * `stance` and answers an earlier position through `answersId`; a `denial` answers an
 * `assertion` or an `accusation` the same way, and both point at what they are about
 * with `aboutIds`. A position the article says was not taken, or only planned or
 * considered, says so in `modality`. {@link validateDocument} checks every reference,
 * and that `answersId` and `repeatsId` do not lead back to the position itself.
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
export const Position: PositionSchema = /* @__PURE__ */ z.strictObject(PositionShape).meta({
  title: "Position",
  description:
    "A position an actor takes (proposal, demand, promise, threat, accusation, denial, response, agreement and so on): who holds it, who voiced it, to whom, on what issue, asking or offering what, with what conditions, and which earlier position it answers or repeats.",
});
export type Position = z.infer<typeof Position>;
/**
 * What the {@link Position} schema accepts: ids as plain strings.
 * @group Positions
 */
export type PositionInput = z.input<typeof Position>;
