import * as z from "zod";

/**
 * The pattern every id in a document follows: a letter or digit, then letters,
 * digits, `.`, `_`, `:` or `-`; at most 128 characters in all.
 *
 * @remarks Ids are unique across the whole document, not only within their kind,
 * so one lookup table can answer "what is `kim-kye-gwan`?".
 * @group Ids
 */
export const ID_PATTERN: RegExp = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

const IdString = /* @__PURE__ */ z.string().regex(ID_PATTERN, {
  error: `must be an id: a letter or digit, then letters, digits, ".", "_", ":" or "-", at most 128 characters`,
});

/**
 * The kinds of actor: who acts, speaks, holds a position or is acted upon.
 *
 * @remarks
 * - `person`: a named person ("Akitaka Saiki").
 * - `state`: a sovereign state, standing for its government ("Japan", "Tokyo").
 * - `organization`: a ministry, a bureau, a party, an international body.
 * - `counted-group`: people counted or described but not named ("the families of five abductees").
 * - `unnamed-source`: a source the article does not name ("diplomatic sources").
 *
 * Each is the `kind` of one of the {@link Actor} schemas.
 * @group Ids
 */
export const ActorKind = /* @__PURE__ */ z
  .enum(["person", "state", "organization", "counted-group", "unnamed-source"])
  .meta({ description: "The kind of actor: person, state, organization, counted-group or unnamed-source." });
export type ActorKind = z.infer<typeof ActorKind>;

/**
 * The kind of any object in a document that has an id: the five kinds of actor, and
 * one kind for each other collection of a {@link NewsDocument}.
 *
 * @remarks Every id schema and every reference field declares the kinds it may name
 * in these words; validation messages and the query index read them from there.
 * @group Ids
 */
export const EntityKind = /* @__PURE__ */ z
  .enum([...ActorKind.options, "place", "post", "delegation", "series", "meeting", "position", "issue", "happening", "time", "attribution", "evidence"])
  .meta({
    description:
      "The kind of an object with an id: an actor's kind, or place, post, delegation, series, meeting, position, issue, happening, time, attribution or evidence.",
  });
export type EntityKind = z.infer<typeof EntityKind>;

/**
 * What an id schema names: the kinds of object whose `id` it can be.
 * @group Ids
 */
export interface IdTarget {
  /** The kinds of object an id of this schema belongs to. */
  readonly kinds: readonly EntityKind[];
}

/**
 * The registry of the package's id schemas, each with the kinds of object it names:
 * `ActorId` names the five kinds of actor, `MeetingId` names meetings.
 *
 * @remarks {@link reference} reads it, so that a reference field need only say which
 * id it holds.
 * @example
 * ```ts
 * idTargets.get(MeetingId);
 * //=> { kinds: ["meeting"] }
 * ```
 * @group Ids
 */
export const idTargets = /* @__PURE__ */ z.registry<IdTarget>();

/**
 * What a reference field may name, and what it is called in messages.
 * @group Ids
 */
export interface ReferenceTarget {
  /** The kinds of object the reference may name. */
  readonly kinds: readonly EntityKind[];
  /** What the field is, as a noun phrase for messages: "a delegation member", "the holder of a position". */
  readonly role: string;
}

/**
 * The registry of reference fields: every field of the model that holds the id of
 * another object, with the kinds it may name. It is the one table of what refers to
 * what: validation, the query index and the builder read it, through the schemas.
 * @example
 * ```ts
 * references.get(DelegationMember.shape.personId);
 * //=> { kinds: ["person"], role: "a delegation member" }
 * ```
 * @group Ids
 */
export const references = /* @__PURE__ */ z.registry<ReferenceTarget>();

/**
 * Options of {@link reference}.
 * @group Ids
 */
export interface ReferenceOptions {
  /** What the field is, as a noun phrase for messages: "a delegation member". */
  readonly role: string;
  /** The field's description for JSON Schema and language models. */
  readonly description?: string;
  /** The kinds it may name, where fewer than its id schema names: `["person"]` for an `ActorId`. */
  readonly kinds?: readonly EntityKind[];
}

/**
 * Declares a reference field: a field that holds the id of another object, with the
 * kinds of object it may name. Used where the field is defined, in the schemas.
 *
 * @remarks Returns a copy of the id schema, with the same type, registered in
 * {@link references}. Without `kinds`, the field may name whatever its id schema names.
 * @example
 * ```ts
 * const headId = reference(ActorId, { role: "the head of a delegation", kinds: ["person"] });
 * references.get(headId)?.kinds;
 * //=> ["person"]
 * ```
 * @group Ids
 */
export function reference<Id extends z.ZodType<string>>(id: Id, options: ReferenceOptions): Id {
  const target = idTargets.get(id);
  // A mistake in the package's own schemas, seen as soon as the module loads.
  if (!target) throw new Error("reference(): the schema given is not one of the package's id schemas");
  const field = (options.description === undefined ? id.clone() : id.meta({ description: options.description })) as Id;
  references.add(field, { kinds: options.kinds ?? target.kinds, role: options.role });
  return field;
}

function entityId<const Brand extends string>(kinds: readonly EntityKind[], what: string): z.core.$ZodBranded<z.ZodString, Brand> {
  // zod's brand is a type only: the schema registered here is the one returned.
  const id = IdString.meta({ description: `The id of ${what}, unique across the document.` }).register(idTargets, { kinds });
  return id.brand<Brand>() as z.core.$ZodBranded<z.ZodString, Brand>;
}

