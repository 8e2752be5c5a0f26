import type { NewsDocument } from "../model/document.js";
import { isInferred } from "../model/inference.js";
import { indexDocument, type DocumentIndex } from "../query/index-document.js";
import { ofKind } from "../query/of-kind.js";
import { responseThread, type ResponseThread } from "../query/response-thread.js";
import { certaintyOf } from "./_lib/certainty.js";
import { formatDay } from "./_lib/format-when.js";
import { describeMeeting } from "./_lib/phrases.js";
import { words } from "./_lib/words.js";
import { describeEntity } from "./describe-entity.js";
import { timeline } from "./timeline.js";

function section(title: string, lines: readonly string[], bullet = "  - "): string[] {
  return lines.length === 0 ? [] : ["", `${title} (${lines.length})`, ...lines.map((line) => `${bullet}${line}`)];
}

function articleLines(document: NewsDocument): string[] {
  const article = document.article;
  const lines = [article.headline ?? "(no headline)"];
  const published = [article.publisher, article.published && `published ${formatDay(article.published)}`].filter(Boolean);
  if (published.length > 0) lines.push(published.join(", "));
  if (article.referenceDate !== undefined)
    lines.push(
      `Reference date: ${formatDay(article.referenceDate)}${isInferred(article, "/referenceDate") ? " (inferred, not stated)" : ""}`,
    );
  if (article.url !== undefined) lines.push(article.url);
  return lines;
}

function threadLines(index: DocumentIndex, thread: ResponseThread): string[] {
  const lead = thread.depth === 0 ? "  - " : `  ${"    ".repeat(thread.depth)}↳ `;
  return [
    `${lead}${describeEntity(index, thread.position.id)}`,
    ...thread.responses.flatMap((reply) => threadLines(index, reply)),
  ];
}

/**
 * Summarizes a whole document in plain text: the article's headline, publisher and
 * dates; then the actors, delegations, meetings with their status, positions as threads
 * of answers, happenings with how sure each is, and a timeline.
 *
 * @remarks
 * Each object is one line, as {@link describeEntity} writes it. Positions that answer another
 * are indented under it; a reference date the article does not state is marked as
 * inferred. Sections with nothing in them are left out. The text ends without a newline.
 * @example
 * ```ts
 * console.log(summarize(japanNorthKorea2004));
 * // (no headline)
 * // Reference date: Thursday 26 February 2004 (inferred, not stated)
 * //
 * // Actors (16)
 * //   - Japan (state)
 * // …
 * // Meetings (5)
 * //   - [held] informal bilateral meeting of the deputy heads of the Japanese and North Korean delegations, Beijing, Wednesday 25 February 2004, night
 * // …
 * ```
 * @group Describe
 */
export function summarize(source: NewsDocument | DocumentIndex): string {
  const index = "entities" in source ? source : indexDocument(source);
  const document = index.document;
  const line = (id: string) => describeEntity(index, id)!;
  const roots = document.positions.filter(
    (position) => position.answersId === undefined || !ofKind(index, position.answersId, ["position"]),
  );
  return [
    ...articleLines(document),
    ...section("Actors", document.actors.map((actor) => line(actor.id))),
    ...section("Delegations", document.delegations.map((delegation) => line(delegation.id))),
    ...section("Series of talks", document.series.map((series) => line(series.id))),
    ...section("Meetings", document.meetings.map((meeting) => `[${words(meeting.status)}] ${describeMeeting(index, meeting, false)}`)),
    ...section("Positions", roots.flatMap((root) => threadLines(index, responseThread(index, root.id)!)), ""),
    ...section("Happenings", document.happenings.map((happening) => line(happening.id))),
    ...section("Issues", document.issues.map((issue) => line(issue.id))),
    ...section(
      "Timeline",
      timeline(index).map(
        (entry) =>
          `${entry.when} ${entry.interval ? `[${entry.interval.start} to ${entry.interval.end})` : "(unresolved)"} ${entry.mode}: ${entry.what}`,
      ),
    ),
  ].join("\n");
}
