import type { NewsDocument } from "../model/document.js";
import type { EntityKind, EntityLocation } from "./entities.js";
import { problem, type Problem } from "./problem.js";

/**
 * One reference from an object in a document to another, by id.
 * @group Validation
 */
export interface Reference {
  /** The path from the document root to the id that refers. */
  readonly path: readonly (string | number)[];
  /** The id referred to. */
  readonly id: string;
  /** The kinds it may name. */
  readonly expects: readonly EntityKind[];
  /** What the referring field is, for messages: "a delegation member". */
  readonly role: string;
}

const ANY_ACTOR: readonly EntityKind[] = ["person", "state", "organization", "counted-group", "unnamed-source"];
const PERSON: readonly EntityKind[] = ["person"];
const STATE: readonly EntityKind[] = ["state"];
const STATE_OR_ORG: readonly EntityKind[] = ["state", "organization"];
const PARTY: readonly EntityKind[] = ["state", "organization", "delegation"];
const ACTOR_OR_DELEGATION: readonly EntityKind[] = [...ANY_ACTOR, "delegation"];

type Path = (string | number)[];

function* many(
  base: Path,
  field: string,
  ids: readonly string[] | undefined,
  expects: readonly EntityKind[],
  role: string,
): Generator<Reference> {
  if (!ids) return;
  for (let i = 0; i < ids.length; i++) yield { path: [...base, field, i], id: ids[i]!, expects, role };
}

function* one(
  base: Path,
  field: string,
  id: string | undefined,
  expects: readonly EntityKind[],
  role: string,
): Generator<Reference> {
  if (id !== undefined) yield { path: [...base, field], id, expects, role };
}

function* factRefs(
  base: Path,
  fact: { readonly evidenceIds: readonly string[]; readonly attributionIds?: readonly string[] | undefined },
  what: string,
): Generator<Reference> {
  yield* many(base, "evidenceIds", fact.evidenceIds, ["evidence"], `the evidence of ${what}`);
  yield* many(base, "attributionIds", fact.attributionIds, ["attribution"], `the attribution of ${what}`);
}

/**
 * Lists every reference by id in a document, with the kinds each may name.
 *
 * @remarks This table is the one place that says what each reference must point at: a
 * delegation member is a person, a `sidelinesOfId` names a meeting, a holder is a state,
 * an organisation or a delegation. {@link validateDocument} checks each against the
 * document, and the query index follows the same table.
 * @example
 * ```ts
 * [...listReferences(document)].find((ref) => ref.path.at(-1) === "sidelinesOfId");
 * //=> { path: ["meetings", 1, "sidelinesOfId"], id: "six-party-round-2", expects: ["meeting"], role: "the meeting a meeting was held on the sidelines of" }
 * ```
 * @group Validation
 */
