import type { NewsDocument } from "../model/document.js";
import { entityCollections, walkDocument, type EntityCollection } from "../validate/reference-graph.js";
import { normalizeName } from "../query/_lib/names.js";
import { ALIGNED_COLLECTIONS, alignDocuments, type AlignOptions } from "./align-documents.js";

/**
 * One difference between two versions of a document, as {@link compareDocuments} finds it.
 *
 * @remarks Paths are JSON Pointers: into the first document for what was removed or
 * changed, into the second for what was added. References in the second document are
 * read in the first one's ids, so a renamed id is no change in itself.
 * @example
 * ```ts
 * const change: DocumentChange = {
 *   change: "changed",
 *   collection: "positions",
 *   id: "pos-repeated-demand",
 *   path: "/positions/5/kind",
 *   before: "demand",
 *   after: "proposal",
 *   message: 'changed /positions/5/kind of pos-repeated-demand: "demand" → "proposal"',
 * };
 * ```
 * @group Scoring
 */
export interface DocumentChange {
  /** What happened: an object added or removed, or a value of a matched object changed. */
  readonly change: "added" | "removed" | "changed";
  /** The collection, or `"article"` for the article itself, or `"extensions"` for the document's own extensions. */
  readonly collection: EntityCollection | "article" | "extensions";
  /** The object's id: in the first document, or in the second for what was added. */
  readonly id: string | undefined;
  /** Where: a JSON Pointer into the first document, or into the second for what was added. */
  readonly path: string;
  /** The value in the first document; absent for what was added. */
  readonly before?: unknown;
  /** The value in the second document, in the first one's ids; absent for what was removed. */
  readonly after?: unknown;
  /** The change in one line, for review. */
  readonly message: string;
}

type Json = unknown;
type Item = { readonly id: string } & { readonly [key: string]: unknown };

