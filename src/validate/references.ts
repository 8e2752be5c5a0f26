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

type Path = readonly (string | number)[];

/**
 * Receives one reference: the path of the object that holds it, the field, the index in
 * the field when it is a list (-1 when it is one id), the id, the kinds it may name and
 * what the field is. The path is built only by a receiver that needs it.
 */
type Visit = (base: Path, field: string, index: number, id: string, expects: readonly EntityKind[], role: string) => void;

function many(visit: Visit, base: Path, field: string, ids: readonly string[] | undefined, expects: readonly EntityKind[], role: string): void {
  if (!ids) return;
  for (let i = 0; i < ids.length; i++) visit(base, field, i, ids[i]!, expects, role);
}

function one(visit: Visit, base: Path, field: string, id: string | undefined, expects: readonly EntityKind[], role: string): void {
  if (id !== undefined) visit(base, field, -1, id, expects, role);
}

const EVIDENCE: readonly EntityKind[] = ["evidence"];
const COUNTED_GROUP: readonly EntityKind[] = ["counted-group"];
const DELEGATION: readonly EntityKind[] = ["delegation"];
const HAPPENING: readonly EntityKind[] = ["happening"];
const ISSUE: readonly EntityKind[] = ["issue"];
const MEETING: readonly EntityKind[] = ["meeting"];
const POSITION: readonly EntityKind[] = ["position"];
const SERIES: readonly EntityKind[] = ["series"];
const TIME: readonly EntityKind[] = ["time"];
const ATTRIBUTION: readonly EntityKind[] = ["attribution"];
const ROLES = new Map<string, readonly [evidence: string, attribution: string]>();

function factRefs(
  visit: Visit,
  base: Path,
  fact: { readonly evidenceIds: readonly string[]; readonly attributionIds?: readonly string[] | undefined },
  what: string,
): void {
  let roles = ROLES.get(what);
  if (!roles) {
    roles = [`the evidence of ${what}`, `the attribution of ${what}`];
    ROLES.set(what, roles);
  }
  many(visit, base, "evidenceIds", fact.evidenceIds, EVIDENCE, roles[0]);
  many(visit, base, "attributionIds", fact.attributionIds, ATTRIBUTION, roles[1]);
}

function pathOf(base: Path, field: string, index: number): (string | number)[] {
  return index < 0 ? [...base, field] : [...base, field, index];
}

