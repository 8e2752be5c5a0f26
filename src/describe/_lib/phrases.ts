import type { Delegation, DelegationRole } from "../../model/delegation.js";
import type { Meeting } from "../../model/meeting.js";
import type { DocumentIndex } from "../../query/index-document.js";
import { ACTOR_KINDS, ofKind } from "../../query/of-kind.js";
import { formatWhen } from "./format-when.js";
import { resolvedTimes } from "./resolved-times.js";
import { joinWords, words } from "./words.js";

const ROLE_NAMES: { readonly [role in DelegationRole]: readonly [one: string, many: string] } = {
  head: ["head", "heads"],
  "deputy-head": ["deputy head", "deputy heads"],
  member: ["members", "members"],
};

export function nameOf(index: DocumentIndex, id: string): string {
  const found = index.entities.get(id)?.entity as { readonly name?: unknown } | undefined;
  return typeof found?.name === "string" ? found.name : id;
}

export function whenOf(index: DocumentIndex, timeId: string | undefined): string | undefined {
  const time = timeId === undefined ? undefined : ofKind(index, timeId, ["time"]);
  if (!time) return undefined;
  const known = resolvedTimes(index.document).get(time.id);
  return known?.interval ? formatWhen(known.interval, time) : `"${time.text}"`;
}

// "Japanese" from the demonym of the state a delegation represents, else from its name.
function adjectiveOf(index: DocumentIndex, delegation: Delegation): string {
  const represented = ofKind(index, delegation.representsId, ACTOR_KINDS);
  const demonym = represented?.aliases?.find((alias) => alias.kind === "demonym");
  if (demonym) return demonym.text;
  return delegation.name.replace(/^the\s+/i, "").replace(/(?<!\s)\s+delegation$/i, "");
}

function participantsPhrase(index: DocumentIndex, meeting: Meeting): string {
  const groups = new Map<string, Delegation[]>();
  const actors: string[] = [];
  for (const participant of meeting.participants) {
    if (participant.kind === "actor") {
      actors.push(nameOf(index, participant.actorId));
      continue;
    }
    const delegation = ofKind(index, participant.delegationId, ["delegation"]);
    if (!delegation) continue;
    const key = (participant.attendedBy ?? []).join(",");
    groups.set(key, [...(groups.get(key) ?? []), delegation]);
  }
  const phrases = [...groups].map(([key, delegations]) => {
    const many = delegations.length > 1;
    const team = `the ${joinWords(delegations.map((delegation) => adjectiveOf(index, delegation)))} delegation${many ? "s" : ""}`;
    if (key === "") return team;
    const roles = key.split(",").map((role) => ROLE_NAMES[role as DelegationRole][many ? 1 : 0]);
    return `the ${joinWords(roles)} of ${team}`;
  });
  return joinWords([...phrases, ...actors]);
}

/** One line for a meeting; its status in brackets unless it was held, or unless `withStatus` is false. */
export function describeMeeting(index: DocumentIndex, meeting: Meeting, withStatus = true): string {
  const who = participantsPhrase(index, meeting);
  // A report seldom names every party to multilateral talks, so those it names are said to
  // be among the participants, and the meeting's label says which talks they are.
  const label = `"${meeting.label}"`;
  let named = label;
  if (who) named = meeting.kind === "multilateral" ? `${label}, with ${who} among its participants` : `of ${who}`;
  const parts = [[meeting.formality, meeting.kind, "meeting", named].filter((part) => part !== undefined).join(" ")];
  if (meeting.placeId !== undefined) parts.push(nameOf(index, meeting.placeId));
  const when = whenOf(index, meeting.timeId);
  if (when) parts.push(when);
  const line = parts.join(", ");
  return meeting.status === "held" || !withStatus ? line : `${line} (${words(meeting.status)})`;
}

