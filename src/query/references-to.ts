import { ENTITY_COLLECTIONS } from "../validate/entities.js";
import type { DocumentIndex, IndexedReference } from "./index-document.js";

const RANK = new Map<string, number>(ENTITY_COLLECTIONS.map((collection, rank) => [collection, rank]));

/**
 * Lists every reference to an object: which objects name it, from which field, and
 * where; or only those from one field, such as `"positions/holderIds"`.
 *
 * @remarks The field is `"<collection>/<field>"` with indices left out:
 * `"meetings/participants/delegationId"`, `"meetings/place/evidenceIds"`. An id that
 * nothing names, or that names nothing, gives an empty list. References come in
 * document order.
 * @example
 * ```ts
 * referencesTo(index, "japan", "positions/holderIds").map((ref) => ref.pointer);
 * //=> ["/positions/0/holderIds/0", "/positions/1/holderIds/0", "/positions/3/holderIds/0", …]
 * ```
 * @group Queries
 */
export function referencesTo(index: DocumentIndex, id: string, field?: string): readonly IndexedReference[] {
  const byField = index.references.get(id);
  if (!byField) return [];
  if (field !== undefined) return byField.get(field) ?? [];
  return [...byField.values()]
    .flat()
    .sort((a, b) => RANK.get(a.from.path[0])! - RANK.get(b.from.path[0])! || a.from.path[1] - b.from.path[1]);
}
