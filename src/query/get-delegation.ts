import type { DelegationId } from "../model/id.js";
import type { Delegation } from "../model/delegation.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a delegation by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getDelegation(index, DelegationId.parse("jp-delegation"))?.representsId;
 * //=> "japan"
 * ```
 * @group Queries
 */
export function getDelegation(index: DocumentIndex, id: DelegationId): Delegation | undefined {
  return ofKind(index, id, ["delegation"]);
}
