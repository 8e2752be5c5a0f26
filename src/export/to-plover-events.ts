import { format, parseISO, subDays } from "date-fns";
import type { ActorKind } from "../model/id.js";
import type { NewsDocument } from "../model/document.js";
import type { EvidenceSpan } from "../model/evidence.js";
import type { Meeting } from "../model/meeting.js";
import type { ResolvedInterval } from "../model/time.js";
import type { CameoCode, PloverEventType } from "./cameo-plover-codes.js";
import { codeHappening, codeMeeting, codePosition, type EventCode } from "./event-codes.js";

/**
 * An actor of a PLOVER record: a state, organisation, person, group or unnamed source,
 * with its CAMEO actor code and Wikidata id where the document gives them.
 *
 * @remarks A delegation never appears: the state it represents does, with `delegationId`.
 * @example
 * ```ts
 * const japan: PloverActor = { id: "japan", name: "Japan", kind: "state", cameo: "JPN", delegationId: "jp-delegation" };
 * ```
 * @group Event codes
 */
export interface PloverActor {
  /** The actor's id in the document. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its kind. */
  readonly kind: ActorKind;
  /** Its CAMEO actor code (`"JPN"`), where the document gives one. */
  readonly cameo?: string;
  /** Its ISO 3166-1 alpha-3 code, for a state that has one. */
  readonly iso3?: string;
  /** Its Wikidata id, where the document gives one. */
  readonly wikidata?: string;
  /** The delegation it acted through, where the fact names a delegation: PLOVER codes the state, not the team. */
  readonly delegationId?: string;
}

/**
 * Where a record's date comes from: the fact's own resolved time, the article's date
 * (the date of the report, where the fact has no resolved time of its own), or nowhere,
 * with the reason.
 * @example
 * ```ts
 * const basis: DateBasis = { source: "fact-time", timeId: "time-wednesday", text: "Wednesday", precision: "day" };
 * ```
 * @group Event codes
 */
export type DateBasis =
  | {
      /** The fact's own time, resolved. */
      readonly source: "fact-time";
      /** The time expression's id. */
      readonly timeId: string;
      /** The article's words for it. */
      readonly text: string;
      /** The precision of the resolved interval. */
      readonly precision: string;
    }
  | {
      /** The article's date: when the fact was reported. */
      readonly source: "article-date";
      /** Which of the article's dates. */
      readonly field: "published" | "referenceDate";
      /** Why the fact's own time is not used. */
      readonly reason: string;
      /** Where the article's date is itself inferred, the reason given for it. */
      readonly inferred?: string;
    }
  | {
      /** No date at all. */
      readonly source: "none";
      /** Why. */
      readonly reason: string;
    };

/**
 * One PLOVER-style event record: who did what to whom, when, where, and the words of
 * the article that say so.
 *
 * @remarks Made by {@link toPloverEvents}; {@link toPloverRecords} writes it with the
 * manual's own field names.
 * @example
 * ```ts
 * const [first]: readonly PloverEvent[] = toPloverEvents(fixture).events;
 * first?.eventType;
 * //=> "CONSULT"
 * ```
 * @group Event codes
 */
