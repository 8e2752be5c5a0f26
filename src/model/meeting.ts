import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { ActorId, DelegationId, EvidenceId, IssueId, MeetingId, PositionId, SeriesId, TimeId, type AttributionId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import { DelegationRole } from "./delegation.js";
import { TalksKind } from "./series.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

/**
 * How formal a meeting is.
 *
 * @remarks
 * - `formal`: official talks ("formal bilateral talks").
 * - `informal`: a contact outside the official sessions ("met behind the scenes").
 * - `secret`: a meeting kept from the public and said to be so.
 * @group Meetings
 */
export const MeetingFormality: z.ZodEnum<{ [Value in MeetingFormality]: Value }> = /* @__PURE__ */ z
  .enum(["formal", "informal", "secret"])
  .register(z.globalRegistry, {
    description:
      "How formal the meeting is: formal (official talks), informal (a contact outside the official sessions, \"behind the scenes\") or secret.",
  });
/** @group Meetings */
export type MeetingFormality = "formal" | "informal" | "secret";

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
export const MeetingStatus: z.ZodEnum<{ [Value in MeetingStatus]: Value }> = /* @__PURE__ */ z
  .enum(["proposed", "being-scheduled", "scheduled", "under-way", "held", "postponed", "cancelled"])
  .register(z.globalRegistry, {
    description:
      "Where the meeting stands as of the article: proposed, being-scheduled, scheduled, under-way, held, postponed or cancelled.",
  });
/** @group Meetings */
export type MeetingStatus = "proposed" | "being-scheduled" | "scheduled" | "under-way" | "held" | "postponed" | "cancelled";

/**
 * How a round is placed in its series when the article gives no number.
 * @remarks `previous`, `current` or `next` relative to the article's time.
 * @group Meetings
 */
export const RoundRelation: z.ZodEnum<{ [Value in RoundRelation]: Value }> = /* @__PURE__ */ z
  .enum(["previous", "current", "next"])
  .register(z.globalRegistry, { description: "Where the round stands relative to the article's time: previous, current or next." });
/** @group Meetings */
export type RoundRelation = "previous" | "current" | "next";

const RoundShape = {
  /** The round's number in its series, where known. */
  number: z.int().positive().optional().register(z.globalRegistry, { description: "The round's number in its series, where known." }),
  /** Previous, current or next, where the article says so ("the next round"). */
  relation: RoundRelation.optional() as z.ZodOptional<typeof RoundRelation>,
};
// Round's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const RoundType: z.ZodObject<typeof RoundShape, z.core.$strict>;

/**
 * Which round of a series a meeting is: a number, or "the next round".
 * @example
 * ```ts
 * Round.parse({ relation: "next" });
 * ```
 * @group Meetings
 */
export const Round: NamedObject<typeof RoundType.shape, Round, RoundInput> = /* @__PURE__ */ z
  .strictObject(RoundShape)
  .register(z.globalRegistry, { title: "Round", description: "Which round of its series a meeting is: a number, or previous, current or next." });
/**
 * What the `Round` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type Round = {
  /** The round's number in its series, where known. */
  number?: number | undefined;
  /** Previous, current or next, where the article says so ("the next round"). */
  relation?: RoundRelation | undefined;
};
/**
 * What the `Round` schema accepts: the same as it gives, {@link Round}.
 * @group Meetings
 */
export type RoundInput = Round;

const PlaceShape = {
  /** The place's name as the article gives it. */
  name: z.string().min(1).register(z.globalRegistry, { description: "The name of the place as the article gives it, such as \"Beijing\"." }),
  /** Ids of the spans that name it. */
  evidenceIds: z.array(EvidenceId).register(z.globalRegistry, { description: "Ids of the evidence spans that name the place." }),
};
// Place's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const PlaceType: z.ZodObject<typeof PlaceShape, z.core.$strict>;

/**
 * Where something happened, as the article names it.
 * @example
 * ```ts
 * Place.parse({ name: "Beijing", evidenceIds: ["ev-beijing"] });
 * ```
 * @group Meetings
 */
