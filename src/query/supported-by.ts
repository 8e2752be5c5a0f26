import type { DocumentIndex, IndexedReference } from "./index-document.js";
import { referencesTo } from "./references-to.js";

/**
 * Lists everything an evidence span supports: each object that cites it, the field
 * that does, and the path to it.
 *
 * @remarks A span cited from inside an object (a meeting's place, a delegation member,
 * an alias) is listed with the object that holds it and a `field` such as
 * `"place/evidenceIds"`. A span nothing cites gives an empty list.
 * @example
 * ```ts
 * supportedBy(index, "ev-s2-beijing").map((ref) => ref.pointer);
 * //=> ["/meetings/0/place/evidenceIds/0"]
 * ```
 * @group Queries
 */
export function supportedBy(index: DocumentIndex, evidenceId: string): readonly IndexedReference[] {
  return referencesTo(index, evidenceId);
}
