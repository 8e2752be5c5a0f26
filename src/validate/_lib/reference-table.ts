import type { NewsDocument } from "../../model/document.js";
import type { EntityKind } from "../entities.js";
import { kindCode } from "./entity-index.js";
import type { MarkHolder } from "./inference-marks.js";

/** A path from the document root. */
export type Path = readonly (string | number)[];

/** The kinds a reference may name, as a list and as a bit mask over the kind codes. */
export interface KindSet {
  /** The kinds, in the order messages name them. */
  readonly kinds: readonly EntityKind[];
  /** One bit per kind code of `kinds`. */
  readonly mask: number;
}

function kindSet(...kinds: EntityKind[]): KindSet {
  let mask = 0;
  for (const kind of kinds) mask |= 1 << kindCode(kind);
  return { kinds, mask };
}

/**
 * Receives the references of a document, one call each, in document order.
 */
export interface ReferenceVisitor {
  /**
   * Receives one reference: the path of the object that holds it (valid during the call
   * only: copy it to keep it), the field, the index in the field when it is a list (-1
   * when it is one id), the id, the kinds it may name and what the field is.
   */
  reference(at: Path, field: string, index: number, id: string, expects: KindSet, role: string): void;
  /**
   * Receives each object that may carry inference marks, with its path (valid during
   * the call only): the article first, then the objects of every collection but
   * attributions and evidence, delegation members, and meetings' purposes and outcomes.
   */
  holder(object: MarkHolder, at: Path): void;
}

/** The path of one reference: the holder's path, the field and, for a list, the index. */
export function referencePath(at: Path, field: string, index: number): (string | number)[] {
  return index < 0 ? [...at, field] : [...at, field, index];
}

const ANY_ACTOR = kindSet("person", "state", "organization", "counted-group", "unnamed-source");
const PERSON = kindSet("person");
const STATE = kindSet("state");
const STATE_OR_ORG = kindSet("state", "organization");
const PARTY = kindSet("state", "organization", "delegation");
const ACTOR_OR_DELEGATION = kindSet(...ANY_ACTOR.kinds, "delegation");
const EVIDENCE = kindSet("evidence");
const COUNTED_GROUP = kindSet("counted-group");
const DELEGATION = kindSet("delegation");
const HAPPENING = kindSet("happening");
const ISSUE = kindSet("issue");
const MEETING = kindSet("meeting");
const POSITION = kindSet("position");
const SERIES = kindSet("series");
const TIME = kindSet("time");
const ATTRIBUTION = kindSet("attribution");

function many(v: ReferenceVisitor, at: Path, field: string, ids: readonly string[] | undefined, expects: KindSet, role: string): void {
  if (!ids) return;
  for (let i = 0; i < ids.length; i++) v.reference(at, field, i, ids[i]!, expects, role);
}

function one(v: ReferenceVisitor, at: Path, field: string, id: string | undefined, expects: KindSet, role: string): void {
  if (id !== undefined) v.reference(at, field, -1, id, expects, role);
}

/** The roles of a fact's evidence and attributions, worded once for each kind of fact. */
interface FactRoles {
  readonly evidence: string;
  readonly attribution: string;
}

function factRoles(what: string): FactRoles {
  return { evidence: `the evidence of ${what}`, attribution: `the attribution of ${what}` };
}

const ACTOR_FACT = factRoles("an actor");
const POST_FACT = factRoles("a post");
const DELEGATION_FACT = factRoles("a delegation");
const SERIES_FACT = factRoles("a series");
const MEETING_FACT = factRoles("a meeting");
const PURPOSE_FACT = factRoles("a meeting's purpose");
const OUTCOME_FACT = factRoles("a meeting's outcome");
const POSITION_FACT = factRoles("a position");
const ISSUE_FACT = factRoles("an issue");
const HAPPENING_FACT = factRoles("a happening");

function factRefs(
  v: ReferenceVisitor,
  at: Path,
  fact: { readonly evidenceIds: readonly string[]; readonly attributionIds?: readonly string[] | undefined },
  roles: FactRoles,
): void {
  many(v, at, "evidenceIds", fact.evidenceIds, EVIDENCE, roles.evidence);
  many(v, at, "attributionIds", fact.attributionIds, ATTRIBUTION, roles.attribution);
}

function walkActors(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "actors";
  for (let index = 0; index < document.actors.length; index++) {
    const actor = document.actors[index]!;
    at[1] = index;
    v.holder(actor, at);
    factRefs(v, at, actor, ACTOR_FACT);
    if (actor.aliases)
      for (let a = 0; a < actor.aliases.length; a++) {
        at.push("aliases", a);
        many(v, at, "evidenceIds", actor.aliases[a]!.evidenceIds, EVIDENCE, "the evidence of an alias");
        at.pop();
        at.pop();
      }
    switch (actor.kind) {
      case "person":
        many(v, at, "nationalityIds", actor.nationalityIds, STATE, "a nationality");
        break;
      case "organization":
        one(v, at, "parentId", actor.parentId, STATE_OR_ORG, "the parent of an organization");
        one(v, at, "countryId", actor.countryId, STATE, "the country of an organization");
        break;
      case "counted-group":
        if (actor.relatedTo) {
          at.push("relatedTo");
          one(v, at, "actorId", actor.relatedTo.actorId, ANY_ACTOR, "the actor a group is defined through");
          at.pop();
        }
        many(v, at, "subsetOfIds", actor.subsetOfIds, COUNTED_GROUP, "the larger group of a group");
        break;
      case "unnamed-source":
        one(v, at, "affiliationId", actor.affiliationId, STATE_OR_ORG, "the affiliation of an unnamed source");
        break;
      case "state":
        break;
    }
  }
}

