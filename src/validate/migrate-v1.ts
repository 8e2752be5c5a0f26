import type { Migration } from "./migrate.js";

type Json = { readonly [key: string]: unknown };
type Mutable = { [key: string]: unknown };

function objects(value: unknown): Mutable[] {
  return Array.isArray(value) ? value.filter((item): item is Mutable => typeof item === "object" && item !== null && !Array.isArray(item)) : [];
}

function slug(text: string): string {
  const base = text
    .normalize("NFKD")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "")
    .join("-")
    .toLowerCase();
  return base === "" ? "place" : base.slice(0, 100);
}

/** Every id the document holds, so that a new one is chosen that none has. */
function idsOf(document: Json): Set<string> {
  const ids = new Set<string>();
  for (const value of Object.values(document)) for (const item of objects(value)) if (typeof item.id === "string") ids.add(item.id);
  return ids;
}

function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Rewrites the inference marks of an object whose field `from` became `to`. */
function renameMarks(object: Mutable, from: string, to: string): void {
  for (const mark of objects(object.inferred))
    if (typeof mark.path === "string" && (mark.path === `/${from}` || mark.path.startsWith(`/${from}/`))) mark.path = `/${to}`;
}

/**
 * Moves each inline place (`{ name, evidenceIds }` on a meeting or happening) into the
 * new `places` collection, one place per name, and points the fact at it by `placeId`.
 */
function extractPlaces(document: Mutable, taken: Set<string>): void {
  // A v1 document has no places of its own; any it carries under that key are kept.
  const places: unknown[] = Array.isArray(document.places) ? [...(document.places as unknown[])] : [];
  const byName = new Map<string, Mutable>();
  for (const collection of ["meetings", "happenings"])
    for (const fact of objects(document[collection])) {
      const place = fact.place;
      if (typeof place !== "object" || place === null) continue;
      const { name, evidenceIds } = place as Json;
      if (typeof name !== "string") continue;
      let entity = byName.get(name);
      if (!entity) {
        entity = { id: freshId(`place-${slug(name)}`, taken), name, evidenceIds: [] };
        byName.set(name, entity);
        places.push(entity);
      }
      const spans = entity.evidenceIds as unknown[];
      for (const id of Array.isArray(evidenceIds) ? evidenceIds : []) if (!spans.includes(id)) spans.push(id);
      delete fact.place;
      fact.placeId = entity.id;
      renameMarks(fact, "place", "placeId");
    }
  document.places = places;
}

/**
 * Turns each happening of kind `promise` into a position of kind `promise`: its agents
 * become the holders, its recipients the addressees, its content and linked happenings
 * what it is about. A promise with no agent stays a happening, of kind `other`, with a
 * note, since a position must have a holder.
 */
function promisesToPositions(document: Mutable): void {
  const happenings: Mutable[] = [];
  const positions = objects(document.positions);
  for (const happening of objects(document.happenings)) {
    if (happening.kind !== "promise") {
      happenings.push(happening);
      continue;
    }
    const participants = objects(happening.participants);
    const holders = participants.filter((p) => p.role === "agent").map((p) => p.actorId);
    if (holders.length === 0) {
      happenings.push({
        ...happening,
        kind: "other",
        note: [happening.note, "A promise in version 1 of the schema, with no one who made it; version 2 writes a promise as a position, which needs a holder."]
          .filter((part) => typeof part === "string")
          .join(" "),
      });
      continue;
    }
    const addressees = participants.filter((p) => p.role === "recipient").map((p) => p.actorId);
    const about = [...(typeof happening.contentId === "string" ? [happening.contentId] : []), ...(Array.isArray(happening.relatedIds) ? happening.relatedIds : [])];
    const position: Mutable = { id: happening.id, kind: "promise", holderIds: holders };
    if (addressees.length > 0) position.addresseeIds = addressees;
    position.content = happening.description;
    if (about.length > 0) position.aboutIds = about;
    for (const key of ["placeId", "timeId", "evidenceIds", "attributionIds", "inferred", "note", "extensions"])
      if (happening[key] !== undefined) position[key] = happening[key];
    renameMarks(position, "description", "content");
    // Marks on the participants name fields a position does not have; the whole position carries them.
    for (const mark of objects(position.inferred)) if (typeof mark.path === "string" && mark.path.startsWith("/participants")) mark.path = "";
    positions.push(position);
  }
  document.happenings = happenings;
  document.positions = positions;
}

/**
 * The step from schema version 1 to version 2.
 *
 * @remarks Version 2 makes places things of their own and promises positions:
 * - each inline `place` of a meeting or happening becomes an object of the new `places`
 *   collection (one per name, with the union of its evidence), named by `placeId`;
 * - each happening of kind `promise` becomes a position of kind `promise`, keeping its
 *   id, so that what pointed at it still does;
 * - inference marks that named a moved field are moved with it.
 *
 * Everything else reads the same in version 2: its new fields (modality, quantities,
 * descriptors, affiliations, the new kinds) are all optional.
 * @example
 * ```ts
 * fromVersion1.upgrade({ schemaVersion: 1, article, actors: [], meetings: [] }).schemaVersion;
 * //=> 2
 * ```
 * @group Versioning
 */
export const fromVersion1: Migration = {
  from: 1,
  to: 2,
  upgrade(input) {
    const document = structuredClone(input) as Mutable;
    const taken = idsOf(document);
    extractPlaces(document, taken);
    promisesToPositions(document);
    const { schemaVersion: _, article, actors, places, ...rest } = document;
    // The collections in the order the schema gives them, places after actors.
    return { schemaVersion: 2, article, actors, places, ...rest };
  },
};
