import * as z from "zod";
import { ActorId, DelegationId, IssueId, MeetingId, PlaceId, PositionId, SeriesId, TimeId, reference } from "./id.js";
import { factFields } from "./fact.js";
import { DelegationRole } from "./delegation.js";
import { Modality } from "./modality.js";
import { TalksKind } from "./series.js";

/**
 * How formal a meeting is.
 *
 * @remarks
 * - `formal`: official talks ("formal bilateral talks").
 * - `informal`: a contact outside the official sessions ("met behind the scenes").
 * - `secret`: a meeting kept from the public and said to be so.
 * @group Meetings
 */
export const MeetingFormality = /* @__PURE__ */ z
  .enum(["formal", "informal", "secret"])
  .meta({
    description:
      "How formal the meeting is: formal (official talks), informal (a contact outside the official sessions, \"behind the scenes\") or secret.",
  });
export type MeetingFormality = z.infer<typeof MeetingFormality>;

/**
 * How the parties met.
 *
 * @remarks `in-person` (the default the article most often leaves unsaid), `phone` ("by
 * telephone"), `video` ("by video link"), `written` (an exchange of letters or
 * messages). Maps to PLOVER CONSULT's mode `phone` for `phone`.
 * @group Meetings
 */
export const MeetingMedium = /* @__PURE__ */ z
  .enum(["in-person", "phone", "video", "written"])
  .meta({ description: "How the parties met: in-person, phone, video or written." });
export type MeetingMedium = z.infer<typeof MeetingMedium>;

/**
 * Where a meeting stands in its life, as of the article.
 *
 * @remarks
 * - `proposed`: someone has proposed it.
 * - `being-scheduled`: the parties are arranging it ("trying to schedule").
 * - `scheduled`: a date is fixed.
 * - `under-way`: it has begun and not ended ("talks that are taking place").
 * - `held`: it took place.
 * - `postponed`, `cancelled`: as named.
 * @group Meetings
 */
export const MeetingStatus = /* @__PURE__ */ z
  .enum(["proposed", "being-scheduled", "scheduled", "under-way", "held", "postponed", "cancelled"])
  .meta({
    description:
      "Where the meeting stands as of the article: proposed, being-scheduled, scheduled, under-way, held, postponed or cancelled.",
  });
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/**
 * How a round is placed in its series when the article gives no number.
 * @remarks `previous`, `current` or `next` relative to the article's time.
 * @group Meetings
 */
export const RoundRelation = /* @__PURE__ */ z
  .enum(["previous", "current", "next"])
  .meta({ description: "Where the round stands relative to the article's time: previous, current or next." });
export type RoundRelation = z.infer<typeof RoundRelation>;

const RoundShape = {
  /** The round's number in its series, where known. */
  number: z.int().positive().optional().meta({ description: "The round's number in its series, where known." }),
  /** Previous, current or next, where the article says so ("the next round"). */
  relation: RoundRelation.optional(),
};

/** The type of the {@link Round} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface RoundSchema extends z.ZodObject<typeof RoundShape, z.core.$strict> {}

/**
 * Which round of a series a meeting is: a number, or "the next round".
 * @example
 * ```ts
 * Round.parse({ relation: "next" });
 * ```
 * @group Meetings
 */
export const Round: RoundSchema = /* @__PURE__ */ z
  .strictObject(RoundShape)
  .meta({ title: "Round", description: "Which round of its series a meeting is: a number, or previous, current or next." });
export type Round = z.infer<typeof Round>;

/**
 * A participant's part in a meeting.
 * @remarks `party`: one of the sides. `host`, `mediator`, `observer`: as named.
 * @group Meetings
 */
export const ParticipantRole = /* @__PURE__ */ z
  .enum(["party", "host", "mediator", "observer"])
  .meta({ description: "The participant's part in the meeting: party, host, mediator or observer." });
export type ParticipantRole = z.infer<typeof ParticipantRole>;

