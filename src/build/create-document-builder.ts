import type * as z from "zod";
import type { Actor, CountedGroup, Organization, Person, State, UnnamedSource } from "../model/actor.js";
import { Article } from "../model/article.js";
import type { Attribution } from "../model/attribution.js";
import type { Delegation } from "../model/delegation.js";
import { NewsDocument, SCHEMA_VERSION } from "../model/document.js";
import type { Place } from "../model/place.js";
import type { EvidenceSpan } from "../model/evidence.js";
import type { Happening } from "../model/happening.js";
import {
  ID_PATTERN,
  type ActorId,
  type AttributionId,
  type DelegationId,
  type EvidenceId,
  type HappeningId,
  type IssueId,
  type MeetingId,
  type PlaceId,
  type PositionId,
  type PostId,
  type SeriesId,
  type TimeId,
} from "../model/id.js";
import type { Issue } from "../model/issue.js";
import type { Meeting } from "../model/meeting.js";
import type { Position } from "../model/position.js";
import type { Post } from "../model/post.js";
import type { TalkSeries } from "../model/series.js";
import type { TimeExpression } from "../model/time.js";
import { EntityKind } from "../model/id.js";
import { checkReferences } from "../validate/check-references.js";
import { shapeProblems } from "../validate/check-shape.js";
import { tabulateDocument } from "../validate/document-table.js";
import { entityCollections, type EntityCollection } from "../validate/reference-graph.js";
import type { Problem } from "../validate/problem.js";
import { hiddenPrototypeKeys } from "../validate/prototype-keys.js";
import { readJsonValue } from "../validate/read-json-value.js";
import { validateDocument, type ValidationResult } from "../validate/validate-document.js";
import { resolveDocumentTimes, type ResolveDocumentTimesOptions } from "../time/resolve-document-times.js";
import type { TimeResolution } from "../time/time-resolution.js";

/**
 * What a builder method takes: the object as the model has it, with a plain string for
 * its own id and branded ids, returned by earlier calls, for everything it refers to.
 *
 * @remarks Distributes over unions, so an {@link ActorDraft} is a draft of one of the
 * five kinds of actor.
 * @group Builders
 */
export type Draft<Entity, Omitted extends PropertyKey = never> = Entity extends unknown
  ? // Omit<Entity, …> would run Exclude over every key of every kind of entity; a key
    // remapping does the same in one step, for a ninth of the type instantiations.
    { [Key in keyof Entity as Key extends "id" | Omitted ? never : Key]: Entity[Key] } & {
      /** The new object's id, unique across the document: a letter or digit, then letters, digits, ".", "_", ":" or "-". */
      readonly id: string;
    }
  : never;

/**
 * A draft of any actor, with its `kind`: what {@link DocumentBuilder.actor} takes.
 * @group Builders
 */
export type ActorDraft = Draft<Actor>;

/**
 * A named person to add with {@link DocumentBuilder.person}: the fields of a
 * {@link Person} but `kind`, with a plain string for its id ("Akitaka Saiki"; "the
 * former prime minister", with a descriptor).
 * @group Builders
 */
export interface PersonDraft extends Draft<Person, "kind"> {}

/**
 * A state to add with {@link DocumentBuilder.state}: the fields of a {@link State} but
 * `kind` ("Japan", with "Tokyo" as a metonym alias).
 * @group Builders
 */
export interface StateDraft extends Draft<State, "kind"> {}

/**
 * An organisation to add with {@link DocumentBuilder.organization}: the fields of an
 * {@link Organization} but `kind` (a ministry, a bureau, a rebel group, a party).
 * @group Builders
 */
export interface OrganizationDraft extends Draft<Organization, "kind"> {}

/**
 * A group counted but not named, to add with {@link DocumentBuilder.countedGroup}: the
 * fields of a {@link CountedGroup} but `kind` ("the families of five abductees",
 * "dozens of strikers").
 * @group Builders
 */
export interface CountedGroupDraft extends Draft<CountedGroup, "kind"> {}

