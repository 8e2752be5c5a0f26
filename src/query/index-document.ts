import type { CountedGroup, Organization, Person, State, UnnamedSource } from "../model/actor.js";
import type { Attribution } from "../model/attribution.js";
import type { Delegation } from "../model/delegation.js";
import type { NewsDocument } from "../model/document.js";
import type { EvidenceSpan } from "../model/evidence.js";
import type { Happening } from "../model/happening.js";
import type { Issue } from "../model/issue.js";
import type { Meeting } from "../model/meeting.js";
import type { Place } from "../model/place.js";
import type { Position, PositionKind } from "../model/position.js";
import type { Post } from "../model/post.js";
import type { TalkSeries } from "../model/series.js";
import type { TimeExpression } from "../model/time.js";
import type { EntityKind } from "../model/id.js";
import { tabulateDocument } from "../validate/document-table.js";
import { toPointer } from "../validate/problem.js";
import type { EntityCollection, ReferenceSite } from "../validate/reference-graph.js";

/**
 * The type of the object each {@link EntityKind} names: `"meeting"` is a {@link Meeting},
 * `"person"` a {@link Person}, `"time"` a {@link TimeExpression}.
 * @group Queries
 */
export interface EntityOfKind {
  /** A named person. */
  person: Person;
  /** A state. */
  state: State;
  /** An organisation. */
  organization: Organization;
  /** A counted group of people. */
  "counted-group": CountedGroup;
  /** An unnamed source. */
  "unnamed-source": UnnamedSource;
  /** A place. */
  place: Place;
  /** A post. */
  post: Post;
  /** A delegation. */
  delegation: Delegation;
  /** A series of talks. */
  series: TalkSeries;
  /** A meeting. */
  meeting: Meeting;
  /** A negotiating position. */
  position: Position;
  /** An issue. */
  issue: Issue;
  /** A happening. */
  happening: Happening;
  /** A time expression. */
  time: TimeExpression;
  /** An attribution. */
  attribution: Attribution;
  /** An evidence span. */
  evidence: EvidenceSpan;
}

/**
 * An object of a document found by its id, with its kind carried in the type: switch on
 * `kind` and `entity` narrows to the matching type.
 *
 * @remarks `path` is where the object sits, such as `["meetings", 2]`.
 * @example
 * ```ts
 * const found = findEntity(index, "deputies-meeting");
 * if (found?.kind === "meeting") found.entity.formality;
 * //=> "informal"
 * ```
 * @group Queries
 */
export type FoundEntity<Kind extends EntityKind = EntityKind> = {
  readonly [K in Kind]: {
    /** What kind of object it is. */
    readonly kind: K;
    /** The object itself, as it stands in the document. */
    readonly entity: EntityOfKind[K];
    /** Where it sits in the document: its collection and index. */
    readonly path: readonly [collection: EntityCollection, index: number];
  };
}[Kind];

/**
 * One reference to an object, seen from the object referred to: who refers to it, from
 * which field, and where.
 * @group Queries
 */
export interface IndexedReference {
  /** The object that holds the reference (a meeting, for a meeting's place evidence). */
  readonly from: FoundEntity;
  /** The reference field, as the schemas declare it. */
  readonly site: ReferenceSite;
  /** The field that refers, relative to `from`, without indices: `"holderIds"`, `"participants/delegationId"`, `"place/evidenceIds"`. */
  readonly field: string;
  /** The path from the document root to the referring id, such as `["meetings", 1, "place", "evidenceIds", 0]`. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer. */
  readonly pointer: string;
  /** What the referring field is, in words: `"the evidence of a place"`. */
  readonly role: string;
}

/**
 * An index of one document, built once by {@link indexDocument}, that every query
 * function reads.
 *
 * @remarks All of its tables are maps, so each query is a lookup rather than a scan of
 * the document. The index does not copy the document: change the document and build a
 * new index.
 * @group Queries
 */
export interface DocumentIndex {
  /** The document indexed. */
  readonly document: NewsDocument;
  /** Every object with an id, by id. */
  readonly entities: ReadonlyMap<string, FoundEntity>;
  /** Every reference, by the id referred to, in document order. */
  readonly references: ReadonlyMap<string, readonly IndexedReference[]>;
  /**
   * The objects that name each id, by reference field and then by the id named: each
   * object once, in document order, however often it names the id from that field.
   */
  readonly referrers: ReadonlyMap<ReferenceSite, ReadonlyMap<string, readonly FoundEntity[]>>;
  /** Positions by kind, in document order. */
  readonly positionsByKind: ReadonlyMap<PositionKind, readonly Position[]>;
  /** The ids of the meetings each actor or delegation takes part in; see {@link meetingsBetween} for the rule. */
  readonly meetingsByParty: ReadonlyMap<string, ReadonlySet<string>>;
}

