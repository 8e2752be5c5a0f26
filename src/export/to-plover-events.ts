import type { ActorKind } from "../model/id.js";
import type { NewsDocument } from "../model/document.js";
import type { EvidenceSpan } from "../model/evidence.js";
import type { ResolvedInterval } from "../model/time.js";
import type { CameoCode, PloverEventType } from "./cameo-plover-codes.js";
import { codeHappening, codeMeeting, codePosition, type EventCode } from "./event-codes.js";

/**
 * An actor of a PLOVER record: a state, organisation or person, with its CAMEO actor
 * code where the document gives one.
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
  /** The delegation it acted through, where the fact names a delegation: PLOVER codes the state, not the team. */
  readonly delegationId?: string;
}

/**
 * One PLOVER-style event record: who did what to whom, when, where, and the words of
 * the article that say so.
 *
 * @remarks Made by {@link toPloverEvents}; the field list follows PLOVER's event record,
 * with the CAMEO code and the evidence spans beside it.
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
  /** The PLOVER modes. */
  readonly modes: readonly string[];
  /** The PLOVER contexts. */
  readonly contexts: readonly string[];
  /** The CAMEO code, with its Goldstein value and QuadClass. */
  readonly cameo: CameoCode;
  /** Who acted: the first party of a meeting, a position's holders, a happening's agents and origins. */
  readonly actors: readonly PloverActor[];
  /** Who it was done to: a meeting's other parties, a position's addressees, a happening's recipients and patients. */
  readonly recipients: readonly PloverActor[];
  /** The day (`YYYY-MM-DD`) where the time resolves to a day or part of one; else null. */
  readonly date: string | null;
  /** The resolved interval of the time, where the document has one. */
  readonly interval: ResolvedInterval | null;
  /** The place as the article names it (a position's is its meeting's). */
  readonly location: string | null;
  /** The first evidence quote, as the record's text. */
  readonly text: string | null;
  /** Every evidence span of the fact, with its offsets. */
  readonly spans: readonly EvidenceSpan[];
}

/**
 * A fact that got no PLOVER record, with the reason.
 *
 * @remarks A proposal, an assertion or a denial keeps its CAMEO code here.
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
  /** The CAMEO code, where CAMEO has one though PLOVER has none (a proposal is CAMEO 026). */
  readonly cameo: CameoCode | null;
  /** Why PLOVER has no event type for it. */
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

function placeName(document: NewsDocument, placeId: string | undefined): string | undefined {
  return placeId === undefined ? undefined : document.places.find((place) => place.id === placeId)?.name;
}

/**
 * Exports a document's meetings, positions and happenings as PLOVER-style event
 * records: actor, recipient, event type, mode, context, date, location and text span,
 * with the CAMEO code, Goldstein value and QuadClass beside them.
 *
 * @remarks
 * Each fact is coded by {@link codeMeeting}, {@link codePosition} or
 * {@link codeHappening}. Facts that PLOVER has no type for (a proposal, an assertion, a
 * denial) are listed under `uncoded` with the reason, not forced into a type. PLOVER
 * codes states and people, never delegations: a delegation is replaced by the state it
 * represents, and its id kept as `delegationId`. A position with no addressees is
 * addressed to the holders of the position it answers, if any. Pure.
 * @example
 * ```ts
 * const { events, uncoded } = toPloverEvents(fixture);
 * events.map((event) => `${event.actors[0]?.name} ${event.eventType} ${event.recipients[0]?.name}`);
 * //=> ["Japan CONSULT North Korea", …, "Japan REQUEST North Korea", …]
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

  const actorOf = (id: string): PloverActor[] => {
    const delegation = delegations.get(id);
    const actor = actors.get(delegation ? delegation.representsId : id);
    if (actor === undefined) return [];
    const cameo = actor.externalIds?.cameo;
    return [{ id: actor.id, name: actor.name, kind: actor.kind, ...(cameo ? { cameo } : {}), ...(delegation ? { delegationId: delegation.id } : {}) }];
  };
  const events: PloverEvent[] = [];
  const uncoded: UncodedFact[] = [];
  const add = (
    source: PloverEvent["source"],
    fact: { readonly id: string; readonly evidenceIds: readonly string[] },
    code: EventCode,
    who: { actors: readonly string[]; recipients: readonly string[]; timeId: string | undefined; location: string | undefined },
  ) => {
    if (code.plover === null || code.cameo === null) {
      uncoded.push({ id: fact.id, source, cameo: code.cameo, reason: code.reason ?? "" });
      return;
    }
    const interval = (who.timeId === undefined ? undefined : times.get(who.timeId)?.resolved) ?? null;
    const evidence = fact.evidenceIds.flatMap((id) => spans.get(id) ?? []);
    events.push({
      id: fact.id,
      source,
      eventType: code.plover.eventType,
      modes: code.plover.modes,
      contexts: code.plover.contexts,
      cameo: code.cameo,
      actors: who.actors.flatMap(actorOf),
      recipients: who.recipients.flatMap(actorOf),
      date: interval && (interval.precision === "day" || interval.precision === "part-of-day") ? interval.start.slice(0, 10) : null,
      interval,
      location: who.location ?? null,
      text: evidence[0]?.quote ?? null,
      spans: evidence,
    });
  };

  for (const meeting of document.meetings) {
    const parties = meeting.participants.map((participant) => (participant.kind === "delegation" ? participant.delegationId : participant.actorId));
    add("meeting", meeting, codeMeeting(meeting), {
      actors: parties.slice(0, 1),
      recipients: parties.slice(1),
      timeId: meeting.timeId,
      location: placeName(document, meeting.placeId),
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
      location: placeName(document, at?.placeId),
    });
  }
  for (const happening of document.happenings) {
    const doing = (roles: readonly string[]) => happening.participants.filter((participant) => roles.includes(participant.role)).map((participant) => participant.actorId);
    add("happening", happening, codeHappening(happening), {
      actors: doing(["agent", "origin", "intermediary"]),
      recipients: doing(["recipient", "patient"]),
      timeId: happening.timeId,
      location: placeName(document, happening.placeId),
    });
  }
  return { events, uncoded };
}
