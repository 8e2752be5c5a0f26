import type { NewsDocument } from "../model/document.js";
import type { ActorKind } from "../model/actor.js";
import { ENTITY_COLLECTIONS, ENTITY_KINDS, entityPath, indexEntities } from "./_lib/entity-index.js";
import type { Problem } from "./problem.js";

/**
 * The kind of any object in a document that has an id: the five kinds of actor, and
 * one kind for each other collection.
 * @group Validation
 */
export type EntityKind =
  | ActorKind
  | "post"
  | "delegation"
  | "series"
  | "meeting"
  | "position"
  | "issue"
  | "happening"
  | "time"
  | "attribution"
  | "evidence";

/**
 * Where an object with an id sits in its document, and what kind it is.
 * @group Validation
 */
export interface EntityLocation {
  /** Its kind. */
  readonly kind: EntityKind;
  /** The path to it from the document root, such as `["meetings", 2]`. */
  readonly path: readonly [collection: string, index: number];
}

/**
 * Every object with an id in a document, and the ids used more than once.
 * @group Validation
 */
export interface EntityTable {
  /** Where each id's object sits, and its kind. */
  locations: Map<string, EntityLocation>;
  /** A `duplicate-id` problem for each id used a second time. */
  problems: Problem[];
}

export { ENTITY_COLLECTIONS };

/**
 * A collection of a document that holds objects with ids.
 * @group Validation
 */
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];

/**
 * Lists every object with an id in a document, with its kind and path, and reports
 * each id used a second time.
 *
 * @remarks The first object with an id wins the entry; each later one is a
 * `duplicate-id` problem at its own `id`.
 * @example
 * ```ts
 * const { locations } = locateEntities(document);
 * locations.get("japan");
 * //=> { kind: "state", path: ["actors", 0] }
 * ```
 * @group Validation
 */
export function locateEntities(document: NewsDocument): EntityTable {
  const index = indexEntities(document);
  const locations = new Map<string, EntityLocation>();
  const unique = index.problems.length === 0;
  let entity = 0;
  for (const collection of ENTITY_COLLECTIONS)
    for (const item of document[collection] as readonly { readonly id: string }[]) {
      // Only the first object with an id has the id's number.
      if (unique || index.ids.find(item.id) === entity) locations.set(item.id, { kind: ENTITY_KINDS[index.kinds[entity]!]!, path: entityPath(index, entity) });
      entity++;
    }
  return { locations, problems: index.problems };
}
