import type { Delegation, DelegationRole } from "../../model/delegation.js";
import type { Meeting } from "../../model/meeting.js";
import type { ResolvedInterval, TimeExpression } from "../../model/time.js";
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

/**
 * A name as prose writes it after "of": an organisation's with "the" ("of the North Korean
 * Foreign Ministry"), any other as it is ("of Japan").
 */
export function nameAfterOf(index: DocumentIndex, id: string): string {
  const name = nameOf(index, id);
  const found = index.entities.get(id);
  return found?.kind === "organization" && !/^the\s/i.test(name) ? `the ${name}` : name;
}

/** Whether the article gives a time only roughly: a length of time, or a value marked approximate. */
function isRough(time: TimeExpression): boolean {
  if (time.kind === "duration") return true;
  const values = time.kind === "point" ? [time.value] : time.kind === "choice" ? time.options : [];
  return values.some((value) => value.modifier === "approximate");
}

/**
 * When, in words. A time the article gives exactly is its interval in words ("October
 * 2002"); a length of time or an approximate one is the article's own words first, and
 * the interval after them as derived, not stated: `about "24 years" ending October 2002
 * (derived: October 1977 – October 2002)`.
 */
export function whenWords(index: DocumentIndex, time: TimeExpression, interval: ResolvedInterval | undefined): string {
  if (!interval) return `"${time.text}"`;
  const range = formatWhen(interval, time);
  if (!isRough(time)) return range;
  const about = time.kind === "duration" && time.duration.approximate ? "about " : "";
  const anchor = time.kind === "duration" && time.anchorId !== undefined ? ofKind(index, time.anchorId, ["time"]) : undefined;
  const anchorInterval = anchor && resolvedTimes(index.document).get(anchor.id)?.interval;
  const measured =
    time.kind === "duration" && anchor && anchorInterval
      ? ` ${time.anchorRelation === "starts-at" ? "from" : "ending"} ${formatWhen(anchorInterval, anchor)}`
      : "";
  return `${about}"${time.text}"${measured} (derived: ${range})`;
}

export function whenOf(index: DocumentIndex, timeId: string | undefined): string | undefined {
  const time = timeId === undefined ? undefined : ofKind(index, timeId, ["time"]);
  if (!time) return undefined;
  return whenWords(index, time, resolvedTimes(index.document).get(time.id)?.interval);
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
  // A part says what it is part of; the whole says where it is held and how many parts it has.
  const whole = meeting.partOfId === undefined ? undefined : ofKind(index, meeting.partOfId, ["meeting"]);
  const sidelines = meeting.sidelinesOfId === undefined ? undefined : ofKind(index, meeting.sidelinesOfId, ["meeting"]);
  if (whole) parts.push(`part of ${/^the\s/i.test(whole.label) ? whole.label : `the ${whole.label}`}`);
  else if (sidelines) parts.push(`on the sidelines of ${sidelines.label}`);
  const pieces = index.document.meetings.filter((other) => other.partOfId === meeting.id).length;
  if (pieces > 0) parts.push(`made up of ${pieces} meeting${pieces === 1 ? "" : "s"}`);
  if (meeting.placeId !== undefined) parts.push(nameOf(index, meeting.placeId));
  const when = whenOf(index, meeting.timeId);
  if (when) parts.push(when);
  const line = parts.join(", ");
  return meeting.status === "held" || !withStatus ? line : `${line} (${words(meeting.status)})`;
}