const DelegationParticipantShape = {
  /** Discriminant. */
  kind: z.literal("delegation").meta({ description: "A delegation takes part, at the level given by attendedBy." }),
  /** The delegation. */
  delegationId: reference(DelegationId, { role: "a participating delegation", description: "Id of the delegation that takes part." }),
  /** Which of its members attended, by role; absent means the delegation as a whole. */
  attendedBy: z.array(DelegationRole).min(1).optional().meta({
    description:
      "Which of the delegation's members attended, by role (\"head\" for the chief delegates); absent means the delegation as a whole.",
  }),
  /** Its part in the meeting. */
  role: ParticipantRole,
};

/** The type of the {@link DelegationParticipant} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface DelegationParticipantSchema extends z.ZodObject<typeof DelegationParticipantShape, z.core.$strict> {}

/**
 * A delegation taking part in a meeting, at the level the article gives: "the deputy
 * chiefs of the Japanese and North Korean delegations met" is two of these, each with
 * `attendedBy: ["deputy-head"]`.
 * @example
 * ```ts
 * DelegationParticipant.parse({ kind: "delegation", delegationId: "jp-delegation", attendedBy: ["head"], role: "party" });
 * ```
 * @group Meetings
 */
export const DelegationParticipant: DelegationParticipantSchema = /* @__PURE__ */ z
  .strictObject(DelegationParticipantShape)
  .meta({ title: "DelegationParticipant", description: "A delegation taking part in a meeting, at the level of the members given by role." });
export type DelegationParticipant = z.infer<typeof DelegationParticipant>;
export type DelegationParticipantInput = z.input<typeof DelegationParticipant>;

const ActorParticipantShape = {
  /** Discriminant. */
  kind: z.literal("actor").meta({ description: "An actor takes part in person or as a state." }),
  /** The actor. */
  actorId: reference(ActorId, { role: "a participating actor", description: "Id of the actor that takes part." }),
  /** The delegation they came with, where they came with one. */
  delegationId: reference(DelegationId, {
    role: "the delegation of a participant",
    description: "Id of the delegation the actor came with, if any.",
  }).optional(),
  /** Their part in the meeting. */
  role: ParticipantRole,
};

/** The type of the {@link ActorParticipant} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface ActorParticipantSchema extends z.ZodObject<typeof ActorParticipantShape, z.core.$strict> {}

/**
 * An actor (a person, or a state as a whole) taking part in a meeting.
 * @example
 * ```ts
 * ActorParticipant.parse({ kind: "actor", actorId: "china", role: "host" });
 * ```
 * @group Meetings
 */
export const ActorParticipant: ActorParticipantSchema = /* @__PURE__ */ z
  .strictObject(ActorParticipantShape)
  .meta({ title: "ActorParticipant", description: "An actor, a person or a state as a whole, taking part in a meeting." });
export type ActorParticipant = z.infer<typeof ActorParticipant>;
export type ActorParticipantInput = z.input<typeof ActorParticipant>;

/**
 * Who took part in a meeting: a {@link DelegationParticipant} or an {@link ActorParticipant}.
 * @group Meetings
 */
export const MeetingParticipant: z.ZodDiscriminatedUnion<[typeof DelegationParticipant, typeof ActorParticipant], "kind"> = /* @__PURE__ */ z
  .discriminatedUnion("kind", [DelegationParticipant, ActorParticipant])
  .meta({ title: "MeetingParticipant", description: "Who took part in the meeting: a delegation (at a level) or an actor." });
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;
export type MeetingParticipantInput = z.input<typeof MeetingParticipant>;

const MeetingPurposeShape = {
  /** The purpose in the article's words. */
  text: z.string().min(1).meta({ description: "The purpose of the meeting in the article's words, such as \"to discuss the scheduling\"." }),
  /** The issues it is about. */
  issueIds: z
    .array(reference(IssueId, { role: "an issue of a meeting's purpose" }))
    .optional()
    .meta({ description: "Ids of the issues the purpose is about." }),
  /** The positions it is meant to settle or answer. */
  positionIds: z
    .array(reference(PositionId, { role: "a position a meeting is meant to settle" }))
    .optional()
    .meta({ description: "Ids of the negotiating positions the meeting is meant to settle." }),
  ...factFields("a meeting's purpose"),
};

