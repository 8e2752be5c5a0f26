import type { NewsDocument } from "../model/document.js";
import type { DocumentTable } from "./document-table.js";
import type { Problem } from "./problem.js";

/**
 * Checks that ids are unique across the document: each object whose id an earlier
 * object already has is a `duplicate-id` problem at its `id`.
 * @example
 * ```ts
 * checkIds(document, tabulateDocument(document));
 * //=> []
 * ```
 * @group Validation
 */
export function checkIds(_document: NewsDocument, table: DocumentTable): Problem[] {
  return [...table.duplicates];
}