export interface PloverEvent {
  /** The id of the meeting, position or happening coded. */
  readonly id: string;
  /** What was coded. */
  readonly source: "meeting" | "position" | "happening";
  /** The PLOVER event type. */
  readonly eventType: PloverEventType;
  /** The PLOVER modes, with the auxiliary `negation`, `future` and `hypothetical` where the fact's modality says so. */
  readonly modes: readonly string[];
  /** The PLOVER contexts. */
  readonly contexts: readonly string[];
  /** The CAMEO code, with its Goldstein value and QuadClass. */
  readonly cameo: CameoCode;
  /** The PLOVER manual's rule behind the code. */
  readonly rule: string;
  /** Whether the article tells it as having taken place; false for a negated, failed, planned, possible or conditional fact. */
  readonly actual: boolean;
  /** Who acted: every side of talks no one hosts, the visitors or the mediator; a position's holders; a happening's agents and origins. */
  readonly actors: readonly PloverActor[];
  /** Who it was done to: the host, or the sides a mediator brought together; a position's addressees; a happening's recipients and patients. */
  readonly recipients: readonly PloverActor[];
  /** The first day (`YYYY-MM-DD`), in the time's own offset; null where there is no date, and `dateBasis` says why. */
  readonly date: string | null;
  /** The last day, where the time spans more than one. */
  readonly endDate: string | null;
  /** Where `date` comes from. */
  readonly dateBasis: DateBasis;
  /** The resolved interval of the fact's time, where the document has one. */
  readonly interval: ResolvedInterval | null;
  /** The place as the article names it (a position's is its meeting's). */
  readonly location: string | null;
  /** The id of that place. */
  readonly placeId: string | null;
  /** The first evidence quote, as the record's text. */
  readonly text: string | null;
  /** Every evidence span of the fact, with its offsets. */
  readonly spans: readonly EvidenceSpan[];
}

/**
 * A fact that got no PLOVER record, with the reason.
 *
 * @remarks An assertion, a denial or an appeal keeps its CAMEO code here, and so does a
 * promise the article says was denied.
 * @example
 * ```ts
 * const denial: UncodedFact | undefined = toPloverEvents(fixture).uncoded.find((fact) => fact.source === "position");
 * ```
 * @group Event codes
 */
export interface UncodedFact {
  /** The id of the meeting, position or happening. */
  readonly id: string;
  /** What it is. */
  readonly source: "meeting" | "position" | "happening";
  /** The CAMEO code, where CAMEO has one though PLOVER has none or the fact is withheld. */
  readonly cameo: CameoCode | null;
  /** Why there is no PLOVER record for it. */
  readonly reason: string;
}

/**
 * The result of {@link toPloverEvents}: the records, and the facts that got none.
 *
 * @remarks Every meeting, position and happening of the document is in exactly one of the two lists.
 * @example
 * ```ts
 * const { events, uncoded }: PloverExport = toPloverEvents(fixture);
 * ```
 * @group Event codes
 */
export interface PloverExport {
  /** One record per meeting, position and happening that PLOVER has an event type for. */
  readonly events: readonly PloverEvent[];
  /** The others, each with the reason; nothing is forced into a type that does not fit. */
  readonly uncoded: readonly UncodedFact[];
}

const PLANNED: ReadonlySet<Meeting["status"]> = new Set(["proposed", "being-scheduled", "scheduled"]);

function lastDay(end: string): string {
  const day = end.slice(0, 10);
  // An interval ends just past its last instant: at midnight, the day before is the last.
  return /T00:00(?::00(?:\.0+)?)?/.test(end) ? format(subDays(parseISO(day), 1), "yyyy-MM-dd") : day;
}

/** The sides of talks as PLOVER codes them: a mediator acts on the sides; visitors on a host; else every side acts. */
function meetingSides(meeting: Meeting): { actors: string[]; recipients: string[] } {
  const id = (participant: Meeting["participants"][number]) => (participant.kind === "delegation" ? participant.delegationId : participant.actorId);
  const mediators = meeting.participants.filter((participant) => participant.role === "mediator").map(id);
  const hosts = meeting.participants.filter((participant) => participant.role === "host").map(id);
  const parties = meeting.participants.filter((participant) => participant.role === "party").map(id);
  if (mediators.length > 0 && !PLANNED.has(meeting.status)) return { actors: mediators, recipients: [...parties, ...hosts] };
  if (hosts.length > 0 && !PLANNED.has(meeting.status)) return { actors: parties, recipients: hosts };
  return { actors: [...mediators, ...hosts, ...parties], recipients: [] };
}

