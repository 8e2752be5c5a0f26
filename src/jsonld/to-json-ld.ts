import type {
  Country,
  Event,
  EventSeries,
  EventStatusType,
  Graph,
  GovernmentOrganization,
  IdReference,
  Message,
  NewsArticle,
  Organization as SchemaOrganization,
  Person as SchemaPerson,
  Thing,
} from "schema-dts";
import type { Actor, Organization, Person, State } from "../model/actor.js";
import type { Delegation } from "../model/delegation.js";
import type { NewsDocument } from "../model/document.js";
import type { Happening } from "../model/happening.js";
import type { Issue } from "../model/issue.js";
import type { Meeting, MeetingStatus } from "../model/meeting.js";
import type { Place } from "../model/place.js";
import type { Position } from "../model/position.js";
import type { TalkSeries } from "../model/series.js";
import type { TimeExpression } from "../model/time.js";

/**
 * The options of {@link toJsonLd}.
 * @example
 * ```ts
 * const options: ToJsonLdOptions = { base: "https://example.org/articles/42#" };
 * ```
 * @group JSON-LD
 */
export interface ToJsonLdOptions {
  /**
   * What each node's `@id` starts with, followed by the object's own id. Absent means
   * blank nodes (`"_:japan"`), which name a node only within the output.
   */
  readonly base?: string | undefined;
}

const EVENT_STATUS: Readonly<Record<MeetingStatus, EventStatusType | undefined>> = {
  proposed: undefined,
  "being-scheduled": undefined,
  scheduled: "https://schema.org/EventScheduled",
  "under-way": "https://schema.org/EventScheduled",
  held: "https://schema.org/EventScheduled",
  postponed: "https://schema.org/EventPostponed",
  cancelled: "https://schema.org/EventCancelled",
};

const GOVERNMENT_KINDS: ReadonlySet<Organization["organizationKind"]> = new Set(["government", "ministry", "bureau", "legislature", "military"]);

type Refer = (id: string) => IdReference;

function some<Value>(values: readonly Value[]): readonly Value[] | undefined {
  return values.length > 0 ? values : undefined;
}

/** A node whose optional properties may also be written as undefined. */
type Loose<Node> = Node extends object ? { [Key in keyof Node]?: Node[Key] | undefined } : never;

/** Copies the defined entries only, so that no key stands for an absent value. */
function defined<Node>(node: Loose<Node>): Exclude<Node, string> {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as Exclude<Node, string>;
}

/** The date of a time resolved to a day or part of one; coarser times say too little for `startDate`. */
function dateOf(times: ReadonlyMap<string, TimeExpression>, timeId: string | undefined): string | undefined {
  const resolved = timeId === undefined ? undefined : times.get(timeId)?.resolved;
  if (resolved === undefined || (resolved.precision !== "day" && resolved.precision !== "part-of-day")) return undefined;
  return resolved.start.slice(0, 10);
}

function placeOf(places: ReadonlyMap<string, Place>, placeId: string | undefined): Event["location"] {
  const place = placeId === undefined ? undefined : places.get(placeId);
  return place && { "@type": "Place", name: place.name };
}

function aliasesOf(actor: Actor): readonly string[] | undefined {
  const names = (actor.aliases ?? []).map((alias) => alias.text);
  if (actor.kind === "person" && actor.nativeName) names.push(actor.nativeName.text);
  return some(names);
}

function sameAs(actor: Actor): string | undefined {
  return actor.externalIds?.wikidata && `https://www.wikidata.org/wiki/${actor.externalIds.wikidata}`;
}

function personNode(person: Person, document: NewsDocument, refer: Refer): SchemaPerson {
  const posts = document.posts.filter((post) => post.holderId === person.id);
  const places = document.delegations.flatMap((delegation) =>
    delegation.members.filter((member) => member.personId === person.id).map((member) => ({ delegation, member })),
  );
  return defined<SchemaPerson>({
    "@type": "Person",
    ...refer(person.id),
    name: person.name,
    familyName: person.familyName,
    givenName: person.givenName,
    alternateName: aliasesOf(person),
    sameAs: sameAs(person),
    nationality: some((person.nationalityIds ?? []).map(refer)),
    worksFor: some(posts.map((post) => ({ "@type": "OrganizationRole", roleName: post.title, worksFor: refer(post.organizationId) }))),
    memberOf: some(
      places.map(({ delegation, member }) => ({ "@type": "OrganizationRole", roleName: member.role, memberOf: refer(delegation.id) })),
    ),
  });
}

