import { DelegationMember, type Delegation, type DelegationRole } from "../model/delegation.js";
import type { DocumentIndex } from "./index-document.js";
import { referencesTo } from "./references-to.js";

/**
 * A person's place in one delegation.
 * @group Queries
 */
export interface DelegationPlace {
  /** The delegation. */
  readonly delegation: Delegation;
  /** The person's role in it. */
  readonly role: DelegationRole;
  /** The member entry itself, with its evidence and inference marks. */
  readonly member: DelegationMember;
}

/**
 * Lists the delegations a person is a member of, with their role in each, in document
 * order.
 * @example
 * ```ts
 * delegationRolesOf(index, "akitaka-saiki").map((place) => `${place.role} of ${place.delegation.name}`);
 * //=> ["deputy-head of the Japanese delegation"]
 * ```
 * @group Queries
 */
export function delegationRolesOf(index: DocumentIndex, personId: string): DelegationPlace[] {
  const places: DelegationPlace[] = [];
  for (const reference of referencesTo(index, personId, DelegationMember, "personId")) {
    const delegation = reference.from.entity as Delegation;
    const member = delegation.members[reference.path[3] as number]!;
    places.push({ delegation, role: member.role, member });
  }
  return places;
}