export const Place: NamedObject<typeof PlaceType.shape, Place, PlaceInput> = /* @__PURE__ */ z
  .strictObject(PlaceShape)
  .register(z.globalRegistry, { title: "Place", description: "Where something happened, as the article names it." });
/**
 * What the `Place` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type Place = {
  /** The place's name as the article gives it. */
  name: string;
  /** Ids of the spans that name it. */
  evidenceIds: EvidenceId[];
};
/**
 * What the `Place` schema accepts: {@link Place} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type PlaceInput = {
  /** The place's name as the article gives it. */
  name: string;
  /** Ids of the spans that name it. */
  evidenceIds: string[];
};

/**
 * A participant's part in a meeting.
 * @remarks `party`: one of the sides. `host`, `mediator`, `observer`: as named.
 * @group Meetings
 */
export const ParticipantRole: z.ZodEnum<{ [Value in ParticipantRole]: Value }> = /* @__PURE__ */ z
  .enum(["party", "host", "mediator", "observer"])
  .register(z.globalRegistry, { description: "The participant's part in the meeting: party, host, mediator or observer." });
/** @group Meetings */
export type ParticipantRole = "party" | "host" | "mediator" | "observer";

const DelegationParticipantShape = {
  /** Discriminant. */
  kind: z.literal("delegation").register(z.globalRegistry, { description: "A delegation takes part, at the level given by attendedBy." }),
  /** The delegation. */
  delegationId: DelegationId.meta({ description: "Id of the delegation that takes part." }),
  /** Which of its members attended, by role; absent means the delegation as a whole. */
  attendedBy: z.array(DelegationRole).min(1).optional().register(z.globalRegistry, {
    description:
      "Which of the delegation's members attended, by role (\"head\" for the chief delegates); absent means the delegation as a whole.",
  }),
  /** Its part in the meeting. */
  role: ParticipantRole as typeof ParticipantRole,
};
// DelegationParticipant's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const DelegationParticipantType: z.ZodObject<typeof DelegationParticipantShape, z.core.$strict>;

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
export const DelegationParticipant: NamedObject<typeof DelegationParticipantType.shape, DelegationParticipant, DelegationParticipantInput> = /* @__PURE__ */ z
  .strictObject(DelegationParticipantShape)
  .register(z.globalRegistry, { title: "DelegationParticipant", description: "A delegation taking part in a meeting, at the level of the members given by role." });
/**
 * What the `DelegationParticipant` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type DelegationParticipant = {
  /** Discriminant. */
  kind: "delegation";
  /** The delegation. */
  delegationId: DelegationId;
  /** Which of its members attended, by role; absent means the delegation as a whole. */
  attendedBy?: DelegationRole[] | undefined;
  /** Its part in the meeting. */
  role: ParticipantRole;
};
/**
 * What the `DelegationParticipant` schema accepts: {@link DelegationParticipant} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type DelegationParticipantInput = {
  /** Discriminant. */
  kind: "delegation";
  /** The delegation. */
  delegationId: string;
  /** Which of its members attended, by role; absent means the delegation as a whole. */
  attendedBy?: DelegationRole[] | undefined;
  /** Its part in the meeting. */
  role: ParticipantRole;
};

const ActorParticipantShape = {
  /** Discriminant. */
  kind: z.literal("actor").register(z.globalRegistry, { description: "An actor takes part in person or as a state." }),
  /** The actor. */
  actorId: ActorId.meta({ description: "Id of the actor that takes part." }),
  /** The delegation they came with, where they came with one. */
  delegationId: DelegationId.optional().register(z.globalRegistry, { description: "Id of the delegation the actor came with, if any." }),
  /** Their part in the meeting. */
  role: ParticipantRole as typeof ParticipantRole,
};
// ActorParticipant's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const ActorParticipantType: z.ZodObject<typeof ActorParticipantShape, z.core.$strict>;