function add<Key, Value>(map: Map<Key, Value[]>, key: Key, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function attend(map: Map<string, Set<string>>, partyId: string | undefined, meetingId: string): void {
  if (partyId === undefined) return;
  const set = map.get(partyId);
  if (set) set.add(meetingId);
  else map.set(partyId, new Set([meetingId]));
}

function indexAttendance(document: NewsDocument, entities: ReadonlyMap<string, FoundEntity>): Map<string, Set<string>> {
  const byParty = new Map<string, Set<string>>();
  const delegationOf = (id: string | undefined): Delegation | undefined => {
    const found = id === undefined ? undefined : entities.get(id);
    return found?.kind === "delegation" ? found.entity : undefined;
  };
  const delegationAttends = (delegation: Delegation, meetingId: string, roles: readonly string[] | undefined): void => {
    attend(byParty, delegation.id, meetingId);
    attend(byParty, delegation.representsId, meetingId);
    for (const member of delegation.members)
      if (!roles || roles.includes(member.role)) attend(byParty, member.personId, meetingId);
  };
  for (const meeting of document.meetings)
    for (const participant of meeting.participants) {
      if (participant.kind === "delegation") {
        const delegation = delegationOf(participant.delegationId);
        attend(byParty, participant.delegationId, meeting.id);
        if (delegation) delegationAttends(delegation, meeting.id, participant.attendedBy);
      } else {
        attend(byParty, participant.actorId, meeting.id);
        attend(byParty, participant.delegationId, meeting.id);
        attend(byParty, delegationOf(participant.delegationId)?.representsId, meeting.id);
      }
    }
  for (const delegation of document.delegations)
    for (const meetingId of delegation.attendsIds ?? []) delegationAttends(delegation, meetingId, undefined);
  return byParty;
}

/**
 * Builds the index of a document that the query functions read: every object by id,
 * every reference by the id it names and by its field, positions by kind and meetings
 * by participant.
 *
 * @remarks
 * Build it once per document and pass it to each query. The objects and references come
 * from {@link tabulateDocument}, which reads what refers to what from the schemas, so
 * the index follows the same rules as {@link validateDocument}. An id used twice is
 * indexed at its first use, as validation reports it, and the references of a later
 * object with that id are left out. The index reads a document that has not been
 * validated without throwing, but answers only as well as the document allows:
 * validate first.
 * @example
 * ```ts
 * const index = indexDocument(japanNorthKorea2004);
 * getMeeting(index, "deputies-meeting")?.status;
 * //=> "held"
 * ```
 * @group Queries
 */
export function indexDocument(document: NewsDocument): DocumentIndex {
  const table = tabulateDocument(document);
  const entities = table.entities as ReadonlyMap<string, FoundEntity>;
  const references = new Map<string, IndexedReference[]>();
  const referrers = new Map<ReferenceSite, Map<string, FoundEntity[]>>();
  for (const reference of table.references) {
    const from = entities.get(reference.from.entity.id);
    // A second object with a used id is not indexed, and neither are its references.
    if (from === undefined || from.entity !== reference.from.entity) continue;
    add(references, reference.id, {
      from,
      site: reference.site,
      field: reference.site.field,
      path: reference.path,
      pointer: toPointer(reference.path),
      role: reference.site.role,
    });
    let ofSite = referrers.get(reference.site);
    if (!ofSite) referrers.set(reference.site, (ofSite = new Map()));
    // One object's references come one after another, so it is listed once by comparing
    // it with the last one listed.
    const listed = ofSite.get(reference.id);
    if (!listed) ofSite.set(reference.id, [from]);
    else if (listed[listed.length - 1] !== from) listed.push(from);
  }
  const positionsByKind = new Map<PositionKind, Position[]>();
  for (const position of document.positions) add(positionsByKind, position.kind, position);
  return { document, entities, references, referrers, positionsByKind, meetingsByParty: indexAttendance(document, entities) };
}