/**
 * Exports a document's meetings, positions and happenings as PLOVER-style event
 * records: actor, recipient, event type, mode, context, date, location and text span,
 * with the CAMEO code, Goldstein value and QuadClass beside them.
 *
 * @remarks
 * Each fact is coded by {@link codeMeeting}, {@link codePosition} or
 * {@link codeHappening}. Facts that PLOVER has no type for (an assertion, a denial, an
 * appeal), and facts the article says were denied or taken back, are listed under
 * `uncoded` with the reason, not forced into a type; so is a fact with no named actor
 * (a repatriation that says only who was repatriated), which PLOVER does not code. A fact that did not happen, or is
 * only planned or possible, keeps its record with the auxiliary mode `negation`,
 * `future` or `hypothetical` and `actual: false`. Talks no one hosts have every side as
 * actor and no recipient. PLOVER codes states and people, never delegations: a
 * delegation is replaced by the state it represents, and its id kept as `delegationId`.
 * A position with no addressees is addressed to the holders of the position it answers,
 * if any. The date is the fact's resolved time (a position's, else its meeting's); a
 * planned meeting's time is when it is to be held, so its intent is dated by the
 * article. Pure.
 * @example
 * ```ts
 * const { events, uncoded } = toPloverEvents(fixture);
 * events.map((event) => `${event.actors.map((actor) => actor.name).join(" and ")} ${event.eventType}`);
 * //=> ["Japan and North Korea CONSULT", …, "Japan REQUEST", …]
 * uncoded.find((fact) => fact.id === "pos-japan-denial")?.reason;
 * //=> "PLOVER dropped CAMEO's statements (01) …"
 * ```
 * @group Event codes
 */