/** The type of the {@link MeetingPurpose} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface MeetingPurposeSchema extends z.ZodObject<typeof MeetingPurposeShape, z.core.$strict> {}

/**
 * What a meeting is for, or is expected to centre on, with its own attribution: "The
 * next bilateral dialogue is expected to center on gaining concessions…".
 * @example
 * ```ts
 * MeetingPurpose.parse({ text: "to discuss the scheduling", issueIds: ["scheduling"], evidenceIds: ["ev-to-discuss"] });
 * ```
 * @group Meetings
 */
export const MeetingPurpose: MeetingPurposeSchema = /* @__PURE__ */ z
  .strictObject(MeetingPurposeShape)
  .meta({ title: "MeetingPurpose", description: "What the meeting is for, or is expected to centre on, with its own attribution." });
export type MeetingPurpose = z.infer<typeof MeetingPurpose>;
export type MeetingPurposeInput = z.input<typeof MeetingPurpose>;

/**
 * How far a meeting got.
 * @remarks `none` ("failed to make headway"), `some`, `breakthrough`, `breakdown`.
 * @group Meetings
 */
export const MeetingProgress = /* @__PURE__ */ z
  .enum(["none", "some", "breakthrough", "breakdown"])
  .meta({ description: "How far the meeting got: none (no headway), some, breakthrough or breakdown." });
export type MeetingProgress = z.infer<typeof MeetingProgress>;

const MeetingOutcomeShape = {
  /** The outcome in the article's words. */
  text: z.string().min(1).meta({ description: "The outcome in the article's words, such as \"failed to make headway over the abduction issue\"." }),
  /** How far it got. */
  progress: MeetingProgress.optional(),
  /** The issues the outcome concerns. */
  issueIds: z
    .array(reference(IssueId, { role: "an issue of a meeting's outcome" }))
    .optional()
    .meta({ description: "Ids of the issues the outcome concerns." }),
  /** The agreements reached, as positions of kind `agreement`. */
  agreementIds: z
    .array(reference(PositionId, { role: "an agreement reached at a meeting" }))
    .optional()
    .meta({ description: "Ids of the agreements reached, as positions of kind agreement." }),
  ...factFields("a meeting's outcome"),
};

/** The type of the {@link MeetingOutcome} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface MeetingOutcomeSchema extends z.ZodObject<typeof MeetingOutcomeShape, z.core.$strict> {}

/**
 * What came of a meeting: progress, and the agreements reached.
 * @example
 * ```ts
 * MeetingOutcome.parse({ text: "failed to make headway over the abduction issue", progress: "none", evidenceIds: ["ev-no-headway"] });
 * ```
 * @group Meetings
 */
export const MeetingOutcome: MeetingOutcomeSchema = /* @__PURE__ */ z
  .strictObject(MeetingOutcomeShape)
  .meta({ title: "MeetingOutcome", description: "What came of the meeting: how far it got, and the agreements reached." });
export type MeetingOutcome = z.infer<typeof MeetingOutcome>;
export type MeetingOutcomeInput = z.input<typeof MeetingOutcome>;