/**
 * An unnamed source or actor, to add with {@link DocumentBuilder.unnamedSource}: the
 * fields of an {@link UnnamedSource} but `kind` ("diplomatic sources", "a senior Western
 * diplomat", "Brazilian officials").
 * @group Builders
 */
export interface UnnamedSourceDraft extends Draft<UnnamedSource, "kind"> {}

/**
 * A place to add with {@link DocumentBuilder.place}: a venue, city, region or country,
 * with the place it lies in.
 * @group Builders
 */
export interface PlaceDraft extends Draft<Place> {}

/**
 * A post to add with {@link DocumentBuilder.post}: who holds which title in which
 * organisation, and from when.
 * @group Builders
 */
export interface PostDraft extends Draft<Post> {}

/**
 * A delegation to add with {@link DocumentBuilder.delegation}: a team that represents a
 * state or organisation at talks, with its head and members.
 * @group Builders
 */
export interface DelegationDraft extends Draft<Delegation> {}

/**
 * A series of talks to add with {@link DocumentBuilder.series} ("the six-party talks").
 * @group Builders
 */
export interface SeriesDraft extends Draft<TalkSeries> {}

/**
 * A meeting to add with {@link DocumentBuilder.meeting}: talks held, planned or dropped,
 * with who took part, where and when (PLOVER's CONSULT).
 * @group Builders
 */
export interface MeetingDraft extends Draft<Meeting> {}

/**
 * A position to add with {@link DocumentBuilder.position}: a demand, promise, threat,
 * accusation, agreement and the rest, with its holder, its voice, what it asks or offers
 * (`actions`, with their acts and quantities) and whether it was taken at all (`modality`).
 * @group Builders
 */
export interface PositionDraft extends Draft<Position> {}

/**
 * An issue to add with {@link DocumentBuilder.issue} ("the abduction issue").
 * @group Builders
 */
export interface IssueDraft extends Draft<Issue> {}

/**
 * A happening to add with {@link DocumentBuilder.happening}: an act that is not talk (an
 * arrest, a release, a protest, an attack, aid), with its participants, quantities,
 * place, time and modality.
 * @group Builders
 */
export interface HappeningDraft extends Draft<Happening> {}

/**
 * An attribution to add with {@link DocumentBuilder.attribution}: who the article says a
 * fact came from, and how sure it is.
 * @group Builders
 */
export interface AttributionDraft extends Draft<Attribution> {}

/**
 * A draft of any time expression, with its `kind`, to add with
 * {@link DocumentBuilder.time}: a point ("Wednesday night"), a choice, a duration, a
 * deictic time ("yesterday"), an offset ("six months ago"), a relative time ("after the
 * talks"), a range ("1991–1995") or a named period ("Ramadan").
 * @group Builders
 */
export type TimeDraft = Draft<TimeExpression>;

/**
 * The article's details other than its text, for {@link createDocumentBuilder}.
 * @group Builders
 */
export type DocumentBuilderOptions = Omit<z.input<typeof Article>, "text" | "offsetUnit">;

/**
 * The branded id type of each kind of object: an `ActorId` for a person, a `MeetingId`
 * for a meeting.
 * @group Builders
 */
export interface IdOfKind {
  /** A person's id. */
  person: ActorId;
  /** A state's id. */
  state: ActorId;
  /** An organisation's id. */
  organization: ActorId;
  /** A counted group's id. */
  "counted-group": ActorId;
  /** An unnamed source's id. */
  "unnamed-source": ActorId;
  /** A place's id. */
  place: PlaceId;
  /** A post's id. */
  post: PostId;
  /** A delegation's id. */
  delegation: DelegationId;
  /** A series' id. */
  series: SeriesId;
  /** A meeting's id. */
  meeting: MeetingId;
  /** A position's id. */
  position: PositionId;
  /** An issue's id. */
  issue: IssueId;
  /** A happening's id. */
  happening: HappeningId;
  /** A time expression's id. */
  time: TimeId;
  /** An attribution's id. */
  attribution: AttributionId;
  /** An evidence span's id. */
  evidence: EvidenceId;
}

