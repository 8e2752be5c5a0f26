import type { EntityKind } from "../validate/entities.js";
import type { DocumentIndex, EntityOfKind } from "./index-document.js";

/** The objects of one kind that name `id` from `field`, each once, in document order. */
export function referrers<Kind extends EntityKind>(
  index: DocumentIndex,
  id: string,
  field: string,
  kind: Kind,
): EntityOfKind[Kind][] {
  const seen = new Set<unknown>();
  const found: EntityOfKind[Kind][] = [];
  for (const reference of index.references.get(id)?.get(field) ?? [])
    if (reference.from.kind === kind && !seen.has(reference.from.entity)) {
      seen.add(reference.from.entity);
      found.push(reference.from.entity as EntityOfKind[Kind]);
    }
  return found;
}