function countryNode(state: State, refer: Refer): Country {
  return defined<Country>({
    "@type": "Country",
    ...refer(state.id),
    name: state.name,
    alternateName: aliasesOf(state),
    identifier: state.iso3,
    sameAs: sameAs(state),
  });
}

function organizationNode(organization: Organization, document: NewsDocument, refer: Refer): SchemaOrganization {
  const parent = document.actors.find((actor) => actor.id === organization.parentId);
  const common = {
    ...refer(organization.id),
    name: organization.name,
    alternateName: aliasesOf(organization),
    sameAs: sameAs(organization),
    parentOrganization: parent?.kind === "organization" ? refer(parent.id) : undefined,
    areaServed: organization.countryId ? refer(organization.countryId) : parent?.kind === "state" ? refer(parent.id) : undefined,
  };
  if (GOVERNMENT_KINDS.has(organization.organizationKind)) return defined<GovernmentOrganization>({ "@type": "GovernmentOrganization", ...common });
  if (organization.organizationKind === "media") return defined<SchemaOrganization>({ "@type": "NewsMediaOrganization", ...common });
  return defined<SchemaOrganization>({ "@type": "Organization", ...common });
}

function actorNode(actor: Actor, document: NewsDocument, refer: Refer): Thing {
  switch (actor.kind) {
    case "person":
      return personNode(actor, document, refer);
    case "state":
      return countryNode(actor, refer);
    case "organization":
      return organizationNode(actor, document, refer);
    case "counted-group":
      return defined<Thing>({ "@type": "Thing", ...refer(actor.id), name: actor.name, alternateName: aliasesOf(actor), description: actor.criterion });
    case "unnamed-source":
      return defined<Thing>({ "@type": "Thing", ...refer(actor.id), name: actor.name, description: "a source the article does not name" });
  }
}

function delegationNode(delegation: Delegation, refer: Refer): SchemaOrganization {
  return {
    "@type": "Organization",
    ...refer(delegation.id),
    name: delegation.name,
    member: delegation.members.map((member) => ({ "@type": "OrganizationRole", roleName: member.role, member: refer(member.personId) })),
  };
}

function seriesNode(series: TalkSeries, refer: Refer): EventSeries {
  return defined<EventSeries>({
    "@type": "EventSeries",
    ...refer(series.id),
    name: series.name,
    keywords: series.kind,
    about: some((series.issueIds ?? []).map(refer)),
    attendee: some(series.partyIds.map(refer)),
  });
}

function meetingNode(meeting: Meeting, times: ReadonlyMap<string, TimeExpression>, places: ReadonlyMap<string, Place>, refer: Refer): Event {
  const said = [meeting.purpose?.text, meeting.outcome?.text].filter((text) => text !== undefined);
  return defined<Event>({
    "@type": "Event",
    ...refer(meeting.id),
    name: meeting.label,
    description: said.length > 0 ? said.join("; ") : undefined,
    keywords: some([meeting.kind, meeting.formality].filter((word) => word !== undefined)),
    eventStatus: EVENT_STATUS[meeting.status] && { "@id": EVENT_STATUS[meeting.status] as string },
    startDate: dateOf(times, meeting.timeId),
    location: placeOf(places, meeting.placeId),
    superEvent: some([meeting.seriesId, meeting.sidelinesOfId].filter((id) => id !== undefined).map(refer)),
    attendee: some(meeting.participants.map((participant) => refer(participant.kind === "delegation" ? participant.delegationId : participant.actorId))),
    organizer: some(
      meeting.participants
        .filter((participant) => participant.role === "host")
        .map((participant) => refer(participant.kind === "delegation" ? participant.delegationId : participant.actorId)),
    ),
    about: some((meeting.issueIds ?? []).map(refer)),
  });
}

