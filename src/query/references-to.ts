import type * as z from "zod";
import { referenceSitesOf } from "../validate/reference-graph.js";
import type { DocumentIndex, IndexedReference } from "./index-document.js";

/**
 * Lists every reference to an object: which objects name it, from which field, and
 * where; or, given an object schema and one of its keys, only those from that field.
 *
 * @remarks The field is named by its schema and key (`Position, "holderIds"`,
 * `DelegationParticipant, "delegationId"`), so a mistyped field does not compile. An
 * id that nothing names, or that names nothing, gives an empty list. References come
 * in document order.
 * @example
 * ```ts
 * referencesTo(index, "japan", Position, "holderIds").map((ref) => ref.pointer);
 * //=> ["/positions/0/holderIds/0", "/positions/1/holderIds/0", "/positions/3/holderIds/0", …]
 * ```
 * @group Queries
 */
export function referencesTo<Holder extends z.ZodObject>(
  index: DocumentIndex,
  id: string,
  ...field: [] | [holder: Holder, key: keyof Holder["shape"] & string]
): readonly IndexedReference[] {
  const all = index.references.get(id) ?? [];
  if (field.length === 0) return all;
  const sites = referenceSitesOf(field[0], field[1]);
  return all.filter((reference) => sites.includes(reference.site));
}
