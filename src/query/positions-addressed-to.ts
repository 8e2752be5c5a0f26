import { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { referrers } from "./referrers.js";

/**
 * Lists the positions addressed to an actor or a delegation, in document order.
 *
 * @remarks Reads `addresseeIds` only: a position that asks an actor to act without
 * being addressed to them is not listed. An id no position is addressed to gives an
 * empty list.
 * @example
 * ```ts
 * positionsAddressedTo(index, "north-korea").map((position) => position.id);
 * //=> ["pos-families-travel-demand", "pos-repeated-demand"]
 * ```
 * @group Queries
 */
export function positionsAddressedTo(index: DocumentIndex, partyId: string): Position[] {
  return referrers(index, partyId, Position, "addresseeIds", "position");
}