function positionNode(position: Position, times: ReadonlyMap<string, TimeExpression>, refer: Refer): Message {
  return defined<Message>({
    "@type": "Message",
    ...refer(position.id),
    genre: position.kind,
    text: position.content,
    sender: position.holderIds.map(refer),
    author: position.voicedById ? refer(position.voicedById) : undefined,
    recipient: some((position.addresseeIds ?? []).map(refer)),
    about: some([...(position.issueIds ?? []), ...(position.aboutIds ?? [])].map(refer)),
    dateSent: dateOf(times, position.timeId),
  });
}

function happeningNode(happening: Happening, times: ReadonlyMap<string, TimeExpression>, places: ReadonlyMap<string, Place>, refer: Refer): Event {
  return defined<Event>({
    "@type": "Event",
    ...refer(happening.id),
    name: happening.description,
    keywords: happening.kind,
    startDate: dateOf(times, happening.timeId),
    location: placeOf(places, happening.placeId),
    about: some(happening.participants.map((participant) => refer(participant.actorId))),
  });
}

function issueNode(issue: Issue, refer: Refer): Thing {
  return { "@type": "Thing", ...refer(issue.id), name: issue.name };
}

/**
 * Exports a document as schema.org JSON-LD: a graph with the article as a
 * `NewsArticle`, its meetings and other happenings as `Event`s, its people, states and
 * organisations as `Person`, `Country` and `GovernmentOrganization`, and its positions
 * as `Message`s, linked by `@id`.
 *
 * @remarks
 * For search engines and knowledge graphs: what the article is about, who it
 * mentions, and how they are linked. The article is `about` its meetings and issues and
 * `mentions` everything else. Meetings carry `eventStatus` (held and under-way talks are
 * `EventScheduled`; proposed ones and ones still being scheduled have none) and a
 * `startDate` only where their time resolves to a day. A position is a `Message`:
 * `sender` its holders, `author` the person who voiced it, `recipient` its addressees,
 * `genre` its kind. Delegation members and posts are `OrganizationRole`s. schema.org has
 * no type for a counted group, an unnamed source or an issue: they are `Thing`s with a
 * name. Evidence, attributions and inference marks have no schema.org counterpart and
 * are left out; the guide "Interoperability" lists each choice. Pure: the document is
 * not changed.
 * @example
 * ```ts
 * const graph = toJsonLd(fixture);
 * graph["@graph"][0];
 * //=> { "@type": "NewsArticle", "@id": "_:article", articleBody: "…", about: [{ "@id": "_:six-party-round" }, …], … }
 * const script = `<script type="application/ld+json">${JSON.stringify(graph)}</script>`;
 * ```
 * @group JSON-LD
 */
export function toJsonLd(document: NewsDocument, options: ToJsonLdOptions = {}): Graph {
  const base = options.base ?? "_:";
  const refer: Refer = (id) => ({ "@id": `${base}${id}` });
  const times = new Map(document.times.map((time) => [time.id as string, time]));
  const places = new Map(document.places.map((place) => [place.id as string, place]));
  const { article } = document;
  const news = defined<NewsArticle>({
    "@type": "NewsArticle",
    ...refer("article"),
    headline: article.headline,
    articleBody: article.text,
    datePublished: article.published,
    publisher: article.publisher && { "@type": "Organization", name: article.publisher },
    url: article.url,
    inLanguage: article.language,
    about: some([...document.meetings, ...document.issues].map((entity) => refer(entity.id))),
    mentions: some(
      [...document.actors, ...document.delegations, ...document.series, ...document.positions, ...document.happenings].map((entity) =>
        refer(entity.id),
      ),
    ),
  });
  return {
    "@context": "https://schema.org",
    "@graph": [
      news,
      ...document.actors.map((actor) => actorNode(actor, document, refer)),
      ...document.delegations.map((delegation) => delegationNode(delegation, refer)),
      ...document.series.map((series) => seriesNode(series, refer)),
      ...document.meetings.map((meeting) => meetingNode(meeting, times, places, refer)),
      ...document.positions.map((position) => positionNode(position, times, refer)),
      ...document.happenings.map((happening) => happeningNode(happening, times, places, refer)),
      ...document.issues.map((issue) => issueNode(issue, refer)),
    ],
  };
}