function walkPosts(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "posts";
  for (let index = 0; index < document.posts.length; index++) {
    const post = document.posts[index]!;
    at[1] = index;
    v.holder(post, at);
    factRefs(v, at, post, POST_FACT);
    one(v, at, "holderId", post.holderId, PERSON, "the holder of a post");
    one(v, at, "organizationId", post.organizationId, STATE_OR_ORG, "the organization of a post");
    one(v, at, "heldAtId", post.heldAtId, TIME, "the time a post was held");
    one(v, at, "startId", post.startId, TIME, "the start of a post");
    one(v, at, "endId", post.endId, TIME, "the end of a post");
  }
}

function walkDelegations(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "delegations";
  for (let index = 0; index < document.delegations.length; index++) {
    const delegation = document.delegations[index]!;
    at[1] = index;
    v.holder(delegation, at);
    factRefs(v, at, delegation, DELEGATION_FACT);
    one(v, at, "representsId", delegation.representsId, STATE_OR_ORG, "what a delegation represents");
    many(v, at, "attendsIds", delegation.attendsIds, MEETING, "the talks a delegation attends");
    many(v, at, "seriesIds", delegation.seriesIds, SERIES, "the series a delegation takes part in");
    for (let m = 0; m < delegation.members.length; m++) {
      const member = delegation.members[m]!;
      at.push("members", m);
      v.holder(member, at);
      one(v, at, "personId", member.personId, PERSON, "a delegation member");
      many(v, at, "evidenceIds", member.evidenceIds, EVIDENCE, "the evidence of a delegation member");
      at.pop();
      at.pop();
    }
  }
}

function walkSeries(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "series";
  for (let index = 0; index < document.series.length; index++) {
    const series = document.series[index]!;
    at[1] = index;
    v.holder(series, at);
    factRefs(v, at, series, SERIES_FACT);
    many(v, at, "partyIds", series.partyIds, STATE_OR_ORG, "a party to a series");
    many(v, at, "issueIds", series.issueIds, ISSUE, "an issue of a series");
  }
}

function walkMeetings(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "meetings";
  for (let index = 0; index < document.meetings.length; index++) {
    const meeting = document.meetings[index]!;
    at[1] = index;
    v.holder(meeting, at);
    factRefs(v, at, meeting, MEETING_FACT);
    one(v, at, "seriesId", meeting.seriesId, SERIES, "the series of a meeting");
    one(v, at, "sidelinesOfId", meeting.sidelinesOfId, MEETING, "the meeting a meeting was held on the sidelines of");
    one(v, at, "timeId", meeting.timeId, TIME, "the time of a meeting");
    if (meeting.place) {
      at.push("place");
      many(v, at, "evidenceIds", meeting.place.evidenceIds, EVIDENCE, "the evidence of a place");
      at.pop();
    }
    for (let p = 0; p < meeting.participants.length; p++) {
      const participant = meeting.participants[p]!;
      at.push("participants", p);
      if (participant.kind === "delegation") {
        one(v, at, "delegationId", participant.delegationId, DELEGATION, "a participating delegation");
      } else {
        one(v, at, "actorId", participant.actorId, ANY_ACTOR, "a participating actor");
        one(v, at, "delegationId", participant.delegationId, DELEGATION, "the delegation of a participant");
      }
      at.pop();
      at.pop();
    }
    many(v, at, "issueIds", meeting.issueIds, ISSUE, "an issue discussed at a meeting");
    if (meeting.purpose) {
      at.push("purpose");
      v.holder(meeting.purpose, at);
      factRefs(v, at, meeting.purpose, PURPOSE_FACT);
      many(v, at, "issueIds", meeting.purpose.issueIds, ISSUE, "an issue of a meeting's purpose");
      many(v, at, "positionIds", meeting.purpose.positionIds, POSITION, "a position a meeting is meant to settle");
      at.pop();
    }
    if (meeting.outcome) {
      at.push("outcome");
      v.holder(meeting.outcome, at);
      factRefs(v, at, meeting.outcome, OUTCOME_FACT);
      many(v, at, "issueIds", meeting.outcome.issueIds, ISSUE, "an issue of a meeting's outcome");
      many(v, at, "agreementIds", meeting.outcome.agreementIds, POSITION, "an agreement reached at a meeting");
      at.pop();
    }
  }
}

