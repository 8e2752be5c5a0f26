import type { NewsDocument } from "../../model/document.js";
import type { EntityKind } from "../entities.js";
import { problem, type Problem } from "../problem.js";
import { IdTable } from "./id-table.js";

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

/** Every entity kind, each numbered by its place here: the five actor kinds first. */
export const ENTITY_KINDS: readonly EntityKind[] = [
  "person",
  "state",
  "organization",
  "counted-group",
  "unnamed-source",
  "post",
  "delegation",
  "series",
  "meeting",
  "position",
  "issue",
  "happening",
  "time",
  "attribution",
  "evidence",
];

const KIND_CODES = new Map<string, number>(ENTITY_KINDS.map((kind, code) => [kind, code]));

/** The number of an entity kind in {@link ENTITY_KINDS}. */
export function kindCode(kind: EntityKind): number {
  return KIND_CODES.get(kind)!;
}

const COLLECTION_KIND: { readonly [collection in (typeof ENTITY_COLLECTIONS)[number]]: EntityKind | undefined } = {
  actors: undefined,
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

/** The kind code of each collection's objects, -1 for actors, whose kind is their own. */
const COLLECTION_KIND_CODES: readonly number[] = ENTITY_COLLECTIONS.map((collection) => {
  const kind = COLLECTION_KIND[collection];
  return kind === undefined ? -1 : KIND_CODES.get(kind)!;
});

/**
 * Every object with an id in a document, numbered in reading order (all actors, then all
 * posts, …): each id maps to the number of the first object that has it, and each
 * number's kind sits in a typed array. No object is built per entity, so the table stays
 * small and young however large the document.
 */
export interface EntityIndex {
  /** The number of the first object with each id. */
  readonly ids: IdTable;
  /** The kind code ({@link ENTITY_KINDS}) of each numbered object. */
  readonly kinds: Uint8Array;
  /** The number of each collection's first object, by its place in {@link ENTITY_COLLECTIONS}, and the total last. */
  readonly starts: readonly number[];
  /** A `duplicate-id` problem for each id used a second time, in reading order. */
  readonly problems: Problem[];
}

/** The collection and index of a numbered object. */
export function entityPath(index: EntityIndex, entity: number): [collection: string, index: number] {
  let collection = 0;
  while (index.starts[collection + 1]! <= entity) collection++;
  return [ENTITY_COLLECTIONS[collection]!, entity - index.starts[collection]!];
}

/**
 * Numbers every object with an id in a document and reports each id used a second
 * time: the first object with an id keeps it, each later one is a `duplicate-id`
 * problem at its own `id`. `large` is passed on to {@link IdTable}.
 */
export function indexEntities(document: NewsDocument, large?: number): EntityIndex {
  const starts: number[] = [0];
  for (let c = 0; c < ENTITY_COLLECTIONS.length; c++) starts.push(starts[c]! + document[ENTITY_COLLECTIONS[c]!].length);
  const count = starts[ENTITY_COLLECTIONS.length]!;
  const ids = new IdTable(count, large);
  const kinds = new Uint8Array(count);
  const problems: Problem[] = [];
  const index: EntityIndex = { ids, kinds, starts, problems };
  let entity = 0;
  for (let c = 0; c < ENTITY_COLLECTIONS.length; c++) {
    const items: readonly { readonly id: string; readonly kind?: string }[] = document[ENTITY_COLLECTIONS[c]!];
    const code = COLLECTION_KIND_CODES[c]!;
    for (let i = 0; i < items.length; i++, entity++) {
      const item = items[i]!;
      kinds[entity] = code < 0 ? KIND_CODES.get(item.kind!)! : code;
      const earlier = ids.enter(item.id, entity);
      if (earlier < 0) continue;
      const [collection, at] = entityPath(index, earlier);
      problems.push(
        problem(
          "duplicate-id",
          [ENTITY_COLLECTIONS[c]!, i, "id"],
          `the id "${item.id}" is already used by the ${ENTITY_KINDS[kinds[earlier]!]} at /${collection}/${at}`,
        ),
      );
    }
  }
  return index;
}