/**
 * An actor (a person, or a state as a whole) taking part in a meeting.
 * @example
 * ```ts
 * ActorParticipant.parse({ kind: "actor", actorId: "china", role: "host" });
 * ```
 * @group Meetings
 */
export const ActorParticipant: NamedObject<typeof ActorParticipantType.shape, ActorParticipant, ActorParticipantInput> = /* @__PURE__ */ z
  .strictObject(ActorParticipantShape)
  .register(z.globalRegistry, { title: "ActorParticipant", description: "An actor, a person or a state as a whole, taking part in a meeting." });
/**
 * What the `ActorParticipant` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type ActorParticipant = {
  /** Discriminant. */
  kind: "actor";
  /** The actor. */
  actorId: ActorId;
  /** The delegation they came with, where they came with one. */
  delegationId?: DelegationId | undefined;
  /** Their part in the meeting. */
  role: ParticipantRole;
};
/**
 * What the `ActorParticipant` schema accepts: {@link ActorParticipant} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type ActorParticipantInput = {
  /** Discriminant. */
  kind: "actor";
  /** The actor. */
  actorId: string;
  /** The delegation they came with, where they came with one. */
  delegationId?: string | undefined;
  /** Their part in the meeting. */
  role: ParticipantRole;
};

/**
 * Who took part in a meeting: a {@link DelegationParticipant} or an {@link ActorParticipant}.
 * @group Meetings
 */
export const MeetingParticipant: z.ZodDiscriminatedUnion<[typeof DelegationParticipant, typeof ActorParticipant], "kind"> = /* @__PURE__ */ z
  .discriminatedUnion("kind", [DelegationParticipant, ActorParticipant])
  .register(z.globalRegistry, { title: "MeetingParticipant", description: "Who took part in the meeting: a delegation (at a level) or an actor." });
/** @group Meetings */
export type MeetingParticipant = DelegationParticipant | ActorParticipant;
/**
 * What the `MeetingParticipant` schema accepts: one of {@link DelegationParticipantInput}, {@link ActorParticipantInput}.
 * @group Meetings
 */
export type MeetingParticipantInput = DelegationParticipantInput | ActorParticipantInput;

const MeetingPurposeShape = {
  /** The purpose in the article's words. */
  text: z.string().min(1).register(z.globalRegistry, { description: "The purpose of the meeting in the article's words, such as \"to discuss the scheduling\"." }),
  /** The issues it is about. */
  issueIds: z.array(IssueId).optional().register(z.globalRegistry, { description: "Ids of the issues the purpose is about." }),
  /** The positions it is meant to settle or answer. */
  positionIds: z.array(PositionId).optional().register(z.globalRegistry, { description: "Ids of the negotiating positions the meeting is meant to settle." }),
  ...FactFields,
};
// MeetingPurpose's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const MeetingPurposeType: z.ZodObject<typeof MeetingPurposeShape, z.core.$strict>;

/**
 * What a meeting is for, or is expected to centre on, with its own attribution: "The
 * next bilateral dialogue is expected to center on gaining concessions…".
 * @example
 * ```ts
 * MeetingPurpose.parse({ text: "to discuss the scheduling", issueIds: ["scheduling"], evidenceIds: ["ev-to-discuss"] });
 * ```
 * @group Meetings
 */
export const MeetingPurpose: NamedObject<typeof MeetingPurposeType.shape, MeetingPurpose, MeetingPurposeInput> = /* @__PURE__ */ z
  .strictObject(MeetingPurposeShape)
  .register(z.globalRegistry, { title: "MeetingPurpose", description: "What the meeting is for, or is expected to centre on, with its own attribution." });
/**
 * What the `MeetingPurpose` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type MeetingPurpose = Fact & {
  /** The purpose in the article's words. */
  text: string;
  /** The issues it is about. */
  issueIds?: IssueId[] | undefined;
  /** The positions it is meant to settle or answer. */
  positionIds?: PositionId[] | undefined;
};
/**
 * What the `MeetingPurpose` schema accepts: {@link MeetingPurpose} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type MeetingPurposeInput = FactInput & {
  /** The purpose in the article's words. */
  text: string;
  /** The issues it is about. */
  issueIds?: string[] | undefined;
  /** The positions it is meant to settle or answer. */
  positionIds?: string[] | undefined;
};

