import type { NewsDocument } from "../model/document.js";
import { problem, type Problem } from "./problem.js";

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