export function toPloverEvents(document: NewsDocument): PloverExport {
  const actors = new Map(document.actors.map((actor) => [actor.id as string, actor]));
  const delegations = new Map(document.delegations.map((delegation) => [delegation.id as string, delegation]));
  const times = new Map(document.times.map((time) => [time.id as string, time]));
  const spans = new Map(document.evidence.map((span) => [span.id as string, span]));
  const meetings = new Map(document.meetings.map((meeting) => [meeting.id as string, meeting]));
  const places = new Map(document.places.map((place) => [place.id as string, place]));
  const article = document.article;
  const articleDate =
    article.published !== undefined ? { field: "published" as const, day: article.published.slice(0, 10) } : article.referenceDate !== undefined ? { field: "referenceDate" as const, day: article.referenceDate } : undefined;
  const articleInferred = articleDate && article.inferred?.find((mark) => mark.path === `/${articleDate.field}`)?.reason;

  const actorOf = (id: string): PloverActor[] => {
    const delegation = delegations.get(id);
    const actor = actors.get(delegation ? delegation.representsId : id);
    if (actor === undefined) return [];
    const cameo = actor.externalIds?.cameo;
    const wikidata = actor.externalIds?.wikidata;
    const iso3 = actor.kind === "state" ? actor.iso3 : undefined;
    return [
      {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        ...(cameo ? { cameo } : {}),
        ...(iso3 ? { iso3 } : {}),
        ...(wikidata ? { wikidata } : {}),
        ...(delegation ? { delegationId: delegation.id } : {}),
      },
    ];
  };
  const unique = (found: PloverActor[]) => found.filter((actor, index) => found.findIndex((other) => other.id === actor.id) === index);

  const dated = (timeId: string | undefined, why: string | undefined): Pick<PloverEvent, "date" | "endDate" | "dateBasis" | "interval"> => {
    const time = timeId === undefined ? undefined : times.get(timeId);
    const interval = time?.resolved;
    if (why === undefined && time && interval) {
      const date = interval.start.slice(0, 10);
      const end = lastDay(interval.end);
      return { date, endDate: end > date ? end : null, dateBasis: { source: "fact-time", timeId: time.id, text: time.text, precision: interval.precision }, interval };
    }
    const reason = why ?? (time ? `its time "${time.text}" is not resolved` : "the article gives it no time of its own");
    if (!articleDate) return { date: null, endDate: null, dateBasis: { source: "none", reason: `${reason}, and the article has no date` }, interval: interval ?? null };
    return {
      date: articleDate.day,
      endDate: null,
      dateBasis: { source: "article-date", field: articleDate.field, reason, ...(articleInferred ? { inferred: articleInferred } : {}) },
      interval: interval ?? null,
    };
  };

  const events: PloverEvent[] = [];
  const uncoded: UncodedFact[] = [];
  const add = (
    source: PloverEvent["source"],
    fact: { readonly id: string; readonly evidenceIds: readonly string[] },
    code: EventCode,
    who: { actors: readonly string[]; recipients: readonly string[]; timeId: string | undefined; dateWhy?: string | undefined; placeId: string | undefined },
  ) => {
    if (code.plover === null || code.cameo === null) {
      uncoded.push({ id: fact.id, source, cameo: code.cameo, reason: code.reason ?? "" });
      return;
    }
    const acting = unique(who.actors.flatMap(actorOf));
    if (acting.length === 0) {
      uncoded.push({
        id: fact.id,
        source,
        cameo: code.cameo,
        reason: `the article names no one who did it, and PLOVER codes only events with a named source actor (it would be ${code.plover.eventType}, CAMEO ${code.cameo.code})`,
      });
      return;
    }
    const evidence = fact.evidenceIds.flatMap((id) => spans.get(id) ?? []);
    const place = who.placeId === undefined ? undefined : places.get(who.placeId);
    events.push({
      id: fact.id,
      source,
      eventType: code.plover.eventType,
      modes: code.plover.modes,
      contexts: code.plover.contexts,
      cameo: code.cameo,
      rule: code.rule,
      actual: code.actual,
      actors: acting,
      recipients: unique(who.recipients.flatMap(actorOf)),
      ...dated(who.timeId, who.dateWhy),
      location: place?.name ?? null,
      placeId: place?.id ?? null,
      text: evidence[0]?.quote ?? null,
      spans: evidence,
    });
  };

  const partsOf = new Map<string, string[]>();
  for (const meeting of document.meetings) if (meeting.partOfId !== undefined) partsOf.set(meeting.partOfId, [...(partsOf.get(meeting.partOfId) ?? []), meeting.id]);
  for (const meeting of document.meetings) {
    // A meeting made of others is coded through its parts: a record of its own would count the same contacts twice.
    const parts = partsOf.get(meeting.id) ?? [];
    if (parts.length > 0) {
      uncoded.push({ id: meeting.id, source: "meeting", cameo: null, reason: `its parts (${parts.join(", ")}) are coded each on its own, and a record for the whole would count the same contacts again` });
      continue;
    }
    const sides = meetingSides(meeting);
    add("meeting", meeting, codeMeeting(meeting, document), {
      ...sides,
      timeId: meeting.timeId,
      dateWhy: PLANNED.has(meeting.status) ? `the meeting is ${meeting.status}: its time is when it is to be held, not when the intent to meet was reported` : undefined,
      placeId: meeting.placeId,
    });
  }
  for (const position of document.positions) {
    const at = position.voicedAtId === undefined ? undefined : meetings.get(position.voicedAtId);
    // A response names no addressee: it is addressed to whoever held what it answers.
    const answered = document.positions.find((other) => other.id === position.answersId);
    add("position", position, codePosition(position, document), {
      actors: position.holderIds,
      recipients: position.addresseeIds ?? answered?.holderIds ?? [],
      timeId: position.timeId ?? at?.timeId,
      placeId: position.placeId ?? at?.placeId,
    });
  }
  for (const happening of document.happenings) {
    const doing = (roles: readonly string[]) => happening.participants.filter((participant) => roles.includes(participant.role)).map((participant) => participant.actorId);
    add("happening", happening, codeHappening(happening, document), {
      actors: doing(["agent", "origin", "intermediary"]),
      recipients: doing(["recipient", "patient"]),
      timeId: happening.timeId,
      placeId: happening.placeId,
    });
  }
  return { events, uncoded };
}
