import type { HappeningId } from "../model/id.js";
import type { Happening } from "../model/happening.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a happening by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getHappening(index, HappeningId.parse("message-relay"))?.kind;
 * //=> "message-relay"
 * ```
 * @group Queries
 */
export function getHappening(index: DocumentIndex, id: HappeningId): Happening | undefined {
  return ofKind(index, id, ["happening"]);
}
