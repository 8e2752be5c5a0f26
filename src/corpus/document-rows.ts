import { createHash } from "node:crypto";
import type { NewsDocument } from "../model/document.js";
import { toPloverEvents, type PloverEvent, type UncodedFact } from "../export/to-plover-events.js";
import { listReferences } from "../validate/document-table.js";
import type { TableName, TableRow } from "./tables.js";

/**
 * The rows of every corpus table for one document.
 *
 * @group Corpora
 */
export type DocumentRows = { -readonly [N in TableName]: TableRow<N>[] };

/**
 * Corpus-wide ids for one document's actors and events, as {@link mergeCorpus} gives
 * them: a document's own id where there is no entry.
 *
 * @group Corpora
 */
export interface CorpusIds {
  /** The corpus-wide id of each actor, by its id in the document. */
  readonly actors: ReadonlyMap<string, string>;
  /** The corpus-wide id of each meeting, position and happening, by its id in the document. */
  readonly events: ReadonlyMap<string, string>;
}

/**
 * The id of a document in a corpus: the SHA-256 of its article text, in hex. Two
 * documents of the same article text have the same id, whoever encoded them.
 *
 * @example
 * ```ts
 * documentIdOf(fixture).length;
 * //=> 64
 * ```
 * @group Corpora
 */
export function documentIdOf(document: Pick<NewsDocument, "article">): string {
  return createHash("sha256").update(document.article.text).digest("hex");
}

const day = (instant: string | undefined): string | null => (instant === undefined ? null : instant.slice(0, 10));


/**
 * Turns one valid document into the rows of the corpus tables (see
 * {@link CORPUS_TABLES}): its article, actors, places, events with their PLOVER and
 * CAMEO codes, each event's participants with their roles, and each evidence span with
 * the objects that cite it.
 *
 * @remarks Events get their codes from {@link toPloverEvents}; a fact PLOVER has no type
 * for keeps its CAMEO code where it has one, and its reason. The `date` of an event is
 * the first day of its resolved time, in the event's own offset. Pure.
 * @param document - A document that {@link news-event-models!validateDocument} accepts.
 * @param corpusIds - Corpus-wide ids from {@link mergeCorpus}; without them each row's corpus id is its document id and its own id.
 * @example
 * ```ts
 * const rows = documentRows(fixture);
 * rows.events.filter((event) => event.plover_type === "CONSULT").length;
 * ```
 * @group Corpora
 */
