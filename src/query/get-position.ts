import type { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a negotiating position by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getPosition(index, "pos-li-response")?.stance;
 * //=> "positive"
 * ```
 * @group Queries
 */
export function getPosition(index: DocumentIndex, id: string): Position | undefined {
  return ofKind(index, id, ["position"]);
}
