import type { Actor } from "../model/actor.js";
import type { CountExactness } from "../model/quantity.js";
import type { Attribution } from "../model/attribution.js";
import { DelegationMember, type Delegation } from "../model/delegation.js";
import type { Happening } from "../model/happening.js";
import type { Position } from "../model/position.js";
import { Post } from "../model/post.js";
import type { TalkSeries } from "../model/series.js";
import type { TimeExpression } from "../model/time.js";
import type { DocumentIndex, FoundEntity } from "../query/index-document.js";
import { ofKind } from "../query/of-kind.js";
import { referencesTo } from "../query/references-to.js";
import { sourcesOf } from "./_lib/certainty.js";
import { formatWhen } from "./_lib/format-when.js";
import { resolvedTimes } from "./_lib/resolved-times.js";
import { describeMeeting, nameAfterOf, nameOf, whenOf } from "./_lib/phrases.js";
import { joinWords, possessive, words } from "./_lib/words.js";

const COUNT_WORDS: { readonly [exactness in CountExactness]: string } = {
  exact: "",
  approximate: "about ",
  "at-least": "at least ",
  "at-most": "at most ",
};

function describePosition(index: DocumentIndex, position: Position): string {
  const holders = joinWords(position.holderIds.map((id) => nameOf(index, id)));
  let line = `${possessive(holders)} ${position.stance ? `${position.stance} ` : ""}${position.kind}`;
  if (position.voicedById !== undefined) line += `, voiced by ${nameOf(index, position.voicedById)}`;
  if (position.addresseeIds?.length) line += `${position.voicedById === undefined ? ", addressed" : ""} to ${joinWords(position.addresseeIds.map((id) => nameOf(index, id)))}`;
  const answered = position.answersId === undefined ? undefined : ofKind(index, position.answersId, ["position"]);
  if (answered) line += `, answering ${possessive(joinWords(answered.holderIds.map((id) => nameOf(index, id))))} ${answered.kind}`;
  // Who the article has it from; a position it states in its own voice has no source to give.
  const sources = sourcesOf(index, position);
  return `${line}: ${position.content}${sources.length > 0 ? ` (${sources.join("; ")})` : ""}`;
}

function describeHappening(index: DocumentIndex, happening: Happening): string {
  const parts = [`${words(happening.kind)}: ${happening.description.replace(/\.$/, "")}`];
  const when = whenOf(index, happening.timeId);
  // "repatriated in October 2002" says when already: the time is not said twice.
  if (when && !happening.description.includes(when)) parts.push(when);
  if (happening.placeId !== undefined) parts.push(nameOf(index, happening.placeId));
  const sources = sourcesOf(index, happening);
  return `${parts.join(", ")} (${sources.length > 0 ? sources.join("; ") : "stated"})`;
}

function describeActor(index: DocumentIndex, actor: Actor): string {
  switch (actor.kind) {
    case "person": {
      const roles = [
        ...referencesTo(index, actor.id, Post, "holderId").map((ref) => {
          const post = ref.from.entity as { title: string; organizationId: string };
          return `${post.title} of ${nameAfterOf(index, post.organizationId)}`;
        }),
        ...referencesTo(index, actor.id, DelegationMember, "personId").map((ref) => {
          const delegation = ref.from.entity as Delegation;
          return `${words(delegation.members[ref.path[3] as number]!.role)} of ${delegation.name}`;
        }),
      ];
      return roles.length > 0 ? `${actor.name}, ${roles.join("; ")}` : `${actor.name} (person)`;
    }
    case "state":
      return `${actor.name} (state)`;
    case "organization":
      return `${actor.name} (${actor.organizationKind}${actor.parentId === undefined ? "" : ` of ${nameAfterOf(index, actor.parentId)}`})`;
    case "counted-group":
      return `${actor.name} (${actor.count ? `group of ${COUNT_WORDS[actor.count.exactness]}${actor.count.value}` : "group"}: ${actor.criterion})`;
    case "unnamed-source":
      return `${actor.name} (unnamed source${actor.affiliationId === undefined ? "" : ` of ${nameOf(index, actor.affiliationId)}`})`;
  }
}

