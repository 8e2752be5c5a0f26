import type { NewsDocument } from "../model/document.js";
import type { PloverEventType } from "./cameo-plover-codes.js";
import { toPloverEvents, type DateBasis, type PloverActor, type PloverEvent } from "./to-plover-events.js";

/**
 * An entity object of a PLOVER record, with the manual's field names, and the
 * document's own ids beside them.
 * @example
 * ```ts
 * const japan: PloverEntity = { code: "JPN", entity_text: "Japan", identifier_id: "Q17", identifier_text: "Japan", actor_id: "japan", actor_kind: "state" };
 * ```
 * @group Event codes
 */
export interface PloverEntity {
  /** The three-letter actor code: the CAMEO actor code's first three letters, else a state's ISO 3166-1 alpha-3 code. */
  readonly code?: string;
  /** The sector (`"GOV"`), where the CAMEO actor code gives one. */
  readonly sector?: string;
  /** The actor's name as the document gives it. */
  readonly entity_text: string;
  /** Its Wikidata id, where known. */
  readonly identifier_id?: string;
  /** The name that id stands for. */
  readonly identifier_text?: string;
  /** Extra: the actor's id in the document. */
  readonly actor_id: string;
  /** Extra: the actor's kind in the document. */
  readonly actor_kind: string;
  /** Extra: the delegation it acted through, where the fact names one. */
  readonly delegation_id?: string;
}

/**
 * A location object of a PLOVER record, with the manual's field names.
 * @example
 * ```ts
 * const beijing: PloverLocation = { extracted_place: "Beijing", resolved_place: "Beijing", geonameid: 1816670, place_id: "beijing", country_code_alpha2: "CN" };
 * ```
 * @group Event codes
 */
export interface PloverLocation {
  /** The place as the article names it. */
  readonly extracted_place: string;
  /** The place the name is resolved to. */
  readonly resolved_place: string;
  /** Its GeoNames id, as the integer the manual asks for, where known. */
  readonly geonameid?: number;
  /** Latitude in decimal degrees, where known. */
  readonly lat?: number;
  /** Longitude in decimal degrees, where known. */
  readonly lon?: number;
  /** ISO 3166-1 alpha-3 country code, where a state of the document has the place's alpha-2 code. */
  readonly country_code?: string;
  /** Extra: the ISO 3166-1 alpha-2 country code the document gives. */
  readonly country_code_alpha2?: string;
  /** Extra: the place's id in the document. */
  readonly place_id: string;
}

/**
 * The text information object of a PLOVER record: where in the article its text is.
 * @example
 * ```ts
 * const where: PloverTextInfo = { start: 655, end: 703 };
 * ```
 * @group Event codes
 */
export interface PloverTextInfo {
  /** The offset of the first character, in the article's offset unit. */
  readonly start: number;
  /** The offset just past the last character. */
  readonly end: number;
}

/**
 * One PLOVER event record with the manual's own field names ("Data Fields"), ready to
 * write as one line of JSON, and the package's extras under their own names.
 *
 * @remarks PLOVER's fields: `id`, `date` (`YYYY-MM-DD`), `enddate`, `actor` and
 * `recipient` (lists of entity objects), `event`, `mode` and `context` (lists, with the
 * auxiliary modes `negation`, `future`, `hypothetical`), `event_loc`, `event_text`,
 * `text_info` (`start` and `end` offsets) and `quad_code`. The extras: `fact_kind`,
 * `actual`, `date_basis` (where `date` comes from, or why there is none),
 * `cameo_code`, `cameo_label`, `goldstein`, `plover_rule`, `evidence_ids` and
 * `offset_unit`. `date` is null only where `date_basis.source` is `"none"`.
 * @example
 * ```ts
 * const [record]: readonly PloverRecord[] = toPloverRecords(fixture);
 * record?.event;
 * //=> "CONSULT"
 * ```
 * @group Event codes
 */
export interface PloverRecord {
  /** The id of the meeting, position or happening coded, unique in the document. */
  readonly id: string;
  /** The first day, `YYYY-MM-DD`; null only where `date_basis` says there is no date. */
  readonly date: string | null;
  /** The last day, where the fact's time spans more than one. */
  readonly enddate?: string;
  /** Who acted. */
  readonly actor: readonly PloverEntity[];
  /** Who it was done to; absent where no one was (talks no one hosts). */
  readonly recipient?: readonly PloverEntity[];
  /** The PLOVER event type. */
  readonly event: PloverEventType;
  /** The modes. */
  readonly mode: readonly string[];
  /** The contexts. */
  readonly context: readonly string[];
  /** Where it took place, where the document says. */
  readonly event_loc?: PloverLocation;
  /** The article's words for the fact: every evidence quote. */
  readonly event_text: readonly string[];
  /** The offsets of the first evidence span in the article's text. */
  readonly text_info?: PloverTextInfo;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad_code: number;
  /** Extra: what was coded. */
  readonly fact_kind: PloverEvent["source"];
  /** Extra: whether the article tells it as having taken place; false goes with `negation`, `future` or `hypothetical`. */
  readonly actual: boolean;
  /** Extra: where `date` comes from, or why there is none. */
  readonly date_basis: DateBasis;
  /** Extra: the CAMEO event code. */
  readonly cameo_code: string;
  /** Extra: its label. */
  readonly cameo_label: string;
  /** Extra: its Goldstein value, where the crosswalk gives one. */
  readonly goldstein: number | null;
  /** Extra: the PLOVER manual's rule behind the code. */
  readonly plover_rule: string;
  /** Extra: the ids of the evidence spans. */
  readonly evidence_ids: readonly string[];
  /** Extra: the unit of `text_info`'s offsets. */
  readonly offset_unit: string;
}

