import type { PositionId } from "../model/id.js";
import type { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a negotiating position by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getPosition(index, PositionId.parse("pos-li-response"))?.stance;
 * //=> "positive"
 * ```
 * @group Queries
 */
export function getPosition(index: DocumentIndex, id: PositionId): Position | undefined {
  return ofKind(index, id, ["position"]);
}