const MeetingShape = {
  /** Unique id of this meeting. */
  id: MeetingId,
  /** A short label ("the next round of bilateral talks"). */
  label: z.string().min(1).meta({ description: "A short label for the meeting, such as \"the next round of bilateral talks\"." }),
  /** Bilateral or multilateral, where the article says or its parties show. */
  kind: TalksKind.optional(),
  /** Formal, informal or secret, where the article says. */
  formality: MeetingFormality.optional(),
  /** In person, by phone, by video or in writing, where the article says. */
  medium: MeetingMedium.optional(),
  /** Where it stands as of the article. */
  status: MeetingStatus,
  /** The series it is a round of. */
  seriesId: reference(SeriesId, { role: "the series of a meeting", description: "Id of the series of talks this meeting is a round of." }).optional(),
  /** Which round. */
  round: Round.optional(),
  /** The meeting it was held on the sidelines of. */
  sidelinesOfId: reference(MeetingId, {
    role: "the meeting a meeting was held on the sidelines of",
    description: "Id of the meeting this one was held on the sidelines of.",
  }).optional(),
  /** The larger meeting or talks this one is a part of: a session of the talks, one of the contacts that make up "discussions on the sidelines". */
  partOfId: reference(MeetingId, {
    role: "the meeting a meeting is part of",
    description:
      "Id of the larger meeting this one is a part of, such as one session of the talks; exports count the parts, not the whole, where both are in the document.",
  }).optional(),
  /** Where. */
  placeId: reference(PlaceId, { role: "the place of a meeting", description: "Id of the place where the meeting was held, or is to be." }).optional(),
  /** Whether it took place at all, or is only possible ("did not meet", "would meet if"). */
  modality: Modality.optional(),
  /** When: held, or planned. */
  timeId: reference(TimeId, {
    role: "the time of a meeting",
    description: "Id of the time expression for when the meeting was held, or is planned.",
  }).optional(),
  /** Who took part, or is to. */
  participants: z.array(MeetingParticipant).meta({ description: "Who took part, or is to take part: delegations or actors, with roles." }),
  /** The issues discussed. */
  issueIds: z
    .array(reference(IssueId, { role: "an issue discussed at a meeting" }))
    .optional()
    .meta({ description: "Ids of the issues discussed." }),
  /** What it is for. */
  purpose: MeetingPurpose.optional(),
  /** What came of it. */
  outcome: MeetingOutcome.optional(),
  ...factFields("a meeting"),
};

/** The type of the {@link Meeting} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface MeetingSchema extends z.ZodObject<typeof MeetingShape, z.core.$strict> {}

/**
 * A meeting, held or planned: formal talks, a contact behind the scenes, a round of a
 * series, a meeting on the sidelines of other talks.
 *
 * @remarks
 * A planned meeting is a meeting too, with a `status` of `proposed`,
 * `being-scheduled` or `scheduled`, and its `timeId` the time it is aimed at. Proposals
 * of a time for it are {@link Position}s that point at it with `meetingId`.
 * Maps to PLOVER `CONSULT`, CAMEO 04x, ACE `Contact.Meet` and schema.org `Event`;
 * none of those says "on the sidelines of" or "at the level of the deputy chiefs".
 * @example
 * ```ts
 * Meeting.parse({
 *   id: "deputies-wednesday-night",
 *   label: "the deputy chiefs' meeting behind the scenes",
 *   kind: "bilateral",
 *   formality: "informal",
 *   status: "held",
 *   sidelinesOfId: "six-party-round-2",
 *   participants: [
 *     { kind: "delegation", delegationId: "jp-delegation", attendedBy: ["deputy-head"], role: "party" },
 *     { kind: "delegation", delegationId: "nk-delegation", attendedBy: ["deputy-head"], role: "party" },
 *   ],
 *   evidenceIds: ["ev-deputies-met"],
 * }).status;
 * //=> "held"
 * ```
 * @group Meetings
 */
export const Meeting: MeetingSchema = /* @__PURE__ */ z
  .strictObject(MeetingShape)
  .meta({
    title: "Meeting",
    description:
      "A meeting, held or planned: formal talks, an informal contact, a round of a series, or a meeting on the sidelines of other talks.",
  });
export type Meeting = z.infer<typeof Meeting>;
export type MeetingInput = z.input<typeof Meeting>;

/**
 * Tells whether a meeting took place (or is under way) rather than being planned or dropped.
 * @example
 * ```ts
 * isHeld({ ...meeting, status: "being-scheduled" });
 * //=> false
 * ```
 * @group Meetings
 */
export function isHeld(meeting: Pick<Meeting, "status">): boolean {
  return meeting.status === "held" || meeting.status === "under-way";
}

/**
 * Tells whether a meeting is only planned: proposed, being scheduled or scheduled.
 * @group Meetings
 */
export function isPlanned(meeting: Pick<Meeting, "status">): boolean {
  return meeting.status === "proposed" || meeting.status === "being-scheduled" || meeting.status === "scheduled";
}