export function* listReferences(document: NewsDocument): Generator<Reference> {
  for (const [index, actor] of document.actors.entries()) {
    const at: Path = ["actors", index];
    yield* factRefs(at, actor, "an actor");
    if (actor.aliases)
      for (const [a, alias] of actor.aliases.entries())
        yield* many([...at, "aliases", a], "evidenceIds", alias.evidenceIds, ["evidence"], "the evidence of an alias");
    switch (actor.kind) {
      case "person":
        yield* many(at, "nationalityIds", actor.nationalityIds, STATE, "a nationality");
        break;
      case "organization":
        yield* one(at, "parentId", actor.parentId, STATE_OR_ORG, "the parent of an organization");
        yield* one(at, "countryId", actor.countryId, STATE, "the country of an organization");
        break;
      case "counted-group":
        if (actor.relatedTo) yield* one([...at, "relatedTo"], "actorId", actor.relatedTo.actorId, ANY_ACTOR, "the actor a group is defined through");
        yield* many(at, "subsetOfIds", actor.subsetOfIds, ["counted-group"], "the larger group of a group");
        break;
      case "unnamed-source":
        yield* one(at, "affiliationId", actor.affiliationId, STATE_OR_ORG, "the affiliation of an unnamed source");
        break;
      case "state":
        break;
    }
  }
  for (const [index, post] of document.posts.entries()) {
    const at: Path = ["posts", index];
    yield* factRefs(at, post, "a post");
    yield* one(at, "holderId", post.holderId, PERSON, "the holder of a post");
    yield* one(at, "organizationId", post.organizationId, STATE_OR_ORG, "the organization of a post");
    yield* one(at, "heldAtId", post.heldAtId, ["time"], "the time a post was held");
    yield* one(at, "startId", post.startId, ["time"], "the start of a post");
    yield* one(at, "endId", post.endId, ["time"], "the end of a post");
  }
  for (const [index, delegation] of document.delegations.entries()) {
    const at: Path = ["delegations", index];
    yield* factRefs(at, delegation, "a delegation");
    yield* one(at, "representsId", delegation.representsId, STATE_OR_ORG, "what a delegation represents");
    yield* many(at, "attendsIds", delegation.attendsIds, ["meeting"], "the talks a delegation attends");
    yield* many(at, "seriesIds", delegation.seriesIds, ["series"], "the series a delegation takes part in");
    for (const [m, member] of delegation.members.entries()) {
      yield* one([...at, "members", m], "personId", member.personId, PERSON, "a delegation member");
      yield* many([...at, "members", m], "evidenceIds", member.evidenceIds, ["evidence"], "the evidence of a delegation member");
    }
  }
  for (const [index, series] of document.series.entries()) {
    const at: Path = ["series", index];
    yield* factRefs(at, series, "a series");
    yield* many(at, "partyIds", series.partyIds, STATE_OR_ORG, "a party to a series");
    yield* many(at, "issueIds", series.issueIds, ["issue"], "an issue of a series");
  }
  for (const [index, meeting] of document.meetings.entries()) {
    const at: Path = ["meetings", index];
    yield* factRefs(at, meeting, "a meeting");
    yield* one(at, "seriesId", meeting.seriesId, ["series"], "the series of a meeting");
    yield* one(at, "sidelinesOfId", meeting.sidelinesOfId, ["meeting"], "the meeting a meeting was held on the sidelines of");
    yield* one(at, "timeId", meeting.timeId, ["time"], "the time of a meeting");
    if (meeting.place) yield* many([...at, "place"], "evidenceIds", meeting.place.evidenceIds, ["evidence"], "the evidence of a place");
    for (const [p, participant] of meeting.participants.entries()) {
      const pat: Path = [...at, "participants", p];
      if (participant.kind === "delegation") {
        yield* one(pat, "delegationId", participant.delegationId, ["delegation"], "a participating delegation");
      } else {
        yield* one(pat, "actorId", participant.actorId, ANY_ACTOR, "a participating actor");
        yield* one(pat, "delegationId", participant.delegationId, ["delegation"], "the delegation of a participant");
      }
    }
    yield* many(at, "issueIds", meeting.issueIds, ["issue"], "an issue discussed at a meeting");
    if (meeting.purpose) {
      const pat: Path = [...at, "purpose"];
      yield* factRefs(pat, meeting.purpose, "a meeting's purpose");
      yield* many(pat, "issueIds", meeting.purpose.issueIds, ["issue"], "an issue of a meeting's purpose");
      yield* many(pat, "positionIds", meeting.purpose.positionIds, ["position"], "a position a meeting is meant to settle");
    }
    if (meeting.outcome) {
      const oat: Path = [...at, "outcome"];
      yield* factRefs(oat, meeting.outcome, "a meeting's outcome");
      yield* many(oat, "issueIds", meeting.outcome.issueIds, ["issue"], "an issue of a meeting's outcome");
      yield* many(oat, "agreementIds", meeting.outcome.agreementIds, ["position"], "an agreement reached at a meeting");
    }
  }
  for (const [index, position] of document.positions.entries()) {
    const at: Path = ["positions", index];
    yield* factRefs(at, position, "a position");
    yield* many(at, "holderIds", position.holderIds, PARTY, "the holder of a position");
    yield* one(at, "voicedById", position.voicedById, PERSON, "the voice of a position");
    yield* many(at, "addresseeIds", position.addresseeIds, ACTOR_OR_DELEGATION, "the addressee of a position");
    yield* many(at, "issueIds", position.issueIds, ["issue"], "an issue of a position");
    if (position.actions)
      for (const [a, action] of position.actions.entries()) {
        const aat: Path = [...at, "actions", a];
        yield* many(aat, "agentIds", action.agentIds, ACTOR_OR_DELEGATION, "the agent of an action");
        yield* many(aat, "objectIds", action.objectIds, ANY_ACTOR, "the object of an action");
        yield* many(aat, "destinationIds", action.destinationIds, ANY_ACTOR, "the destination of an action");
        yield* one(aat, "meetingId", action.meetingId, ["meeting"], "the meeting an action is about");
        yield* one(aat, "timeId", action.timeId, ["time"], "the time of an action");
      }
    yield* one(at, "repeatsId", position.repeatsId, ["position"], "the position a position repeats");
    yield* one(at, "answersId", position.answersId, ["position"], "the position a position answers");
    yield* many(at, "aboutIds", position.aboutIds, ["happening"], "what a position is about");
    yield* one(at, "voicedAtId", position.voicedAtId, ["meeting"], "the meeting a position was voiced at");
    yield* one(at, "timeId", position.timeId, ["time"], "the time of a position");
  }
  for (const [index, issue] of document.issues.entries()) {
    const at: Path = ["issues", index];
    yield* factRefs(at, issue, "an issue");
    yield* one(at, "parentId", issue.parentId, ["issue"], "the parent of an issue");
  }
  for (const [index, happening] of document.happenings.entries()) {
    const at: Path = ["happenings", index];
    yield* factRefs(at, happening, "a happening");
    for (const [p, participant] of happening.participants.entries())
      yield* one([...at, "participants", p], "actorId", participant.actorId, ANY_ACTOR, "a participant in a happening");
    yield* one(at, "timeId", happening.timeId, ["time"], "the time of a happening");
    if (happening.place) yield* many([...at, "place"], "evidenceIds", happening.place.evidenceIds, ["evidence"], "the evidence of a place");
    yield* one(at, "contentId", happening.contentId, ["position"], "the content of a happening");
    yield* many(at, "relatedIds", happening.relatedIds, ["happening"], "a related happening");
  }
  for (const [index, time] of document.times.entries()) {
    const at: Path = ["times", index];
    yield* many(at, "evidenceIds", time.evidenceIds, ["evidence"], "the evidence of a time expression");
    if (time.kind === "duration") yield* one(at, "anchorId", time.anchorId, ["time"], "the anchor of a duration");
  }
  for (const [index, attribution] of document.attributions.entries()) {
    const at: Path = ["attributions", index];
    yield* many(at, "evidenceIds", attribution.evidenceIds, ["evidence"], "the evidence of an attribution");
    yield* one(at, "sourceId", attribution.sourceId, ANY_ACTOR, "the source of an attribution");
    yield* one(at, "saidAtId", attribution.saidAtId, ["time"], "the time of an attribution");
    yield* one(at, "withinId", attribution.withinId, ["attribution"], "the outer attribution of an attribution");
  }
}

