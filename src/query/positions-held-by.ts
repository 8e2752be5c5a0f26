import { Delegation } from "../model/delegation.js";
import { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { referrers } from "./referrers.js";

/**
 * Options for {@link positionsHeldBy}.
 * @group Queries
 */
export interface PositionsHeldByOptions {
  /** Also count the positions held by the delegations that represent the party (default `false`). */
  readonly throughDelegations?: boolean;
}

/**
 * Lists the positions a state, organisation or delegation holds, in document order.
 *
 * @remarks The holder is who a position belongs to, not who voiced it (see
 * {@link positionsVoicedBy}). With `throughDelegations`, a state's positions include
 * those its delegations hold. An id that holds nothing gives an empty list.
 * @example
 * ```ts
 * positionsHeldBy(index, "japan").map((position) => position.kind);
 * //=> ["demand", "proposal", "proposal", "agreement", "demand", "denial"]
 * ```
 * @group Queries
 */
export function positionsHeldBy(index: DocumentIndex, partyId: string, options: PositionsHeldByOptions = {}): Position[] {
  const own = referrers(index, partyId, Position, "holderIds", "position");
  if (!options.throughDelegations) return own;
  const all = new Set(own);
  for (const delegation of referrers(index, partyId, Delegation, "representsId", "delegation"))
    for (const position of referrers(index, delegation.id, Position, "holderIds", "position")) all.add(position);
  return index.document.positions.filter((position) => all.has(position));
}
