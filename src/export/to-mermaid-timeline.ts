import type { NewsDocument } from "../model/document.js";
import type { ResolvedInterval } from "../model/time.js";
import { timelineText } from "./_lib/mermaid-text.js";

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The period an interval covers, as short as it can be said: a day, a month, or a range of either. */
function periodOf(interval: ResolvedInterval): string {
  const first = interval.start.slice(0, 10);
  const endsAtMidnight = interval.end.slice(11, 19) === "00:00:00";
  const last = endsAtMidnight ? dayBefore(interval.end.slice(0, 10)) : interval.end.slice(0, 10);
  if (first === last) return first;
  const wholeMonths = first.endsWith("-01") && endsAtMidnight && interval.end.slice(8, 10) === "01";
  if (wholeMonths) return first.slice(0, 7) === last.slice(0, 7) ? first.slice(0, 7) : `${first.slice(0, 7)} to ${last.slice(0, 7)}`;
  return `${first} to ${last}`;
}

/**
 * Renders a document's meetings, positions and happenings as a Mermaid timeline, in
 * the order of their times, each under the period its time covers.
 *
 * @remarks
 * Reads the `resolved` intervals stored on the document's time expressions (fill them in
 * with the time helpers first); a fact whose time has none, or that has no time, is left
 * out. A period is a day (`2004-02-25`), a month (`2002-10`) or a range (`2004-03-11 to
 * 2004-03-20`, `1978-10 to 2002-10`), in the event's own offset; facts in the same
 * period share a line. Facts are labelled with their meeting label (and status),
 * position content or happening description, with the words of the time in brackets.
 * The timeline grammar has no escapes, so a colon, `#`, `%` and angle brackets in a
 * label become look-alike characters. Pure.
 * @example
 * ```ts
 * toMermaidTimeline(fixture);
 * //=> "timeline\n  title …\n  1977-10 to 2002-10 : The five abductees spent 24 years in North Korea. (24 years)\n  …"
 * ```
 * @group Diagrams
 */
export function toMermaidTimeline(document: NewsDocument): string {
  const times = new Map(document.times.map((time) => [time.id as string, time]));
  const entries: { interval: ResolvedInterval; text: string; order: number }[] = [];
  const add = (timeId: string | undefined, label: string): void => {
    const time = timeId === undefined ? undefined : times.get(timeId);
    if (time?.resolved === undefined) return;
    entries.push({ interval: time.resolved, text: `${label} (${time.text})`, order: entries.length });
  };
  for (const meeting of document.meetings) add(meeting.timeId, `${meeting.label}, ${meeting.status}`);
  for (const position of document.positions) add(position.timeId, position.content);
  for (const happening of document.happenings) add(happening.timeId, happening.description);

  entries.sort(
    (a, b) =>
      Date.parse(a.interval.start) - Date.parse(b.interval.start) || Date.parse(a.interval.end) - Date.parse(b.interval.end) || a.order - b.order,
  );
  const lines = ["timeline", `  title ${timelineText(document.article.headline ?? "What the article dates")}`];
  const periods = new Map<string, string[]>();
  for (const entry of entries) {
    const period = periodOf(entry.interval);
    periods.set(period, [...(periods.get(period) ?? []), timelineText(entry.text)]);
  }
  for (const [period, events] of periods) lines.push(`  ${period} : ${events.join(" : ")}`);
  return `${lines.join("\n")}\n`;
}
