import { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { referrers } from "./referrers.js";

/**
 * Lists the positions a person voiced, in document order.
 *
 * @remarks The voice is who said it; the holder, who it belongs to. Saiki voiced a
 * proposal that Japan holds. An id that voiced nothing gives an empty list.
 * @example
 * ```ts
 * positionsVoicedBy(index, "akitaka-saiki").map((position) => position.kind);
 * //=> ["proposal"]
 * ```
 * @group Queries
 */
export function positionsVoicedBy(index: DocumentIndex, personId: string): Position[] {
  return referrers(index, personId, Position, "voicedById", "position");
}
