import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { ActorId, DelegationId, EvidenceId, MeetingId, SeriesId, type AttributionId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import { Inferred, type Inference, type InferenceInput } from "./inference.js";
import type { Extensions } from "./extensions.js";

/**
 * A member's place in a delegation.
 *
 * @remarks
 * - `head`: the chief delegate ("chief delegates").
 * - `deputy-head`: the deputy chief ("deputy chiefs").
 * - `member`: any other member.
 * @group Delegations
 */
export const DelegationRole: z.ZodEnum<{ [Value in DelegationRole]: Value }> = /* @__PURE__ */ z
  .enum(["head", "deputy-head", "member"])
  .register(z.globalRegistry, { description: "A member's place in the delegation: head (chief delegate), deputy-head (deputy chief) or member." });
/** @group Delegations */
export type DelegationRole = "head" | "deputy-head" | "member";

const DelegationMemberShape = {
  /** The member, a person. */
  personId: ActorId.meta({ description: "Id of the member, a person." }),
  /** Their place in the delegation. */
  role: DelegationRole as typeof DelegationRole,
  /** Ids of the spans that say so. */
  evidenceIds: z.array(EvidenceId).register(z.globalRegistry, { description: "Ids of the evidence spans that say the person holds this place." }),
  /** Values the article does not state, with reasons (who the deputy chief is, say). */
  inferred: Inferred.optional() as z.ZodOptional<typeof Inferred>,
};
// DelegationMember's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const DelegationMemberType: z.ZodObject<typeof DelegationMemberShape, z.core.$strict>;

/**
 * One member of a delegation and their role.
 * @example
 * ```ts
 * DelegationMember.parse({ personId: "akitaka-saiki", role: "deputy-head", evidenceIds: ["ev-deputy-chiefs"] });
 * ```
 * @group Delegations
 */
export const DelegationMember: NamedObject<typeof DelegationMemberType.shape, DelegationMember, DelegationMemberInput> = /* @__PURE__ */ z
  .strictObject(DelegationMemberShape)
  .register(z.globalRegistry, { title: "DelegationMember", description: "One member of a delegation and their role in it." });
/**
 * What the `DelegationMember` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Delegations
 */
export type DelegationMember = {
  /** The member, a person. */
  personId: ActorId;
  /** Their place in the delegation. */
  role: DelegationRole;
  /** Ids of the spans that say so. */
  evidenceIds: EvidenceId[];
  /** Values the article does not state, with reasons (who the deputy chief is, say). */
  inferred?: Inference[] | undefined;
};
/**
 * What the `DelegationMember` schema accepts: {@link DelegationMember} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Delegations
 */
export type DelegationMemberInput = {
  /** The member, a person. */
  personId: string;
  /** Their place in the delegation. */
  role: DelegationRole;
  /** Ids of the spans that say so. */
  evidenceIds: string[];
  /** Values the article does not state, with reasons (who the deputy chief is, say). */
  inferred?: InferenceInput[] | undefined;
};

const DelegationShape = {
  /** Unique id of this delegation. */
  id: DelegationId as typeof DelegationId,
  /** A name for it ("the Japanese delegation"). */
  name: z.string().min(1).register(z.globalRegistry, { description: "A name for the delegation, such as \"the Japanese delegation\"." }),
  /** The state or organisation it acts for. */
  representsId: ActorId.meta({ description: "Id of the state or organisation the delegation acts for." }),
  /** The talks it attends. */
  attendsIds: z.array(MeetingId).optional().register(z.globalRegistry, { description: "Ids of the meetings the delegation attends." }),
  /** The series of talks it is part of. */
  seriesIds: z.array(SeriesId).optional().register(z.globalRegistry, { description: "Ids of the series of talks the delegation takes part in." }),
  /** Its members and their roles. */
  members: z.array(DelegationMember).register(z.globalRegistry, { description: "The members of the delegation, each with a role." }) as z.ZodArray<NamedSchema<DelegationMember, DelegationMemberInput>>,
  ...FactFields,
};
// Delegation's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const DelegationType: z.ZodObject<typeof DelegationShape, z.core.$strict>;

/**
 * A team that represents a state or organisation at talks, with a head ("chief
 * delegate"), a deputy head and members.
 *
 * @remarks Every member is a person and the delegation acts for a state or an
 * organisation; {@link validateDocument} checks both, and that no delegation has two
 * heads. The standards stop short of this: PLOVER and CAMEO code a state or a person,
 * never the team.
 * @example
 * ```ts
 * Delegation.parse({
 *   id: "jp-delegation",
 *   name: "the Japanese delegation",
 *   representsId: "japan",
 *   members: [{ personId: "mitoji-yabunaka", role: "head", evidenceIds: ["ev-chief-delegates"] }],
 *   evidenceIds: ["ev-delegations"],
 * });
 * ```
 * @group Delegations
 */
export const Delegation: NamedObject<typeof DelegationType.shape, Delegation, DelegationInput> = /* @__PURE__ */ z
  .strictObject(DelegationShape)
  .register(z.globalRegistry, {
    title: "Delegation",
    description: "A team that represents a state or organisation at talks, with a head (chief delegate), a deputy head and members.",
  });
/**
 * What the `Delegation` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Delegations
 */
export type Delegation = Fact & {
  /** Unique id of this delegation. */
  id: DelegationId;
  /** A name for it ("the Japanese delegation"). */
  name: string;
  /** The state or organisation it acts for. */
  representsId: ActorId;
  /** The talks it attends. */
  attendsIds?: MeetingId[] | undefined;
  /** The series of talks it is part of. */
  seriesIds?: SeriesId[] | undefined;
  /** Its members and their roles. */
  members: DelegationMember[];
};
/**
 * What the `Delegation` schema accepts: {@link Delegation} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Delegations
 */
export type DelegationInput = FactInput & {
  /** Unique id of this delegation. */
  id: string;
  /** A name for it ("the Japanese delegation"). */
  name: string;
  /** The state or organisation it acts for. */
  representsId: string;
  /** The talks it attends. */
  attendsIds?: string[] | undefined;
  /** The series of talks it is part of. */
  seriesIds?: string[] | undefined;
  /** Its members and their roles. */
  members: DelegationMemberInput[];
};