/** Calls `visit` on every reference in a document, in document order. */
function walkReferences(document: NewsDocument, visit: Visit): void {
  for (let index = 0; index < document.actors.length; index++) {
    const actor = document.actors[index]!;
    const at: Path = ["actors", index];
    factRefs(visit, at, actor, "an actor");
    if (actor.aliases)
      for (let a = 0; a < actor.aliases.length; a++)
        many(visit, ["actors", index, "aliases", a], "evidenceIds", actor.aliases[a]!.evidenceIds, EVIDENCE, "the evidence of an alias");
    switch (actor.kind) {
      case "person":
        many(visit, at, "nationalityIds", actor.nationalityIds, STATE, "a nationality");
        break;
      case "organization":
        one(visit, at, "parentId", actor.parentId, STATE_OR_ORG, "the parent of an organization");
        one(visit, at, "countryId", actor.countryId, STATE, "the country of an organization");
        break;
      case "counted-group":
        if (actor.relatedTo) one(visit, [...at, "relatedTo"], "actorId", actor.relatedTo.actorId, ANY_ACTOR, "the actor a group is defined through");
        many(visit, at, "subsetOfIds", actor.subsetOfIds, COUNTED_GROUP, "the larger group of a group");
        break;
      case "unnamed-source":
        one(visit, at, "affiliationId", actor.affiliationId, STATE_OR_ORG, "the affiliation of an unnamed source");
        break;
      case "state":
        break;
    }
  }
  for (let index = 0; index < document.posts.length; index++) {
    const post = document.posts[index]!;
    const at: Path = ["posts", index];
    factRefs(visit, at, post, "a post");
    one(visit, at, "holderId", post.holderId, PERSON, "the holder of a post");
    one(visit, at, "organizationId", post.organizationId, STATE_OR_ORG, "the organization of a post");
    one(visit, at, "heldAtId", post.heldAtId, TIME, "the time a post was held");
    one(visit, at, "startId", post.startId, TIME, "the start of a post");
    one(visit, at, "endId", post.endId, TIME, "the end of a post");
  }
  for (let index = 0; index < document.delegations.length; index++) {
    const delegation = document.delegations[index]!;
    const at: Path = ["delegations", index];
    factRefs(visit, at, delegation, "a delegation");
    one(visit, at, "representsId", delegation.representsId, STATE_OR_ORG, "what a delegation represents");
    many(visit, at, "attendsIds", delegation.attendsIds, MEETING, "the talks a delegation attends");
    many(visit, at, "seriesIds", delegation.seriesIds, SERIES, "the series a delegation takes part in");
    for (let m = 0; m < delegation.members.length; m++) {
    const member = delegation.members[m]!;
      one(visit, [...at, "members", m], "personId", member.personId, PERSON, "a delegation member");
      many(visit, [...at, "members", m], "evidenceIds", member.evidenceIds, EVIDENCE, "the evidence of a delegation member");
    }
  }
  for (let index = 0; index < document.series.length; index++) {
    const series = document.series[index]!;
    const at: Path = ["series", index];
    factRefs(visit, at, series, "a series");
    many(visit, at, "partyIds", series.partyIds, STATE_OR_ORG, "a party to a series");
    many(visit, at, "issueIds", series.issueIds, ISSUE, "an issue of a series");
  }
  for (let index = 0; index < document.meetings.length; index++) {
    const meeting = document.meetings[index]!;
    const at: Path = ["meetings", index];
    factRefs(visit, at, meeting, "a meeting");
    one(visit, at, "seriesId", meeting.seriesId, SERIES, "the series of a meeting");
    one(visit, at, "sidelinesOfId", meeting.sidelinesOfId, MEETING, "the meeting a meeting was held on the sidelines of");
    one(visit, at, "timeId", meeting.timeId, TIME, "the time of a meeting");
    if (meeting.place) many(visit, [...at, "place"], "evidenceIds", meeting.place.evidenceIds, EVIDENCE, "the evidence of a place");
    for (let p = 0; p < meeting.participants.length; p++) {
    const participant = meeting.participants[p]!;
      const pat: Path = [...at, "participants", p];
      if (participant.kind === "delegation") {
        one(visit, pat, "delegationId", participant.delegationId, DELEGATION, "a participating delegation");
      } else {
        one(visit, pat, "actorId", participant.actorId, ANY_ACTOR, "a participating actor");
        one(visit, pat, "delegationId", participant.delegationId, DELEGATION, "the delegation of a participant");
      }
    }
    many(visit, at, "issueIds", meeting.issueIds, ISSUE, "an issue discussed at a meeting");
    if (meeting.purpose) {
      const pat: Path = [...at, "purpose"];
      factRefs(visit, pat, meeting.purpose, "a meeting's purpose");
      many(visit, pat, "issueIds", meeting.purpose.issueIds, ISSUE, "an issue of a meeting's purpose");
      many(visit, pat, "positionIds", meeting.purpose.positionIds, POSITION, "a position a meeting is meant to settle");
    }
    if (meeting.outcome) {
      const oat: Path = [...at, "outcome"];
      factRefs(visit, oat, meeting.outcome, "a meeting's outcome");
      many(visit, oat, "issueIds", meeting.outcome.issueIds, ISSUE, "an issue of a meeting's outcome");
      many(visit, oat, "agreementIds", meeting.outcome.agreementIds, POSITION, "an agreement reached at a meeting");
    }
  }
  for (let index = 0; index < document.positions.length; index++) {
    const position = document.positions[index]!;
    const at: Path = ["positions", index];
    factRefs(visit, at, position, "a position");
    many(visit, at, "holderIds", position.holderIds, PARTY, "the holder of a position");
    one(visit, at, "voicedById", position.voicedById, PERSON, "the voice of a position");
    many(visit, at, "addresseeIds", position.addresseeIds, ACTOR_OR_DELEGATION, "the addressee of a position");
    many(visit, at, "issueIds", position.issueIds, ISSUE, "an issue of a position");
    if (position.actions)
      for (let a = 0; a < position.actions.length; a++) {
    const action = position.actions[a]!;
        const aat: Path = [...at, "actions", a];
        many(visit, aat, "agentIds", action.agentIds, ACTOR_OR_DELEGATION, "the agent of an action");
        many(visit, aat, "objectIds", action.objectIds, ANY_ACTOR, "the object of an action");
        many(visit, aat, "destinationIds", action.destinationIds, ANY_ACTOR, "the destination of an action");
        one(visit, aat, "meetingId", action.meetingId, MEETING, "the meeting an action is about");
        one(visit, aat, "timeId", action.timeId, TIME, "the time of an action");
      }
    one(visit, at, "repeatsId", position.repeatsId, POSITION, "the position a position repeats");
    one(visit, at, "answersId", position.answersId, POSITION, "the position a position answers");
    many(visit, at, "aboutIds", position.aboutIds, HAPPENING, "what a position is about");
    one(visit, at, "voicedAtId", position.voicedAtId, MEETING, "the meeting a position was voiced at");
    one(visit, at, "timeId", position.timeId, TIME, "the time of a position");
  }
  for (let index = 0; index < document.issues.length; index++) {
    const issue = document.issues[index]!;
    const at: Path = ["issues", index];
    factRefs(visit, at, issue, "an issue");
    one(visit, at, "parentId", issue.parentId, ISSUE, "the parent of an issue");
  }
  for (let index = 0; index < document.happenings.length; index++) {
    const happening = document.happenings[index]!;
    const at: Path = ["happenings", index];
    factRefs(visit, at, happening, "a happening");
    for (let p = 0; p < happening.participants.length; p++)
      one(visit, ["happenings", index, "participants", p], "actorId", happening.participants[p]!.actorId, ANY_ACTOR, "a participant in a happening");
    one(visit, at, "timeId", happening.timeId, TIME, "the time of a happening");
    if (happening.place) many(visit, [...at, "place"], "evidenceIds", happening.place.evidenceIds, EVIDENCE, "the evidence of a place");
    one(visit, at, "contentId", happening.contentId, POSITION, "the content of a happening");
    many(visit, at, "relatedIds", happening.relatedIds, HAPPENING, "a related happening");
  }
  for (let index = 0; index < document.times.length; index++) {
    const time = document.times[index]!;
    const at: Path = ["times", index];
    many(visit, at, "evidenceIds", time.evidenceIds, EVIDENCE, "the evidence of a time expression");
    if (time.kind === "duration") one(visit, at, "anchorId", time.anchorId, TIME, "the anchor of a duration");
  }
  for (let index = 0; index < document.attributions.length; index++) {
    const attribution = document.attributions[index]!;
    const at: Path = ["attributions", index];
    many(visit, at, "evidenceIds", attribution.evidenceIds, EVIDENCE, "the evidence of an attribution");
    one(visit, at, "sourceId", attribution.sourceId, ANY_ACTOR, "the source of an attribution");
    one(visit, at, "saidAtId", attribution.saidAtId, TIME, "the time of an attribution");
    one(visit, at, "withinId", attribution.withinId, ATTRIBUTION, "the outer attribution of an attribution");
  }
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
  const found: Reference[] = [];
  walkReferences(document, (base, field, index, id, expects, role) => {
    found.push({ path: pathOf(base, field, index), id, expects, role });
  });
  yield* found;
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
  walkReferences(document, (base, field, index, id, expects, role) => {
    const target = locations.get(id);
    if (!target) {
      problems.push(problem("dangling-reference", pathOf(base, field, index), `${role} names "${id}", which is not in the document`));
    } else if (!expects.includes(target.kind)) {
      problems.push(
        problem(
          "wrong-kind",
          pathOf(base, field, index),
          `${role} must be ${listKinds(expects)}, but "${id}" is ${ARTICLE[target.kind]}`,
        ),
      );
    }
  });
  return problems;
}