/**
 * Where to find a quote in the article, for {@link DocumentBuilder.evidence}.
 * @group Builders
 */
export interface EvidenceOptions {
  /** Which occurrence of the quote, counting from 1; needed only where the quote occurs more than once. */
  readonly occurrence?: number;
  /** The span's id; by default `ev-` and the quote in kebab case (`ev-wednesday-night`), numbered where taken. */
  readonly id?: string;
}

/**
 * Builds a {@link NewsDocument} one object at a time, checking each as it is added.
 *
 * @remarks
 * Each method adds one object and returns its id, branded with its kind, to use in the
 * objects that refer to it. Each checks at once, and throws an `Error` that says what
 * to do, where the object's shape is wrong, its id is malformed or already used, or
 * it refers to an id not added (or reserved) yet or of the wrong kind: add what is
 * referred to first.
 * {@link DocumentBuilder.build} runs {@link validateDocument} on the whole.
 * @group Builders
 */
export interface DocumentBuilder {
  /** Adds an actor of any kind, given with its `kind`. */
  actor(draft: ActorDraft): ActorId;
  /** Adds a person. */
  person(draft: PersonDraft): ActorId;
  /** Adds a state. */
  state(draft: StateDraft): ActorId;
  /** Adds an organisation. */
  organization(draft: OrganizationDraft): ActorId;
  /** Adds a counted group of people. */
  countedGroup(draft: CountedGroupDraft): ActorId;
  /** Adds an unnamed source. */
  unnamedSource(draft: UnnamedSourceDraft): ActorId;
  /** Adds a place: a venue, city, region or country. */
  place(draft: PlaceDraft): PlaceId;
  /** Adds a post: a person's title in an organisation. */
  post(draft: PostDraft): PostId;
  /** Adds a delegation. */
  delegation(draft: DelegationDraft): DelegationId;
  /** Adds a series of talks. */
  series(draft: SeriesDraft): SeriesId;
  /** Adds a meeting, held or planned. */
  meeting(draft: MeetingDraft): MeetingId;
  /** Adds a negotiating position. */
  position(draft: PositionDraft): PositionId;
  /** Adds an issue. */
  issue(draft: IssueDraft): IssueId;
  /** Adds a happening. */
  happening(draft: HappeningDraft): HappeningId;
  /** Adds a time expression of any kind, given with its `kind`. */
  time(draft: TimeDraft): TimeId;
  /** Adds an attribution. */
  attribution(draft: AttributionDraft): AttributionId;
  /**
   * Adds an evidence span for a quote, finding its offsets in the article. Throws where
   * the quote is not in the article, lies in page furniture, or occurs more than once and
   * no `occurrence` says which.
   */
  evidence(quote: string, options?: EvidenceOptions): EvidenceId;
  /**
   * Reserves an id for an object of a kind to be added later, so that objects can refer
   * to it first: a delegation that attends a meeting that lists the delegation. A
   * reserved id never added is a dangling reference when the document is built.
   */
  reserve<Kind extends EntityKind>(kind: Kind, id: string): IdOfKind[Kind];
  /**
   * Resolves every time expression added so far, as {@link resolveDocumentTimes} does
   * (against the article's reference date, or the times, events and posts they are
   * anchored to), and writes each interval found into its expression's `resolved`, which
   * exports such as {@link toPloverEvents} read. Returns every result: an expression that
   * cannot be resolved is left as it was, and its result says why.
   */
  resolveTimes(options?: ResolveDocumentTimesOptions): Map<TimeId, TimeResolution>;
  /** Validates the document built so far, as {@link validateDocument} does; the builder can go on after. */
  build(): ValidationResult;
}

/** The schema of one object of a collection, read from the document's own schema. */
function elementSchema(collection: EntityCollection): z.ZodType {
  return NewsDocument.shape[collection].element;
}

function slug(quote: string): string {
  const words = quote
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "")
    .slice(0, 40)
    .replace(/(?<!-)-+$/, "");
  return words || "span";
}

