import { Issue } from "../model/issue.js";
import { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { referrers } from "./referrers.js";

/**
 * Options for {@link positionsOnIssue}.
 * @group Queries
 */
export interface PositionsOnIssueOptions {
  /** Also list positions on the narrower issues nested in this one through `parentId` (default `false`). */
  readonly includeNarrower?: boolean;
}

/**
 * Lists the positions on an issue, in document order.
 *
 * @remarks Reads each position's `issueIds`. With `includeNarrower`, positions on an
 * issue nested inside this one count too: a position on the abduction issue is on the
 * bilateral issues that contain it.
 * @example
 * ```ts
 * positionsOnIssue(index, "bilateral-issues", { includeNarrower: true }).length;
 * //=> 5
 * ```
 * @group Queries
 */
export function positionsOnIssue(index: DocumentIndex, issueId: string, options: PositionsOnIssueOptions = {}): Position[] {
  if (!options.includeNarrower) return referrers(index, issueId, Position, "issueIds", "position");
  const issues = new Set<string>([issueId]);
  const found = new Set<Position>();
  for (const id of issues) {
    for (const position of referrers(index, id, Position, "issueIds", "position")) found.add(position);
    for (const narrower of referrers(index, id, Issue, "parentId", "issue")) issues.add(narrower.id);
  }
  return index.document.positions.filter((position) => found.has(position));
}
