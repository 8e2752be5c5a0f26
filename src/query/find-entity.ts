import type { DocumentIndex, FoundEntity } from "./index-document.js";

/**
 * Finds any object of a document by its id, with its kind: switch on `kind` and the
 * object's type narrows with it.
 *
 * @remarks Returns `undefined` for an id the document does not hold. Ids are unique
 * across the whole document, so one lookup answers for every kind. For an object of a
 * known kind, the typed getters ({@link getMeeting}, {@link getActor}…) say it shorter.
 * @example
 * ```ts
 * const found = findEntity(index, "kim-kye-gwan");
 * if (found?.kind === "person") found.entity.familyName;
 * //=> "Kim"
 * ```
 * @group Queries
 */
export function findEntity(index: DocumentIndex, id: string): FoundEntity | undefined {
  return index.entities.get(id);
}