function walkPositions(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "positions";
  for (let index = 0; index < document.positions.length; index++) {
    const position = document.positions[index]!;
    at[1] = index;
    v.holder(position, at);
    factRefs(v, at, position, POSITION_FACT);
    many(v, at, "holderIds", position.holderIds, PARTY, "the holder of a position");
    one(v, at, "voicedById", position.voicedById, PERSON, "the voice of a position");
    many(v, at, "addresseeIds", position.addresseeIds, ACTOR_OR_DELEGATION, "the addressee of a position");
    many(v, at, "issueIds", position.issueIds, ISSUE, "an issue of a position");
    if (position.actions)
      for (let a = 0; a < position.actions.length; a++) {
        const action = position.actions[a]!;
        at.push("actions", a);
        many(v, at, "agentIds", action.agentIds, ACTOR_OR_DELEGATION, "the agent of an action");
        many(v, at, "objectIds", action.objectIds, ANY_ACTOR, "the object of an action");
        many(v, at, "destinationIds", action.destinationIds, ANY_ACTOR, "the destination of an action");
        one(v, at, "meetingId", action.meetingId, MEETING, "the meeting an action is about");
        one(v, at, "timeId", action.timeId, TIME, "the time of an action");
        at.pop();
        at.pop();
      }
    one(v, at, "repeatsId", position.repeatsId, POSITION, "the position a position repeats");
    one(v, at, "answersId", position.answersId, POSITION, "the position a position answers");
    many(v, at, "aboutIds", position.aboutIds, HAPPENING, "what a position is about");
    one(v, at, "voicedAtId", position.voicedAtId, MEETING, "the meeting a position was voiced at");
    one(v, at, "timeId", position.timeId, TIME, "the time of a position");
  }
}

function walkIssues(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "issues";
  for (let index = 0; index < document.issues.length; index++) {
    const issue = document.issues[index]!;
    at[1] = index;
    v.holder(issue, at);
    factRefs(v, at, issue, ISSUE_FACT);
    one(v, at, "parentId", issue.parentId, ISSUE, "the parent of an issue");
  }
}

function walkHappenings(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "happenings";
  for (let index = 0; index < document.happenings.length; index++) {
    const happening = document.happenings[index]!;
    at[1] = index;
    v.holder(happening, at);
    factRefs(v, at, happening, HAPPENING_FACT);
    for (let p = 0; p < happening.participants.length; p++) {
      at.push("participants", p);
      one(v, at, "actorId", happening.participants[p]!.actorId, ANY_ACTOR, "a participant in a happening");
      at.pop();
      at.pop();
    }
    one(v, at, "timeId", happening.timeId, TIME, "the time of a happening");
    if (happening.place) {
      at.push("place");
      many(v, at, "evidenceIds", happening.place.evidenceIds, EVIDENCE, "the evidence of a place");
      at.pop();
    }
    one(v, at, "contentId", happening.contentId, POSITION, "the content of a happening");
    many(v, at, "relatedIds", happening.relatedIds, HAPPENING, "a related happening");
  }
}

function walkTimes(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "times";
  for (let index = 0; index < document.times.length; index++) {
    const time = document.times[index]!;
    at[1] = index;
    v.holder(time, at);
    many(v, at, "evidenceIds", time.evidenceIds, EVIDENCE, "the evidence of a time expression");
    if (time.kind === "duration") one(v, at, "anchorId", time.anchorId, TIME, "the anchor of a duration");
  }
}

function walkAttributions(document: NewsDocument, v: ReferenceVisitor, at: (string | number)[]): void {
  at[0] = "attributions";
  for (let index = 0; index < document.attributions.length; index++) {
    const attribution = document.attributions[index]!;
    at[1] = index;
    many(v, at, "evidenceIds", attribution.evidenceIds, EVIDENCE, "the evidence of an attribution");
    one(v, at, "sourceId", attribution.sourceId, ANY_ACTOR, "the source of an attribution");
    one(v, at, "saidAtId", attribution.saidAtId, TIME, "the time of an attribution");
    one(v, at, "withinId", attribution.withinId, ATTRIBUTION, "the outer attribution of an attribution");
  }
}

const ARTICLE: Path = ["article"];

/**
 * Calls the visitor on every reference in a document, in document order: the one table
 * of which field refers to which kinds, read by `listReferences` and by every check.
 *
 * @remarks One path array is reused for the whole walk, so a visitor that only looks
 * ids up allocates nothing per object. Each collection has its own small function, so
 * that the engine inlines the helpers into it.
 */
export function walkReferences(document: NewsDocument, v: ReferenceVisitor): void {
  // the article refers to nothing, but it may carry inference marks
  v.holder(document.article, ARTICLE);
  const at: (string | number)[] = ["actors", 0];
  walkActors(document, v, at);
  walkPosts(document, v, at);
  walkDelegations(document, v, at);
  walkSeries(document, v, at);
  walkMeetings(document, v, at);
  walkPositions(document, v, at);
  walkIssues(document, v, at);
  walkHappenings(document, v, at);
  walkTimes(document, v, at);
  walkAttributions(document, v, at);
}
