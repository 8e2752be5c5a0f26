import type { Actor, Person } from "../model/actor.js";
import type { Delegation, DelegationRole } from "../model/delegation.js";
import type { MeetingParticipant, ParticipantRole } from "../model/meeting.js";
import type { DocumentIndex } from "./index-document.js";
import { ACTOR_KINDS, ofKind } from "./of-kind.js";

/**
 * A person who attended a meeting, and their place in their delegation.
 * @group Queries
 */
export interface Attendee {
  /** The person. */
  readonly person: Person;
  /** Their role in the delegation they came with; `undefined` where they came with none, or the delegation does not list them. */
  readonly delegationRole: DelegationRole | undefined;
}

/**
 * One participant of a meeting, resolved: the delegation or actor, what it stands for,
 * and the people who attended for it.
 * @group Queries
 */
export interface ResolvedParticipant {
  /** The participant entry as the meeting gives it. */
  readonly participant: MeetingParticipant;
  /** Its part in the meeting: party, host, mediator or observer. */
  readonly role: ParticipantRole;
  /** The delegation that took part, or that the actor came with. */
  readonly delegation: Delegation | undefined;
  /** The actor that took part, or, for a delegation, the state or organisation it represents. */
  readonly actor: Actor | undefined;
  /** The people who attended for it: a delegation's members in the roles `attendedBy` names (all where absent); an actor who is a person. */
  readonly people: readonly Attendee[];
}

/**
 * Lists who took part in a meeting, resolving each delegation to the people who
 * attended for it.
 *
 * @remarks "The deputy chiefs of the Japanese and North Korean delegations met" gives
 * two participants, each a delegation with `attendedBy: ["deputy-head"]`, resolved to
 * the deputy head of each. A delegation that lists nobody in those roles resolves to no
 * people; its `actor` still says whom it represents. An id that names no meeting gives
 * an empty list.
 * @example
 * ```ts
 * participantsOf(index, "deputies-meeting").flatMap((p) => p.people.map((a) => a.person.name));
 * //=> ["Akitaka Saiki", "Li Gun"]
 * ```
 * @group Queries
 */
export function participantsOf(index: DocumentIndex, meetingId: string): ResolvedParticipant[] {
  const meeting = ofKind(index, meetingId, ["meeting"]);
  if (!meeting) return [];
  return meeting.participants.map((participant) => {
    const delegation = participant.delegationId === undefined ? undefined : ofKind(index, participant.delegationId, ["delegation"]);
    if (participant.kind === "delegation") {
      const people: Attendee[] = [];
      for (const member of delegation?.members ?? []) {
        const person = ofKind(index, member.personId, ["person"]);
        if (person && (!participant.attendedBy || participant.attendedBy.includes(member.role)))
          people.push({ person, delegationRole: member.role });
      }
      const actor = delegation ? ofKind(index, delegation.representsId, ACTOR_KINDS) : undefined;
      return { participant, role: participant.role, delegation, actor, people };
    }
    const actor = ofKind(index, participant.actorId, ACTOR_KINDS);
    const people: Attendee[] =
      actor?.kind === "person"
        ? [{ person: actor, delegationRole: delegation?.members.find((member) => member.personId === actor.id)?.role }]
        : [];
    return { participant, role: participant.role, delegation, actor, people };
  });
}