export function documentRows(document: NewsDocument, corpusIds?: CorpusIds): DocumentRows {
  const documentId = documentIdOf(document);
  const articleDate = document.article.referenceDate ?? day(document.article.published);
  const corpusActor = (id: string) => corpusIds?.actors.get(id) ?? `${documentId}:${id}`;
  const corpusEvent = (id: string) => corpusIds?.events.get(id) ?? `${documentId}:${id}`;
  const delegations = new Map(document.delegations.map((delegation) => [delegation.id as string, delegation]));
  const times = new Map(document.times.map((time) => [time.id as string, time]));
  const { events: coded, uncoded } = toPloverEvents(document);
  const codes = new Map<string, PloverEvent | UncodedFact>([...coded, ...uncoded].map((code) => [code.id, code]));

  const rows: DocumentRows = { documents: [], actors: [], places: [], events: [], event_participants: [], mentions: [] };
  const facts = [
    ...document.meetings.map((fact) => ({ source: "meeting" as const, fact, kind: fact.kind, timeId: fact.timeId, placeId: fact.placeId })),
    ...document.positions.map((fact) => ({ source: "position" as const, fact, kind: fact.kind, timeId: fact.timeId, placeId: fact.placeId })),
    ...document.happenings.map((fact) => ({ source: "happening" as const, fact, kind: fact.kind, timeId: fact.timeId, placeId: fact.placeId })),
  ];

  rows.documents.push({
    document_id: documentId,
    url: document.article.url ?? null,
    headline: document.article.headline ?? null,
    publisher: document.article.publisher ?? null,
    published: document.article.published ?? null,
    reference_date: articleDate,
    language: document.article.language ?? null,
    characters: document.article.text.length,
    actors: document.actors.length,
    events: facts.length,
    date: articleDate,
  });
  for (const actor of document.actors) {
    rows.actors.push({
      document_id: documentId,
      actor_id: actor.id,
      corpus_actor_id: corpusActor(actor.id),
      kind: actor.kind,
      name: actor.name,
      aliases: (actor.aliases ?? []).map((alias) => alias.text),
      wikidata: actor.externalIds?.wikidata ?? null,
      cameo: actor.externalIds?.cameo ?? null,
      date: articleDate,
    });
  }
  for (const place of document.places) {
    rows.places.push({
      document_id: documentId,
      place_id: place.id,
      name: place.name,
      kind: place.kind ?? null,
      country_code: place.countryCode ?? null,
      geonames_id: place.geonamesId ?? null,
      wikidata: place.wikidata ?? null,
      latitude: place.coordinates?.latitude ?? null,
      longitude: place.coordinates?.longitude ?? null,
      within_id: place.withinId ?? null,
      date: articleDate,
    });
  }
  for (const { source, fact, kind, timeId, placeId } of facts) {
    const code = codes.get(fact.id);
    const record = code !== undefined && "eventType" in code ? code : undefined;
    const cameo = record?.cameo ?? (code !== undefined && "reason" in code ? code.cameo : null);
    const resolved = record?.interval ?? (timeId === undefined ? undefined : times.get(timeId)?.resolved) ?? undefined;
    const date = day(resolved?.start);
    const evidence = fact.evidenceIds.flatMap((id) => document.evidence.find((span) => span.id === id) ?? []);
    rows.events.push({
      document_id: documentId,
      event_id: fact.id,
      corpus_event_id: corpusEvent(fact.id),
      source,
      kind: kind ?? null,
      plover_type: record?.eventType ?? null,
      plover_mode: record?.modes[0] ?? null,
      plover_modes: [...(record?.modes ?? [])],
      plover_contexts: [...(record?.contexts ?? [])],
      cameo_code: cameo?.code ?? null,
      goldstein: cameo?.goldstein ?? null,
      quad_class: cameo?.quadClass ?? null,
      uncoded_reason: code !== undefined && "reason" in code ? code.reason : null,
      time_start: resolved?.start ?? null,
      time_end: resolved?.end ?? null,
      time_precision: resolved?.precision ?? null,
      polarity: fact.modality?.polarity ?? "affirmative",
      reality: fact.modality?.reality ?? "actual",
      place_id: placeId ?? null,
      answers_id: source === "position" ? (fact.answersId ?? null) : null,
      text: evidence[0]?.quote ?? null,
      date,
    });
    const participant = (id: string, role: string) => {
      const delegation = delegations.get(id);
      const actorId = delegation ? delegation.representsId : id;
      rows.event_participants.push({
        document_id: documentId,
        event_id: fact.id,
        actor_id: actorId,
        corpus_actor_id: corpusActor(actorId),
        delegation_id: delegation?.id ?? null,
        role,
        date,
      });
    };
    if (source === "meeting") {
      for (const part of fact.participants) participant(part.kind === "delegation" ? part.delegationId : part.actorId, part.role ?? "party");
    } else if (source === "position") {
      for (const id of fact.holderIds) participant(id, "holder");
      if (fact.voicedById !== undefined) participant(fact.voicedById, "voice");
      for (const id of fact.addresseeIds ?? []) participant(id, "addressee");
    } else {
      for (const part of fact.participants) participant(part.actorId, part.role);
    }
  }
  const citing = new Map<string, Set<string>>();
  for (const reference of listReferences(document)) {
    if (!reference.site.kinds.includes("evidence")) continue;
    const ids = citing.get(reference.id) ?? new Set<string>();
    ids.add(reference.from.entity.id);
    citing.set(reference.id, ids);
  }
  for (const span of document.evidence) {
    const objects = [...(citing.get(span.id) ?? [])];
    for (const objectId of objects.length === 0 ? [null] : objects) {
      rows.mentions.push({ document_id: documentId, evidence_id: span.id, object_id: objectId, start_offset: span.start, end_offset: span.end, quote: span.quote, date: articleDate });
    }
  }
  return rows;
}