const pointer = (path: readonly (string | number)[]) => path.map((token) => `/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
const show = (value: Json) => {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};
const isObject = (value: Json): value is { readonly [key: string]: Json } => typeof value === "object" && value !== null && !Array.isArray(value);
const isPrimitiveList = (value: Json): value is readonly (string | number | boolean | null)[] => Array.isArray(value) && value.every((item) => !isObject(item) && !Array.isArray(item));

/** Pairs the objects of the collections {@link alignDocuments} does not align: by id, then by what names them. */
function pairByKey(a: readonly Item[], b: readonly Item[], key: (item: Item, side: "a" | "b") => string | undefined): [Item, Item][] {
  const pairs: [Item, Item][] = [];
  const left = new Map(a.map((item) => [item.id, item]));
  const rest: Item[] = [];
  for (const item of b) {
    const same = left.get(item.id);
    if (same) {
      pairs.push([same, item]);
      left.delete(item.id);
    } else rest.push(item);
  }
  const byKey = new Map<string, Item>();
  for (const item of left.values()) {
    const found = key(item, "a");
    if (found !== undefined && !byKey.has(found)) byKey.set(found, item);
  }
  for (const item of rest) {
    const found = key(item, "b");
    const match = found === undefined ? undefined : byKey.get(found);
    if (match) {
      pairs.push([match, item]);
      byKey.delete(found!);
    }
  }
  return pairs;
}

/**
 * Lists what differs between two versions of a document: the objects added and
 * removed, and each value changed in the objects that match, with its path.
 *
 * @remarks
 * Meetings, positions, happenings, actors, places, delegations, times and attributions
 * are matched as {@link alignDocuments} matches them (by content, not by id); posts,
 * series and issues by id, then by name; evidence spans by id, then by offsets. The
 * second document's references are then read in the first one's ids, so renaming ids
 * changes nothing, and a holder swapped for another shows as that one change. Lists of
 * ids compare as sets; lists of objects item by item. For review and for tests:
 * `compareDocuments(a, a)` is empty. Pure.
 * @example
 * ```ts
 * const changes = compareDocuments(fixture, fixture);
 * changes.length;
 * //=> 0
 * ```
 * @group Scoring
 */
export function compareDocuments(a: NewsDocument, b: NewsDocument, options: AlignOptions = {}): DocumentChange[] {
  const alignment = alignDocuments(a, b, options);
  const toA = new Map<string, string>();
  const paired = new Map<EntityCollection, [Item, Item][]>();
  const itemsOf = (document: NewsDocument, collection: EntityCollection) => document[collection] as unknown as readonly Item[];
  for (const collection of ALIGNED_COLLECTIONS) {
    const aItems = new Map(itemsOf(a, collection).map((item) => [item.id, item]));
    const bItems = new Map(itemsOf(b, collection).map((item) => [item.id, item]));
    paired.set(
      collection,
      alignment[collection].pairs.map((pair) => [aItems.get(pair.goldId)!, bItems.get(pair.predictedId)!]),
    );
  }
  const inA = (id: unknown) => (typeof id === "string" ? (toA.get(id) ?? id) : undefined);
  const keys: Partial<Record<EntityCollection, (item: Item, side: "a" | "b") => string | undefined>> = {
    evidence: (item) => `${String(item.start)}:${String(item.end)}`,
    issues: (item) => normalizeName(String(item.name)),
    series: (item) => normalizeName(String(item.name)),
    posts: (item, side) => `${side === "a" ? String(item.holderId) : inA(item.holderId)}|${normalizeName(String(item.title))}`,
  };
  for (const pairs of paired.values()) for (const [x, y] of pairs) toA.set(y.id, x.id);
  // The posts' key reads holders, which are actors, already aligned.
  const others = entityCollections()
    .map((info) => info.key)
    .filter((key) => !(ALIGNED_COLLECTIONS as readonly string[]).includes(key));
  for (const collection of others) {
    const pairs = pairByKey(itemsOf(a, collection), itemsOf(b, collection), keys[collection] ?? (() => undefined));
    paired.set(collection, pairs);
    for (const [x, y] of pairs) toA.set(y.id, x.id);
  }

  // The second document, with its ids and references read in the first one's ids.
  const translated = structuredClone(b) as unknown as { [key: string]: Json };
  const edits: (() => void)[] = [];
  walkDocument(translated, {
    entity: ({ entity }) => edits.push(() => ((entity as { id: string }).id = inA(entity.id)!)),
    reference: (_site, id, path) =>
      edits.push(() => {
        let holder: Json = translated;
        for (const token of path.slice(0, -1)) holder = (holder as { [key: string]: Json })[token as string];
        (holder as { [key: string]: Json })[path.at(-1) as string] = inA(id);
      }),
  });
  for (const edit of edits) edit();

  const changes: DocumentChange[] = [];
  const diff = (collection: DocumentChange["collection"], id: string | undefined, path: (string | number)[], before: Json, after: Json) => {
    if (isObject(before) && isObject(after)) {
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) diff(collection, id, [...path, key], before[key], after[key]);
      return;
    }
    if (Array.isArray(before) && Array.isArray(after) && !(isPrimitiveList(before) && isPrimitiveList(after))) {
      for (let i = 0; i < Math.max(before.length, after.length); i++) diff(collection, id, [...path, i], before[i], after[i]);
      return;
    }
    if (isPrimitiveList(before) && isPrimitiveList(after)) {
      const left = new Set(before.map((value) => JSON.stringify(value)));
      const right = new Set(after.map((value) => JSON.stringify(value)));
      if (left.size === right.size && [...left].every((value) => right.has(value))) return;
    } else if (JSON.stringify(before) === JSON.stringify(after)) return;
    const where = pointer(path);
    const of = id === undefined ? "" : ` of ${id}`;
    const message =
      before === undefined
        ? `changed ${where}${of}: set to ${show(after)}`
        : after === undefined
          ? `changed ${where}${of}: ${show(before)} removed`
          : `changed ${where}${of}: ${show(before)} → ${show(after)}`;
    changes.push({ change: "changed", collection, id, path: where, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }), message });
  };

  diff("article", undefined, ["article"], a.article, translated.article);
  const translatedItems = (collection: EntityCollection) => new Map((translated[collection] as Item[]).map((item, index) => [b[collection][index]!.id as string, item]));
  for (const collection of entityCollections().map((info) => info.key)) {
    const pairs = paired.get(collection) ?? [];
    const aIndex = new Map(itemsOf(a, collection).map((item, index) => [item.id, index]));
    const bIndex = new Map(itemsOf(b, collection).map((item, index) => [item.id, index]));
    const inTranslated = translatedItems(collection);
    const pairedA = new Set(pairs.map(([x]) => x.id));
    const pairedB = new Set(pairs.map(([, y]) => y.id));
    for (const item of itemsOf(a, collection))
      if (!pairedA.has(item.id)) {
        const path = pointer([collection, aIndex.get(item.id)!]);
        changes.push({ change: "removed", collection, id: item.id, path, before: item, message: `removed from ${collection}: ${item.id} (${path})` });
      }
    for (const [x, y] of pairs) diff(collection, x.id, [collection, aIndex.get(x.id)!], x, inTranslated.get(y.id));
    for (const item of itemsOf(b, collection))
      if (!pairedB.has(item.id)) {
        const path = pointer([collection, bIndex.get(item.id)!]);
        changes.push({
          change: "added",
          collection,
          id: item.id,
          path,
          after: inTranslated.get(item.id),
          message: `added to ${collection}: ${item.id} (${path} of the second document)`,
        });
      }
  }
  diff("extensions", undefined, ["extensions"], (a as { extensions?: Json }).extensions, translated.extensions);
  return changes;
}
