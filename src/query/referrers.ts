import type { EntityKind } from "../validate/entities.js";
import type { DocumentIndex, EntityOfKind } from "./index-document.js";

/**
 * The objects of one kind that name `id` from `field`, each once, in document order:
 * read from the index's `referrersByField`, which lists them so when the index is built.
 */
export function referrers<Kind extends EntityKind>(
  index: DocumentIndex,
  id: string,
  field: string,
  kind: Kind,
): EntityOfKind[Kind][] {
  const found: EntityOfKind[Kind][] = [];
  const listed = index.referrersByField.get(field)?.get(id);
  if (listed === undefined) return found;
  for (let i = 0; i < listed.length; i++) {
    const from = listed[i]!;
    if (from.kind === kind) found.push(from.entity as EntityOfKind[Kind]);
  }
  return found;
}
