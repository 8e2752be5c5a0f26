import type { Person } from "../model/actor.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a person by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getPerson(index, "kim-kye-gwan")?.familyName;
 * //=> "Kim"
 * ```
 * @group Queries
 */
export function getPerson(index: DocumentIndex, id: string): Person | undefined {
  return ofKind(index, id, ["person"]);
}
