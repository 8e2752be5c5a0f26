import type { Happening } from "../model/happening.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a happening by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getHappening(index, "message-relay")?.kind;
 * //=> "message-relay"
 * ```
 * @group Queries
 */
export function getHappening(index: DocumentIndex, id: string): Happening | undefined {
  return ofKind(index, id, ["happening"]);
}