function aOrAn(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind}`;
}

function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** Writes any value for a call's label, as a programmer would read it, without letting it throw. */
function describeArgument(value: unknown): string {
  switch (typeof value) {
    case "string":
      return shorten(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
    case "function":
      return `a ${typeof value}`;
    case "object":
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
    default:
      return String(value);
  }
}

/** The id a draft gives, read without letting a getter or a Proxy throw. */
function draftId(draft: unknown): unknown {
  try {
    return typeof draft === "object" && draft !== null ? (draft as { id?: unknown }).id : undefined;
  } catch {
    return undefined;
  }
}

function listProblems(problems: readonly Problem[]): string {
  return problems.map((found) => `${found.pointer || "/"}: ${found.message}`).join("; ");
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Starts a document for an article, to be filled in one object at a time with ids
 * checked as they are added, so that a new article can be encoded without writing raw
 * JSON.
 *
 * @remarks
 * Objects must be added before the objects that refer to them: actors before their
 * posts and delegations, delegations before the meetings they attend, a position before
 * its answer. Where two objects refer to each other, reserve one's id first with
 * {@link DocumentBuilder.reserve}. Each method throws at once, with a message that names the method, the id
 * and the field, on a programmer's mistake: a draft that is not JSON data (null, a
 * BigInt or cyclic id, a `Date`), a malformed or used id, a wrong shape, a `kind` other
 * than the method's, a `"__proto__"` key in extensions (which no object can keep), a
 * reference to an id not added yet or of the wrong kind, an unknown kind to reserve, a
 * quote that starts or ends inside a character of two UTF-16 code units. Each object is
 * kept as it was given, so the built document holds exactly what `validateDocument`
 * would keep. {@link DocumentBuilder.build}
 * returns the {@link ValidationResult} of the whole, which also checks what a single
 * object cannot (a delegation with two heads, a loop of answers).
 * @example
 * ```ts
 * const builder = createDocumentBuilder("Ruritania and Freedonia met in Geneva on Tuesday.", { referenceDate: "2031-03-12" });
 * const ruritania = builder.state({ id: "ruritania", name: "Ruritania", evidenceIds: [builder.evidence("Ruritania")] });
 * const freedonia = builder.state({ id: "freedonia", name: "Freedonia", evidenceIds: [builder.evidence("Freedonia")] });
 * const geneva = builder.place({ id: "geneva", name: "Geneva", kind: "city", evidenceIds: [builder.evidence("Geneva")] });
 * builder.meeting({
 *   id: "geneva-meeting", label: "the meeting in Geneva", kind: "bilateral", formality: "formal", status: "held",
 *   placeId: geneva,
 *   participants: [{ kind: "actor", actorId: ruritania, role: "party" }, { kind: "actor", actorId: freedonia, role: "party" }],
 *   evidenceIds: [builder.evidence("met in Geneva")],
 * });
 * builder.build().ok;
 * //=> true
 * ```
 * @group Builders
 */
export function createDocumentBuilder(articleText: string, options: DocumentBuilderOptions = {}): DocumentBuilder {
  const read = readJsonValue({ ...options, text: articleText, offsetUnit: "utf-16-code-unit" });
  if (!read.ok) throw new Error(`createDocumentBuilder: the article is not JSON data: ${listProblems(read.problems)}`);
  const parsedArticle = Article.safeParse(read.value);
  if (!parsedArticle.success)
    throw new Error(`createDocumentBuilder: the article is not valid: ${listProblems(shapeProblems(parsedArticle.error.issues, ["article"]))}`);
  // The article as it was given, not zod's parsed copy: validateDocument keeps values exactly as they are.
  const article = read.value as unknown as NewsDocument["article"];
  const collections = Object.fromEntries(entityCollections().map(({ key }) => [key, [] as unknown[]])) as { [collection in EntityCollection]: unknown[] };
  // Where each id was added, or that it was reserved (path index -1) for an object to come.
  const locations = new Map<string, { readonly kind: EntityKind; readonly method: string }>();

  function add<Id extends string>(collection: EntityCollection, kind: EntityKind | undefined, method: string, given: unknown): Id {
    const call = `${method}(${describeArgument(typeof given === "object" && given !== null ? draftId(given) : given)})`;
    const read = readJsonValue(given);
    if (!read.ok) throw new Error(`${call}: the draft is not JSON data: ${listProblems(read.problems)}`);
    const draft = read.value as { readonly [key: string]: unknown; readonly id: string };
    if (typeof draft !== "object" || draft === null || Array.isArray(draft))
      throw new Error(`${call}: the draft must be an object with an id and the fields of ${aOrAn(kind ?? collection)}, not ${describeArgument(draft)}`);
    if (typeof draft.id !== "string" || !ID_PATTERN.test(draft.id))
      throw new Error(
        `${call}: the id must be a letter or digit, then letters, digits, ".", "_", ":" or "-", at most 128 characters; choose an id such as "north-korea"`,
      );
    // A method of one kind builds only that kind: a draft that says another is a mistake, not a request.
    if (kind !== undefined && collection === "actors" && method !== "actor" && Object.hasOwn(draft, "kind") && draft["kind"] !== kind)
      throw new Error(
        `${call}: /kind: the draft is ${aOrAn(describeArgument(draft["kind"]))}, but ${method}() adds ${aOrAn(kind)}; leave out "kind", or call actor() with the kind you mean`,
      );
    const earlier = locations.get(draft.id);
    const reserved = earlier?.method === "reserve";
    if (earlier && !reserved)
      throw new Error(
        `${call}: the id "${draft.id}" is already used by the ${earlier.kind} added with ${earlier.method}(); ids are unique across the document, so choose another`,
      );
    // The draft as it was given, not zod's parsed copy, which skips a "__proto__" key and
    // would differ from what validateDocument keeps.
    const entity = (kind === undefined || Object.hasOwn(draft, "kind") ? draft : { kind, ...draft }) as { readonly id: string };
    const parsed = elementSchema(collection).safeParse(entity);
    if (!parsed.success) throw new Error(`${call}: ${listProblems(shapeProblems(parsed.error.issues))}`);
    // The object alone in a document of its own: the one table of references, and the one
    // of kinds, then say what it refers to and what it is.
    const alone = {
      ...Object.fromEntries(entityCollections().map(({ key }) => [key, key === collection ? [entity] : []])),
      schemaVersion: SCHEMA_VERSION,
      article,
    } as unknown as NewsDocument;
    const hidden = hiddenPrototypeKeys(alone);
    if (hidden.length > 0) throw new Error(`${call}: ${hidden.map((found) => `${toRelative(found.pointer)}: ${found.message}`).join("; ")}`);
    const table = tabulateDocument(alone);
    const kindOf = table.entities.get(entity.id)!.kind;
    if (reserved && earlier.kind !== kindOf)
      throw new Error(
        `${call}: the id "${draft.id}" was reserved for ${aOrAn(earlier.kind)}, not ${aOrAn(kindOf)}; add the ${earlier.kind} it was reserved for, or choose another id`,
      );
    const problems = checkReferences(alone, { references: table.references, entities: locations });
    if (problems.length > 0)
      throw new Error(
        `${call}: ${problems
          .map((found) => `${toRelative(found.pointer)}: ${found.message}`)
          .join("; ")}${problems.some((found) => found.code === "dangling-reference") ? "; add what an object refers to before the object, with the builder method of its kind" : ""}`,
      );
    collections[collection].push(entity);
    locations.set(entity.id, { kind: kindOf, method });
    return entity.id as Id;
  }

  return {
    actor: (draft) => add("actors", draft.kind, "actor", draft),
    person: (draft) => add("actors", "person", "person", draft),
    state: (draft) => add("actors", "state", "state", draft),
    organization: (draft) => add("actors", "organization", "organization", draft),
    countedGroup: (draft) => add("actors", "counted-group", "countedGroup", draft),
    unnamedSource: (draft) => add("actors", "unnamed-source", "unnamedSource", draft),
    place: (draft) => add("places", undefined, "place", draft),
    post: (draft) => add("posts", undefined, "post", draft),
    delegation: (draft) => add("delegations", undefined, "delegation", draft),
    series: (draft) => add("series", undefined, "series", draft),
    meeting: (draft) => add("meetings", undefined, "meeting", draft),
    position: (draft) => add("positions", undefined, "position", draft),
    issue: (draft) => add("issues", undefined, "issue", draft),
    happening: (draft) => add("happenings", undefined, "happening", draft),
    time: (draft) => add("times", undefined, "time", draft),
    attribution: (draft) => add("attributions", undefined, "attribution", draft),
    reserve(kind, id) {
      const call = `reserve(${describeArgument(kind)}, ${describeArgument(id)})`;
      if (!(EntityKind.options as readonly unknown[]).includes(kind))
        throw new Error(`${call}: the kind must be one of ${EntityKind.options.map((known) => `"${known}"`).join(", ")}`);
      if (typeof id !== "string" || !ID_PATTERN.test(id))
        throw new Error(`${call}: the id must be a letter or digit, then letters, digits, ".", "_", ":" or "-", at most 128 characters`);
      const earlier = locations.get(id);
      if (earlier) throw new Error(`${call}: the id is already used by the ${earlier.kind} added with ${earlier.method}(); choose another`);
      locations.set(id, { kind, method: "reserve" });
      return id as IdOfKind[typeof kind];
    },
    evidence(quote, { occurrence, id } = {}) {
      const call = `evidence(${describeArgument(quote)})`;
      if (typeof quote !== "string") throw new Error(`${call}: the quote must be a string of the article's words`);
      const found = quote === "" ? [] : occurrencesOf(article.text, quote);
      if (found.length === 0)
        throw new Error(`${call}: the quote is not in the article; quote the article's words exactly, character for character`);
      if (occurrence === undefined && found.length > 1)
        throw new Error(
          `${call}: the quote occurs ${found.length} times (at offsets ${found.join(", ")}); pass { occurrence: n } with n from 1 to ${found.length}, or quote more words`,
        );
      const nth = occurrence ?? 1;
      const start = found[nth - 1];
      if (!Number.isInteger(nth) || start === undefined)
        throw new Error(`${call}: there is no occurrence ${nth}; the quote occurs ${found.length} time${found.length === 1 ? "" : "s"}, counting from 1`);
      const end = start + quote.length;
      const text = article.text;
      for (const [offset, side] of [[start, "starts"], [end, "ends"]] as const)
        if (isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)))
          throw new Error(
            `${call}: the quote ${side} inside the character ${JSON.stringify(text.slice(offset - 1, offset + 1))} at offset ${offset}, which takes two UTF-16 code units; quote the whole character`,
          );
      for (const range of article.furniture ?? [])
        if (start < range.end && range.start < end)
          throw new Error(
            `${call}: the span [${start}, ${end}) lies in page furniture "${range.label}", which is not part of the story; quote the story instead`,
          );
      let spanId = id ?? `ev-${slug(quote)}`;
      if (id === undefined) for (let n = 2; locations.has(spanId); n++) spanId = `ev-${slug(quote)}-${n}`;
      const span: Draft<EvidenceSpan> = { id: spanId, start, end, quote };
      return add<EvidenceId>("evidence", undefined, "evidence", span);
    },
    resolveTimes(resolveOptions) {
      const { times, meetings, positions, happenings, posts } = collections as unknown as NewsDocument;
      const results = resolveDocumentTimes({ article, times, meetings, positions, happenings, posts }, resolveOptions);
      collections.times = times.map((time) => {
        const result = results.get(time.id);
        return result?.ok ? { ...time, resolved: result.interval } : time;
      });
      return results;
    },
    build() {
      return validateDocument({ schemaVersion: SCHEMA_VERSION, article, ...collections });
    },
  };
}

// Problems of the object checked alone point at `/<collection>/0/…`: keep the part inside the object.
function toRelative(pointer: string): string {
  return pointer.replace(/^\/[^/]+\/0/, "") || "/";
}