// An id that may be any of several id schemas names whatever they name.
function idUnion<const Ids extends readonly [z.ZodType<string>, ...z.ZodType<string>[]]>(ids: Ids, description: string): z.ZodUnion<Ids> {
  const kinds = ids.flatMap((id) => idTargets.get(id)?.kinds ?? []);
  const union = z.union(ids).meta({ description });
  idTargets.add(union as z.ZodType, { kinds });
  return union;
}

/**
 * The id of an {@link Actor}: a person, state, organisation, counted group or unnamed source.
 *
 * @remarks Branded: a plain string or a {@link MeetingId} does not type-check where an
 * `ActorId` is wanted. Parse a string with `ActorId.parse("japan")` to get one.
 * @example
 * ```ts
 * const japan = ActorId.parse("japan");
 * //=> "japan" (typed ActorId)
 * ```
 * @group Ids
 */
export const ActorId = /* @__PURE__ */ entityId<"ActorId">(ActorKind.options, "an actor");
export type ActorId = z.infer<typeof ActorId>;

/**
 * The id of a {@link Place}: a venue, city, region or country.
 * @group Ids
 */
export const PlaceId = /* @__PURE__ */ entityId<"PlaceId">(["place"], "a place");
export type PlaceId = z.infer<typeof PlaceId>;

/**
 * The id of a {@link Post}: one person's title in one organisation.
 * @group Ids
 */
export const PostId = /* @__PURE__ */ entityId<"PostId">(["post"], "a post");
export type PostId = z.infer<typeof PostId>;

/**
 * The id of a {@link Delegation}.
 * @group Ids
 */
export const DelegationId = /* @__PURE__ */ entityId<"DelegationId">(["delegation"], "a delegation");
export type DelegationId = z.infer<typeof DelegationId>;

/**
 * The id of a {@link TalkSeries}, such as the six-party talks.
 * @group Ids
 */
export const SeriesId = /* @__PURE__ */ entityId<"SeriesId">(["series"], "a series of talks");
export type SeriesId = z.infer<typeof SeriesId>;

/**
 * The id of a {@link Meeting}.
 * @group Ids
 */
export const MeetingId = /* @__PURE__ */ entityId<"MeetingId">(["meeting"], "a meeting");
export type MeetingId = z.infer<typeof MeetingId>;

/**
 * The id of a negotiating {@link Position}.
 * @group Ids
 */
export const PositionId = /* @__PURE__ */ entityId<"PositionId">(["position"], "a negotiating position");
export type PositionId = z.infer<typeof PositionId>;

/**
 * The id of an {@link Issue}: a topic under negotiation.
 * @group Ids
 */
export const IssueId = /* @__PURE__ */ entityId<"IssueId">(["issue"], "an issue (a topic under negotiation)");
export type IssueId = z.infer<typeof IssueId>;

/**
 * The id of a {@link Happening}: an event that is neither a meeting nor a position.
 * @group Ids
 */
export const HappeningId = /* @__PURE__ */ entityId<"HappeningId">(["happening"], "a happening (an event other than a meeting or a position)");
export type HappeningId = z.infer<typeof HappeningId>;

/**
 * The id of a {@link TimeExpression}.
 * @group Ids
 */
export const TimeId = /* @__PURE__ */ entityId<"TimeId">(["time"], "a time expression");
export type TimeId = z.infer<typeof TimeId>;

/**
 * The id of an {@link Attribution}: who the article says a fact came from.
 * @group Ids
 */
export const AttributionId = /* @__PURE__ */ entityId<"AttributionId">(["attribution"], "an attribution");
export type AttributionId = z.infer<typeof AttributionId>;

/**
 * The id of an {@link EvidenceSpan}: a quoted span of the article.
 * @group Ids
 */
export const EvidenceId = /* @__PURE__ */ entityId<"EvidenceId">(["evidence"], "an evidence span");
export type EvidenceId = z.infer<typeof EvidenceId>;

/**
 * The id of anything that can hold or receive a negotiating position: an {@link Actor}
 * or a {@link Delegation}.
 *
 * @remarks At run time any id string parses; which kind it must name is checked by
 * {@link validateDocument}.
 * @group Ids
 */
export const PartyId = /* @__PURE__ */ idUnion([ActorId, DelegationId], "The id of an actor or of a delegation.");
export type PartyId = z.infer<typeof PartyId>;

/**
 * The id of an event of any kind the article reports: a {@link Meeting}, a
 * {@link Position} or a {@link Happening}.
 *
 * @remarks What a position is about, or what a conditional fact depends on, can be any
 * of the three; which kind it must name is checked by {@link validateDocument}.
 * @group Ids
 */
export const FactId = /* @__PURE__ */ idUnion([MeetingId, PositionId, HappeningId], "The id of a meeting, a position or a happening.");
export type FactId = z.infer<typeof FactId>;

/**
 * Any id in a document.
 * @group Ids
 */
export type EntityId =
  | ActorId
  | PlaceId
  | PostId
  | DelegationId
  | SeriesId
  | MeetingId
  | PositionId
  | IssueId
  | HappeningId
  | TimeId
  | AttributionId
  | EvidenceId;
