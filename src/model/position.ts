import * as z from "zod";
import { ActorId, HappeningId, IssueId, MeetingId, PartyId, PositionId, TimeId, reference } from "./id.js";
import { factFields } from "./fact.js";

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
export const PositionKind = /* @__PURE__ */ z
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
  .meta({
    description:
      "What kind of speech act the position is: proposal, demand, request, offer, concession, assertion, accusation, denial, acceptance, rejection, response (with a stance) or agreement (held jointly).",
  });
/** @group Positions */
export type PositionKind = z.infer<typeof PositionKind>;

/**
 * The attitude of a response to the position it answers.
 * @remarks `positive` ("showed a positive attitude"), `negative`, `neutral`.
 * @group Positions
 */
export const Stance = /* @__PURE__ */ z
  .enum(["positive", "negative", "neutral"])
  .meta({ description: "The attitude of a response to the position it answers: positive, negative or neutral." });
/** @group Positions */
export type Stance = z.infer<typeof Stance>;

const PositionActionShape = {
  /** The action, as a verb in the article's words ("send", "provide", "hold"). */
  verb: z.string().min(1).meta({ description: "The action asked for or put forward, as a verb in the article's words, such as \"send\"." }),
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
};

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
export const PositionAction: z.ZodObject<typeof PositionActionShape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(PositionActionShape)
  .meta({ title: "PositionAction", description: "The action a position asks for or puts forward, in parts: who is to do what, to whom, where and when." });
export type PositionAction = z.infer<typeof PositionAction>;
export type PositionActionInput = z.input<typeof PositionAction>;

const PositionShape = {
  /** Unique id of this position. */
  id: PositionId,
  /** What kind of speech act. */
  kind: PositionKind,
  /** Who holds it: states, organisations or delegations; several for a joint agreement. */
  holderIds: z
    .array(reference(PartyId, { role: "the holder of a position", kinds: ["state", "organization", "delegation"] }))
    .min(1)
    .meta({
    description: "Ids of the states, organisations or delegations that hold the position; several for a joint agreement.",
  }),
  /** The person who voiced it, where the article names one (Saiki voiced Japan's proposal). */
  voicedById: reference(ActorId, {
    role: "the voice of a position",
    kinds: ["person"],
    description: "Id of the person who voiced the position, where the article names one; the holder is who it belongs to.",
  }).optional(),
  /** Who it is addressed to. */
  addresseeIds: z
    .array(reference(PartyId, { role: "the addressee of a position" }))
    .optional()
    .meta({ description: "Ids of the actors or delegations the position is addressed to." }),
  /** The issues it is about. */
  issueIds: z
    .array(reference(IssueId, { role: "an issue of a position" }))
    .optional()
    .meta({ description: "Ids of the issues the position is about." }),
  /** The position as one plain sentence. */
  content: z.string().min(1).meta({ description: "The position stated as one plain sentence." }),
  /** The actions it asks for or puts forward, in parts. */
  actions: z.array(PositionAction).optional().meta({ description: "The actions the position asks for or puts forward, in parts." }),
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
    description: "Id of the position this one answers, such as the proposal a response is to.",
  }).optional(),
  /** The happenings it is about (the alleged promise both an assertion and a denial concern). */
  aboutIds: z
    .array(reference(HappeningId, { role: "what a position is about" }))
    .optional()
    .meta({
    description: "Ids of the happenings the position is about, such as an alleged promise that an assertion and a denial both concern.",
  }),
  /** The meeting where it was voiced. */
  voicedAtId: reference(MeetingId, {
    role: "the meeting a position was voiced at",
    description: "Id of the meeting where the position was voiced.",
  }).optional(),
  /** When it was voiced. */
  timeId: reference(TimeId, {
    role: "the time of a position",
    description: "Id of the time expression for when the position was voiced or held.",
  }).optional(),
  ...factFields("a position"),
};

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
export const Position: z.ZodObject<typeof PositionShape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(PositionShape)
  .meta({
    title: "Position",
    description:
      "A negotiating position (proposal, demand, assertion, denial, response, agreement and so on): who holds it, who voiced it, to whom, on what issue, with what conditions, and which earlier position it answers or repeats.",
  });
export type Position = z.infer<typeof Position>;
export type PositionInput = z.input<typeof Position>;
