import type { ActorId } from "../model/id.js";
import type { Person } from "../model/actor.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a person by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getPerson(index, ActorId.parse("kim-kye-gwan"))?.familyName;
 * //=> "Kim"
 * ```
 * @group Queries
 */
export function getPerson(index: DocumentIndex, id: ActorId): Person | undefined {
  return ofKind(index, id, ["person"]);
}
