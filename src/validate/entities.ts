import type { NewsDocument } from "../model/document.js";
import type { ActorKind } from "../model/actor.js";
import { problem, type Problem } from "./problem.js";

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

/**
 * The collections of a document that hold objects with ids, in reading order.
 * @group Validation
 */
export const ENTITY_COLLECTIONS = [
  "actors",
  "posts",
  "delegations",
  "series",
  "meetings",
  "positions",
  "issues",
  "happenings",
  "times",
  "attributions",
  "evidence",
] as const satisfies readonly (keyof NewsDocument)[];

/**
 * A collection of a document that holds objects with ids.
 * @group Validation
 */
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];

const COLLECTION_KIND: { readonly [collection in Exclude<EntityCollection, "actors">]: EntityKind } = {
  posts: "post",
  delegations: "delegation",
  series: "series",
  meetings: "meeting",
  positions: "position",
  issues: "issue",
  happenings: "happening",
  times: "time",
  attributions: "attribution",
  evidence: "evidence",
};

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
  const locations = new Map<string, EntityLocation>();
  const problems: Problem[] = [];
  for (const collection of ENTITY_COLLECTIONS) {
    const items: readonly { id: string; kind?: string }[] = document[collection];
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      const kind = collection === "actors" ? (item.kind as ActorKind) : COLLECTION_KIND[collection];
      const earlier = locations.get(item.id);
      if (earlier) {
        problems.push(
          problem(
            "duplicate-id",
            [collection, index, "id"],
            `the id "${item.id}" is already used by the ${earlier.kind} at /${earlier.path.join("/")}`,
          ),
        );
        continue;
      }
      locations.set(item.id, { kind, path: [collection, index] });
    }
  }
  return { locations, problems };
}