function entity(actor: PloverActor): PloverEntity {
  const code = actor.cameo?.slice(0, 3) ?? actor.iso3;
  const sector = actor.cameo && actor.cameo.length > 3 ? actor.cameo.slice(3, 6) : undefined;
  return {
    ...(code ? { code } : {}),
    ...(sector ? { sector } : {}),
    entity_text: actor.name,
    ...(actor.wikidata ? { identifier_id: actor.wikidata, identifier_text: actor.name } : {}),
    actor_id: actor.id,
    actor_kind: actor.kind,
    ...(actor.delegationId ? { delegation_id: actor.delegationId } : {}),
  };
}

/**
 * Exports a document as PLOVER event records with the manual's own field names: one
 * record per meeting, position and happening that PLOVER has a type for (see
 * {@link toPloverEvents}, which also lists the facts that get none, with the reason).
 *
 * @remarks Nothing negated is reported as having happened: a fact that did not take
 * place has the mode `negation` and `actual: false`; one only planned `future`; one
 * possible, hypothetical or conditional `hypothetical`. A promise the article says was
 * denied, or a commitment taken back, gets no record. Pure.
 * @example
 * ```ts
 * toPloverRecords(fixture).find((record) => record.id === "chiefs-talks");
 * //=> { id: "chiefs-talks", date: "2004-02-25", actor: [{ code: "JPN", … }, { code: "PRK", … }], event: "CONSULT", mode: ["third-party"], … }
 * ```
 * @group Event codes
 */
export function toPloverRecords(document: NewsDocument): PloverRecord[] {
  const places = new Map(document.places.map((place) => [place.id as string, place]));
  const alpha3 = new Map(document.actors.flatMap((actor) => (actor.kind === "state" && actor.iso2 && actor.iso3 ? [[actor.iso2, actor.iso3] as const] : [])));
  return toPloverEvents(document).events.map((event) => {
    const place = event.placeId === null ? undefined : places.get(event.placeId);
    const country = place?.countryCode === undefined ? undefined : alpha3.get(place.countryCode);
    const first = event.spans[0];
    return {
      id: event.id,
      date: event.date,
      ...(event.endDate ? { enddate: event.endDate } : {}),
      actor: event.actors.map(entity),
      ...(event.recipients.length > 0 ? { recipient: event.recipients.map(entity) } : {}),
      event: event.eventType,
      mode: event.modes,
      context: event.contexts,
      ...(place
        ? {
            event_loc: {
              extracted_place: place.name,
              resolved_place: place.name,
              ...(place.geonamesId ? { geonameid: Number(place.geonamesId) } : {}),
              ...(place.coordinates ? { lat: place.coordinates.latitude, lon: place.coordinates.longitude } : {}),
              ...(country ? { country_code: country } : {}),
              ...(place.countryCode ? { country_code_alpha2: place.countryCode } : {}),
              place_id: place.id,
            },
          }
        : {}),
      event_text: event.spans.map((span) => span.quote),
      ...(first ? { text_info: { start: first.start, end: first.end } } : {}),
      quad_code: event.cameo.quadClass,
      fact_kind: event.source,
      actual: event.actual,
      date_basis: event.dateBasis,
      cameo_code: event.cameo.code,
      cameo_label: event.cameo.label,
      goldstein: event.cameo.goldstein,
      plover_rule: event.rule,
      evidence_ids: event.spans.map((span) => span.id),
      offset_unit: document.article.offsetUnit,
    };
  });
}

/**
 * Writes {@link toPloverRecords} as JSON lines, the manual's recommended form: one
 * record a line, each line one JSON object, with a final newline. What
 * `news-events export --to plover` prints.
 * @example
 * ```ts
 * toPloverJsonLines(fixture).split("\n")[0]?.startsWith('{"id":');
 * //=> true
 * ```
 * @group Event codes
 */
export function toPloverJsonLines(document: NewsDocument): string {
  return toPloverRecords(document)
    .map((record) => `${JSON.stringify(record)}\n`)
    .join("");
}
