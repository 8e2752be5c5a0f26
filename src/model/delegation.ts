import * as z from "zod";
import { ActorId, DelegationId, EvidenceId, MeetingId, SeriesId, reference } from "./id.js";
import { factFields } from "./fact.js";
import { Inferred } from "./inference.js";

/**
 * A member's place in a delegation.
 *
 * @remarks
 * - `head`: the chief delegate ("chief delegates").
 * - `deputy-head`: the deputy chief ("deputy chiefs").
 * - `member`: any other member.
 * @group Delegations
 */
export const DelegationRole = /* @__PURE__ */ z
  .enum(["head", "deputy-head", "member"])
  .meta({ description: "A member's place in the delegation: head (chief delegate), deputy-head (deputy chief) or member." });
export type DelegationRole = z.infer<typeof DelegationRole>;

// Built in a pure function, so that a bundler drops it, with its schema, where only DelegationRole is imported.
const DelegationMemberShape = /* @__PURE__ */ (() => ({
  /** The member, a person. */
  personId: reference(ActorId, { role: "a delegation member", kinds: ["person"], description: "Id of the member, a person." }),
  /** Their place in the delegation. */
  role: DelegationRole,
  /** Ids of the spans that say so. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of a delegation member" }))
    .meta({ description: "Ids of the evidence spans that say the person holds this place." }),
  /** Values the article does not state, with reasons (who the deputy chief is, say). */
  inferred: Inferred.optional(),
}))();

/** The type of the {@link DelegationMember} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface DelegationMemberSchema extends z.ZodObject<typeof DelegationMemberShape, z.core.$strict> {}

/**
 * One member of a delegation and their role.
 * @example
 * ```ts
 * DelegationMember.parse({ personId: "akitaka-saiki", role: "deputy-head", evidenceIds: ["ev-deputy-chiefs"] });
 * ```
 * @group Delegations
 */
export const DelegationMember: DelegationMemberSchema = /* @__PURE__ */ z
  .strictObject(DelegationMemberShape)
  .meta({ title: "DelegationMember", description: "One member of a delegation and their role in it." });
export type DelegationMember = z.infer<typeof DelegationMember>;
export type DelegationMemberInput = z.input<typeof DelegationMember>;

// Built in a pure function, so that a bundler drops it, with its schema, where only DelegationRole is imported.
const DelegationShape = /* @__PURE__ */ (() => ({
  /** Unique id of this delegation. */
  id: DelegationId,
  /** A name for it ("the Japanese delegation"). */
  name: z.string().min(1).meta({ description: "A name for the delegation, such as \"the Japanese delegation\"." }),
  /** The state or organisation it acts for. */
  representsId: reference(ActorId, {
    role: "what a delegation represents",
    kinds: ["state", "organization"],
    description: "Id of the state or organisation the delegation acts for.",
  }),
  /** The talks it attends. */
  attendsIds: z
    .array(reference(MeetingId, { role: "the talks a delegation attends" }))
    .optional()
    .meta({ description: "Ids of the meetings the delegation attends." }),
  /** The series of talks it is part of. */
  seriesIds: z
    .array(reference(SeriesId, { role: "the series a delegation takes part in" }))
    .optional()
    .meta({ description: "Ids of the series of talks the delegation takes part in." }),
  /** Its members and their roles. */
  members: z.array(DelegationMember).meta({ description: "The members of the delegation, each with a role." }),
  ...factFields("a delegation"),
}))();

/** The type of the {@link Delegation} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface DelegationSchema extends z.ZodObject<typeof DelegationShape, z.core.$strict> {}

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
export const Delegation: DelegationSchema = /* @__PURE__ */ z
  .strictObject(DelegationShape)
  .meta({
    title: "Delegation",
    description: "A team that represents a state or organisation at talks, with a head (chief delegate), a deputy head and members.",
  });
export type Delegation = z.infer<typeof Delegation>;
export type DelegationInput = z.input<typeof Delegation>;
