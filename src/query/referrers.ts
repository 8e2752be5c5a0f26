import type { EntityKind } from "../validate/entities.js";
import type { DocumentIndex, EntityOfKind } from "./index-document.js";

/**
 * The objects of one kind that name `id` from `field`, each once, in document order.
 *
 * @remarks The index lists references in document order, object by object, so the
 * references of one object in one field stand next to each other: comparing each
 * object with the last one taken is enough to take it once. A set would do the same,
 * but building one per call cost more than the rest of the query together, and more
 * the larger the document's heap.
 */
export function referrers<Kind extends EntityKind>(
  index: DocumentIndex,
  id: string,
  field: string,
  kind: Kind,
): EntityOfKind[Kind][] {
  const found: EntityOfKind[Kind][] = [];
  const references = index.references.get(id)?.get(field);
  if (references === undefined) return found;
  let last: unknown;
  for (let i = 0; i < references.length; i++) {
    const from = references[i]!.from;
    if (from.kind !== kind || from.entity === last) continue;
    last = from.entity;
    found.push(from.entity as EntityOfKind[Kind]);
  }
  return found;
}
