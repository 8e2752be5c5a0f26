import type { NewsDocument } from "../model/document.js";
import { problem, type Problem } from "./problem.js";

/** Whether a text starts as an ISO 8601 date-time does: `YYYY-MM-DDT`. */
function dateLaidOut(text: string): boolean {
  return text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 84;
}

/**
 * Whether two ISO 8601 date-times written alike are in order, read from their text:
 * with the same length and the same offset, each field stands at the same place, most
 * significant first, so the earlier instant is the one that sorts first. Two written
 * differently, or out of order as written, are left to `Date.parse`: this only ever
 * answers "in order" where comparing the moments would too, and saves parsing two dates
 * for each resolved time.
 */
function inOrderAsWritten(start: string, end: string): boolean {
  const length = start.length;
  if (end.length !== length || length < 16 || !dateLaidOut(start) || !dateLaidOut(end)) return false;
  // "Z" or "±HH:MM", the last one or six characters; the same six characters cover both
  if (start.charCodeAt(length - 1) === 90 /* Z */) {
    if (end.charCodeAt(length - 1) !== 90) return false;
  } else if (!end.endsWith(start.slice(length - 6))) return false;
  return start <= end;
}

/**
 * Checks that each resolved interval is ordered: its start is not after its end.
 *
 * @remarks Instants are compared as moments, so `2004-02-25T18:00:00+08:00` and
 * `2004-02-25T10:00:00Z` are equal.
 * @group Validation
 */
export function checkTimes(document: NewsDocument): Problem[] {
  const problems: Problem[] = [];
  for (const [index, time] of document.times.entries()) {
    if (!time.resolved) continue;
    if (inOrderAsWritten(time.resolved.start, time.resolved.end)) continue;
    const start = Date.parse(time.resolved.start);
    const end = Date.parse(time.resolved.end);
    if (start > end)
      problems.push(
        problem(
          "interval-order",
          ["times", index, "resolved", "end"],
          `the resolved interval of "${time.text}" ends (${time.resolved.end}) before it starts (${time.resolved.start})`,
        ),
      );
  }
  return problems;
}
