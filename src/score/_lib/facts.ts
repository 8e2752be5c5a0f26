// What facts of two documents are compared by.
import type { Meeting } from "../../model/meeting.js";
import type { ResolvedInterval, TimeExpression } from "../../model/time.js";
import { intervalsOverlap } from "../../time/intervals-overlap.js";
import { normalizeName } from "../../query/_lib/names.js";

/** Whether two time expressions can mean the same moment: their intervals share an instant, or, unresolved, they say the same words. */
export function timesCompatible(
  gold: TimeExpression,
  goldInterval: ResolvedInterval | undefined,
  predicted: TimeExpression,
  predictedInterval: ResolvedInterval | undefined,
): boolean {
  if (goldInterval && predictedInterval) return intervalsOverlap(goldInterval, predictedInterval);
  return normalizeName(gold.text) === normalizeName(predicted.text);
}

/** The parties of a meeting: its participating delegations and actors. */
export function meetingParties(meeting: Meeting): string[] {
  return meeting.participants.map((participant) => (participant.kind === "delegation" ? participant.delegationId : participant.actorId));
}