function describeAttribution(index: DocumentIndex, attribution: Attribution): string {
  let line = attribution.certainty;
  if (attribution.sourceId !== undefined) line += ` by ${nameOf(index, attribution.sourceId)}`;
  const when = whenOf(index, attribution.saidAtId);
  if (when) line += `, ${when}`;
  const outer = attribution.withinId === undefined ? undefined : ofKind(index, attribution.withinId, ["attribution"]);
  return outer ? `${line}, within: ${describeAttribution(index, outer)}` : line;
}

function describeTime(index: DocumentIndex, time: TimeExpression): string {
  const known = resolvedTimes(index.document).get(time.id);
  return known?.interval
    ? `"${time.text}": ${formatWhen(known.interval, time)}`
    : `"${time.text}" (not resolved${known?.problem ? `: ${known.problem}` : ""})`;
}

/**
 * The kind of a series and its parties. Multilateral talks have three parties or more and
 * a report seldom names them all, so their parties are said to be included, not listed.
 */
function describeSeriesParties(index: DocumentIndex, series: TalkSeries): string {
  if (series.partyIds.length === 0) return `${series.kind} talks`;
  const parties = joinWords(series.partyIds.map((id) => nameOf(index, id)));
  return series.kind === "bilateral" ? `bilateral talks between ${parties}` : `multilateral talks whose parties include ${parties}`;
}

function describeFound(index: DocumentIndex, found: FoundEntity): string {
  switch (found.kind) {
    case "meeting":
      return describeMeeting(index, found.entity);
    case "position":
      return describePosition(index, found.entity);
    case "happening":
      return describeHappening(index, found.entity);
    case "attribution":
      return describeAttribution(index, found.entity);
    case "time":
      return describeTime(index, found.entity);
    case "post":
      return `${nameOf(index, found.entity.holderId)}, ${found.entity.title} of ${nameAfterOf(index, found.entity.organizationId)}`;
    case "delegation": {
      const members = found.entity.members.map((member) => `${words(member.role)} ${nameOf(index, member.personId)}`);
      return `${found.entity.name}, representing ${nameOf(index, found.entity.representsId)}${members.length ? `: ${members.join(", ")}` : ""}`;
    }
    case "series":
      return `${found.entity.name} (${describeSeriesParties(index, found.entity)})`;
    case "issue":
      return found.entity.parentId === undefined ? found.entity.name : `${found.entity.name}, part of ${nameOf(index, found.entity.parentId)}`;
    case "evidence":
      return `"${found.entity.quote}" at [${found.entity.start}, ${found.entity.end})`;
    case "place":
      return found.entity.kind === undefined ? found.entity.name : `${found.entity.name} (${found.entity.kind})`;
    default:
      return describeActor(index, found.entity);
  }
}

/**
 * Describes any object of a document in one line of plain English, such as
 * "informal bilateral meeting of the deputy heads of the Japanese and North Korean
 * delegations, Beijing, Wednesday 25 February 2004, night".
 *
 * @remarks
 * - A meeting: formality, kind, who took part (delegations by the demonym of the state
 *   they represent, at the level `attendedBy` gives), place and time; a status other than
 *   `held` in brackets. A multilateral meeting is named by its label, and those who took
 *   part are said to be among its participants, since a report seldom names them all.
 * - A position: its holders, kind, voice, addressees, the position it answers, and its
 *   content. A happening: its kind, description, time, place and certainty.
 * - A person: their posts and places in delegations. Other actors, posts, delegations,
 *   series, issues, times, attributions and evidence spans say what they are; the
 *   parties of a multilateral series are said to be included, not listed.
 *
 * Times are the stored `resolved` interval, else the one {@link resolveTime} works out,
 * written in the event's own zone whatever the machine's. Returns `undefined` for an id
 * that names nothing in the document.
 * @example
 * ```ts
 * describeEntity(indexDocument(japanNorthKorea2004), "deputies-meeting");
 * //=> "informal bilateral meeting of the deputy heads of the Japanese and North Korean delegations, Beijing, Wednesday 25 February 2004, night"
 * ```
 * @group Describe
 */
export function describeEntity(index: DocumentIndex, id: string): string | undefined {
  const found = index.entities.get(id);
  return found && describeFound(index, found);
}
