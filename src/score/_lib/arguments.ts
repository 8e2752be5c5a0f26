// The arguments of a document's facts, as tuples that can be counted against another's.
import type { NewsDocument } from "../../model/document.js";
import { meetingParties } from "./facts.js";
import { normalizeName } from "../../query/_lib/names.js";

/** One argument of one fact: which fact, of what kind, in which role, with which value. */
export interface FactArgument {
  readonly collection: "meetings" | "positions" | "happenings";
  readonly factId: string;
  readonly kind: string;
  readonly role: string;
  readonly value: string;
}

/**
 * Every argument of every meeting, position and happening of a document, with each id
 * read through `map` (the identity for the gold document; the alignment for a prediction).
 */
export function factArguments(document: NewsDocument, map: (id: string) => string): FactArgument[] {
  const found: FactArgument[] = [];
  const add = (collection: FactArgument["collection"], factId: string, kind: string | undefined, role: string, values: readonly (string | undefined)[]) => {
    for (const value of values) if (value !== undefined) found.push({ collection, factId, kind: kind ?? "", role, value });
  };
  for (const meeting of document.meetings) {
    add("meetings", meeting.id, meeting.kind, "participants", meetingParties(meeting).map(map));
    add("meetings", meeting.id, meeting.kind, "time", [meeting.timeId && map(meeting.timeId)]);
    add("meetings", meeting.id, meeting.kind, "place", [meeting.placeId && map(meeting.placeId)]);
  }
  for (const position of document.positions) {
    add("positions", position.id, position.kind, "holder", position.holderIds.map(map));
    add("positions", position.id, position.kind, "voice", [position.voicedById && map(position.voicedById)]);
    add("positions", position.id, position.kind, "addressee", (position.addresseeIds ?? []).map(map));
    add("positions", position.id, position.kind, "action", (position.actions ?? []).map((action) => action.act ?? normalizeName(action.verb)));
    add("positions", position.id, position.kind, "time", [position.timeId && map(position.timeId)]);
    add("positions", position.id, position.kind, "place", [position.placeId && map(position.placeId)]);
  }
  for (const happening of document.happenings) {
    add("happenings", happening.id, happening.kind, "participants", happening.participants.map((participant) => `${participant.role}=${map(participant.actorId)}`));
    add("happenings", happening.id, happening.kind, "time", [happening.timeId && map(happening.timeId)]);
    add("happenings", happening.id, happening.kind, "place", [happening.placeId && map(happening.placeId)]);
  }
  return found;
}

/** How many items two lists of keys share, counting repeats (the size of their multiset intersection). */
export function sharedCount(gold: readonly string[], predicted: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const key of gold) counts.set(key, (counts.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of predicted) {
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(key, left - 1);
    }
  }
  return shared;
}
