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

function described(what: string) {
  return { description: `The id of ${what}, unique across the document.` };
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
export const ActorId = /* @__PURE__ */ IdString.brand<"ActorId">().meta(described("an actor"));
/** @group Ids */
export type ActorId = string & z.core.$brand<"ActorId">;

/**
 * The id of a {@link Post}: one person's title in one organisation.
 * @group Ids
 */
export const PostId = /* @__PURE__ */ IdString.brand<"PostId">().meta(described("a post"));
/** @group Ids */
export type PostId = string & z.core.$brand<"PostId">;

/**
 * The id of a {@link Delegation}.
 * @group Ids
 */
export const DelegationId = /* @__PURE__ */ IdString.brand<"DelegationId">().meta(described("a delegation"));
/** @group Ids */
export type DelegationId = string & z.core.$brand<"DelegationId">;

/**
 * The id of a {@link TalkSeries}, such as the six-party talks.
 * @group Ids
 */
export const SeriesId = /* @__PURE__ */ IdString.brand<"SeriesId">().meta(described("a series of talks"));
/** @group Ids */
export type SeriesId = string & z.core.$brand<"SeriesId">;

/**
 * The id of a {@link Meeting}.
 * @group Ids
 */
export const MeetingId = /* @__PURE__ */ IdString.brand<"MeetingId">().meta(described("a meeting"));
/** @group Ids */
export type MeetingId = string & z.core.$brand<"MeetingId">;

/**
 * The id of a negotiating {@link Position}.
 * @group Ids
 */
export const PositionId = /* @__PURE__ */ IdString.brand<"PositionId">().meta(described("a negotiating position"));
/** @group Ids */
export type PositionId = string & z.core.$brand<"PositionId">;

/**
 * The id of an {@link Issue}: a topic under negotiation.
 * @group Ids
 */
export const IssueId = /* @__PURE__ */ IdString.brand<"IssueId">().meta(described("an issue (a topic under negotiation)"));
/** @group Ids */
export type IssueId = string & z.core.$brand<"IssueId">;

/**
 * The id of a {@link Happening}: an event that is neither a meeting nor a position.
 * @group Ids
 */
export const HappeningId = /* @__PURE__ */ IdString.brand<"HappeningId">().meta(described("a happening (an event other than a meeting or a position)"));
/** @group Ids */
export type HappeningId = string & z.core.$brand<"HappeningId">;

/**
 * The id of a {@link TimeExpression}.
 * @group Ids
 */
export const TimeId = /* @__PURE__ */ IdString.brand<"TimeId">().meta(described("a time expression"));
/** @group Ids */
export type TimeId = string & z.core.$brand<"TimeId">;

/**
 * The id of an {@link Attribution}: who the article says a fact came from.
 * @group Ids
 */
export const AttributionId = /* @__PURE__ */ IdString.brand<"AttributionId">().meta(described("an attribution"));
/** @group Ids */
export type AttributionId = string & z.core.$brand<"AttributionId">;

/**
 * The id of an {@link EvidenceSpan}: a quoted span of the article.
 * @group Ids
 */
export const EvidenceId = /* @__PURE__ */ IdString.brand<"EvidenceId">().meta(described("an evidence span"));
/** @group Ids */
export type EvidenceId = string & z.core.$brand<"EvidenceId">;

/**
 * The id of anything that can hold or receive a negotiating position: an {@link Actor}
 * or a {@link Delegation}.
 *
 * @remarks At run time any id string parses; which kind it must name is checked by
 * {@link validateDocument}.
 * @group Ids
 */
export const PartyId = /* @__PURE__ */ z
  .union([ActorId, DelegationId])
  .register(z.globalRegistry, { description: "The id of an actor or of a delegation." });
/** @group Ids */
export type PartyId = ActorId | DelegationId;

/**
 * Any id in a document.
 * @group Ids
 */
export type EntityId =
  | ActorId
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
