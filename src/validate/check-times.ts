import type { NewsDocument } from "../model/document.js";
import type { DocumentTable } from "./document-table.js";
import { problem, type Problem } from "./problem.js";

/**
 * Checks that each resolved interval is ordered: its start is not after its end.
 *
 * @remarks Instants are compared as moments, so `2004-02-25T18:00:00+08:00` and
 * `2004-02-25T10:00:00Z` are equal.
 * @example
 * ```ts
 * checkTimes(document, tabulateDocument(document));
 * //=> []
 * ```
 * @group Validation
 */
export function checkTimes(document: NewsDocument, _table?: DocumentTable): Problem[] {
  const problems: Problem[] = [];
  document.times.forEach((time, index) => {
    if (time.resolved && Date.parse(time.resolved.start) > Date.parse(time.resolved.end))
      problems.push(
        problem(
          "interval-order",
          ["times", index, "resolved", "end"],
          `the resolved interval of "${time.text}" ends (${time.resolved.end}) before it starts (${time.resolved.start})`,
        ),
      );
  });
  return problems;
}