/**
 * How far a meeting got.
 * @remarks `none` ("failed to make headway"), `some`, `breakthrough`, `breakdown`.
 * @group Meetings
 */
export const MeetingProgress: z.ZodEnum<{ [Value in MeetingProgress]: Value }> = /* @__PURE__ */ z
  .enum(["none", "some", "breakthrough", "breakdown"])
  .register(z.globalRegistry, { description: "How far the meeting got: none (no headway), some, breakthrough or breakdown." });
/** @group Meetings */
export type MeetingProgress = "none" | "some" | "breakthrough" | "breakdown";

const MeetingOutcomeShape = {
  /** The outcome in the article's words. */
  text: z.string().min(1).register(z.globalRegistry, { description: "The outcome in the article's words, such as \"failed to make headway over the abduction issue\"." }),
  /** How far it got. */
  progress: MeetingProgress.optional() as z.ZodOptional<typeof MeetingProgress>,
  /** The issues the outcome concerns. */
  issueIds: z.array(IssueId).optional().register(z.globalRegistry, { description: "Ids of the issues the outcome concerns." }),
  /** The agreements reached, as positions of kind `agreement`. */
  agreementIds: z.array(PositionId).optional().register(z.globalRegistry, { description: "Ids of the agreements reached, as positions of kind agreement." }),
  ...FactFields,
};
// MeetingOutcome's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const MeetingOutcomeType: z.ZodObject<typeof MeetingOutcomeShape, z.core.$strict>;

/**
 * What came of a meeting: progress, and the agreements reached.
 * @example
 * ```ts
 * MeetingOutcome.parse({ text: "failed to make headway over the abduction issue", progress: "none", evidenceIds: ["ev-no-headway"] });
 * ```
 * @group Meetings
 */
export const MeetingOutcome: NamedObject<typeof MeetingOutcomeType.shape, MeetingOutcome, MeetingOutcomeInput> = /* @__PURE__ */ z
  .strictObject(MeetingOutcomeShape)
  .register(z.globalRegistry, { title: "MeetingOutcome", description: "What came of the meeting: how far it got, and the agreements reached." });
/**
 * What the `MeetingOutcome` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type MeetingOutcome = Fact & {
  /** The outcome in the article's words. */
  text: string;
  /** How far it got. */
  progress?: MeetingProgress | undefined;
  /** The issues the outcome concerns. */
  issueIds?: IssueId[] | undefined;
  /** The agreements reached, as positions of kind `agreement`. */
  agreementIds?: PositionId[] | undefined;
};
/**
 * What the `MeetingOutcome` schema accepts: {@link MeetingOutcome} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type MeetingOutcomeInput = FactInput & {
  /** The outcome in the article's words. */
  text: string;
  /** How far it got. */
  progress?: MeetingProgress | undefined;
  /** The issues the outcome concerns. */
  issueIds?: string[] | undefined;
  /** The agreements reached, as positions of kind `agreement`. */
  agreementIds?: string[] | undefined;
};

