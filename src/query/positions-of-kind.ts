import type { Position, PositionKind } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";

/**
 * Lists the positions of one kind (proposals, demands, denials…), in document order.
 * @example
 * ```ts
 * positionsOfKind(index, "denial").map((position) => position.holderIds);
 * //=> [["japan"]]
 * ```
 * @group Queries
 */
export function positionsOfKind(index: DocumentIndex, kind: PositionKind): readonly Position[] {
  return index.positionsByKind.get(kind) ?? [];
}