const ARTICLE: { readonly [kind in EntityKind]: string } = {
  person: "a person",
  state: "a state",
  organization: "an organization",
  "counted-group": "a counted group",
  "unnamed-source": "an unnamed source",
  post: "a post",
  delegation: "a delegation",
  series: "a series",
  meeting: "a meeting",
  position: "a position",
  issue: "an issue",
  happening: "a happening",
  time: "a time expression",
  attribution: "an attribution",
  evidence: "an evidence span",
};

function listKinds(kinds: readonly EntityKind[]): string {
  const names = kinds.map((kind) => ARTICLE[kind]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/**
 * Checks that every reference in a document names an object that exists, and of a
 * kind the reference allows.
 * @group Validation
 */
export function checkReferences(document: NewsDocument, locations: ReadonlyMap<string, EntityLocation>): Problem[] {
  const problems: Problem[] = [];
  for (const reference of listReferences(document)) {
    const target = locations.get(reference.id);
    if (!target) {
      problems.push(
        problem("dangling-reference", reference.path, `${reference.role} names "${reference.id}", which is not in the document`),
      );
    } else if (!reference.expects.includes(target.kind)) {
      problems.push(
        problem(
          "wrong-kind",
          reference.path,
          `${reference.role} must be ${listKinds(reference.expects)}, but "${reference.id}" is ${ARTICLE[target.kind]}`,
        ),
      );
    }
  }
  return problems;
}