const MeetingShape = {
  /** Unique id of this meeting. */
  id: MeetingId as typeof MeetingId,
  /** A short label ("the next round of bilateral talks"). */
  label: z.string().min(1).register(z.globalRegistry, { description: "A short label for the meeting, such as \"the next round of bilateral talks\"." }),
  /** Bilateral or multilateral. */
  kind: TalksKind as typeof TalksKind,
  /** Formal, informal or secret. */
  formality: MeetingFormality as typeof MeetingFormality,
  /** Where it stands as of the article. */
  status: MeetingStatus as typeof MeetingStatus,
  /** The series it is a round of. */
  seriesId: SeriesId.optional().register(z.globalRegistry, { description: "Id of the series of talks this meeting is a round of." }),
  /** Which round. */
  round: Round.optional() as z.ZodOptional<NamedSchema<Round, RoundInput>>,
  /** The meeting it was held on the sidelines of. */
  sidelinesOfId: MeetingId.optional().register(z.globalRegistry, { description: "Id of the meeting this one was held on the sidelines of." }),
  /** Where. */
  place: Place.optional() as z.ZodOptional<NamedSchema<Place, PlaceInput>>,
  /** When: held, or planned. */
  timeId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when the meeting was held, or is planned." }),
  /** Who took part, or is to. */
  participants: z.array(MeetingParticipant).register(z.globalRegistry, { description: "Who took part, or is to take part: delegations or actors, with roles." }) as z.ZodArray<NamedSchema<MeetingParticipant, MeetingParticipantInput>>,
  /** The issues discussed. */
  issueIds: z.array(IssueId).optional().register(z.globalRegistry, { description: "Ids of the issues discussed." }),
  /** What it is for. */
  purpose: MeetingPurpose.optional() as z.ZodOptional<NamedSchema<MeetingPurpose, MeetingPurposeInput>>,
  /** What came of it. */
  outcome: MeetingOutcome.optional() as z.ZodOptional<NamedSchema<MeetingOutcome, MeetingOutcomeInput>>,
  ...FactFields,
};
// Meeting's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const MeetingType: z.ZodObject<typeof MeetingShape, z.core.$strict>;

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
export const Meeting: NamedObject<typeof MeetingType.shape, Meeting, MeetingInput> = /* @__PURE__ */ z
  .strictObject(MeetingShape)
  .register(z.globalRegistry, {
    title: "Meeting",
    description:
      "A meeting, held or planned: formal talks, an informal contact, a round of a series, or a meeting on the sidelines of other talks.",
  });
/**
 * What the `Meeting` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Meetings
 */
export type Meeting = Fact & {
  /** Unique id of this meeting. */
  id: MeetingId;
  /** A short label ("the next round of bilateral talks"). */
  label: string;
  /** Bilateral or multilateral. */
  kind: TalksKind;
  /** Formal, informal or secret. */
  formality: MeetingFormality;
  /** Where it stands as of the article. */
  status: MeetingStatus;
  /** The series it is a round of. */
  seriesId?: SeriesId | undefined;
  /** Which round. */
  round?: Round | undefined;
  /** The meeting it was held on the sidelines of. */
  sidelinesOfId?: MeetingId | undefined;
  /** Where. */
  place?: Place | undefined;
  /** When: held, or planned. */
  timeId?: TimeId | undefined;
  /** Who took part, or is to. */
  participants: MeetingParticipant[];
  /** The issues discussed. */
  issueIds?: IssueId[] | undefined;
  /** What it is for. */
  purpose?: MeetingPurpose | undefined;
  /** What came of it. */
  outcome?: MeetingOutcome | undefined;
};
/**
 * What the `Meeting` schema accepts: {@link Meeting} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Meetings
 */
export type MeetingInput = FactInput & {
  /** Unique id of this meeting. */
  id: string;
  /** A short label ("the next round of bilateral talks"). */
  label: string;
  /** Bilateral or multilateral. */
  kind: TalksKind;
  /** Formal, informal or secret. */
  formality: MeetingFormality;
  /** Where it stands as of the article. */
  status: MeetingStatus;
  /** The series it is a round of. */
  seriesId?: string | undefined;
  /** Which round. */
  round?: RoundInput | undefined;
  /** The meeting it was held on the sidelines of. */
  sidelinesOfId?: string | undefined;
  /** Where. */
  place?: PlaceInput | undefined;
  /** When: held, or planned. */
  timeId?: string | undefined;
  /** Who took part, or is to. */
  participants: MeetingParticipantInput[];
  /** The issues discussed. */
  issueIds?: string[] | undefined;
  /** What it is for. */
  purpose?: MeetingPurposeInput | undefined;
  /** What came of it. */
  outcome?: MeetingOutcomeInput | undefined;
};

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
