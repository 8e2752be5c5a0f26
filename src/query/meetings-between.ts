import type { Meeting } from "../model/meeting.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Lists the meetings, held or planned, at which two actors or delegations both take
 * part, in document order.
 *
 * @remarks
 * Who takes part in a meeting, for this query:
 * - an actor or delegation named as a participant, in any role (party, host,
 *   mediator, observer);
 * - a delegation that takes part, the state or organisation it represents, and those
 *   of its members the participant's `attendedBy` names (all members where it is
 *   absent): the deputy chiefs' meeting is between Japan and North Korea, and between
 *   Saiki and Li, but not between Yabunaka and Kim;
 * - an actor who came with a delegation (`delegationId`): that delegation and what it
 *   represents;
 * - a delegation whose `attendsIds` lists the meeting: with all its members.
 *
 * A person is not taken to stand for their state outside a delegation. Asking about an
 * actor and itself lists every meeting it takes part in.
 * @example
 * ```ts
 * meetingsBetween(index, "japan", "north-korea").map((meeting) => meeting.id);
 * //=> ["six-party-round", "next-round", "sidelines-discussions", "deputies-meeting", "chiefs-talks"]
 * ```
 * @group Queries
 */
export function meetingsBetween(index: DocumentIndex, a: string, b: string): Meeting[] {
  const ofA = index.meetingsByParty.get(a);
  const ofB = index.meetingsByParty.get(b);
  if (!ofA || !ofB) return [];
  const meetings: Meeting[] = [];
  for (const id of ofA) {
    const meeting = ofB.has(id) ? ofKind(index, id, ["meeting"]) : undefined;
    if (meeting) meetings.push(meeting);
  }
  return meetings.sort((x, y) => index.entities.get(x.id)!.path[1] - index.entities.get(y.id)!.path[1]);
}
