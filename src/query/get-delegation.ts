import type { Delegation } from "../model/delegation.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a delegation by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getDelegation(index, "jp-delegation")?.representsId;
 * //=> "japan"
 * ```
 * @group Queries
 */
export function getDelegation(index: DocumentIndex, id: string): Delegation | undefined {
  return ofKind(index, id, ["delegation"]);
}
