import type { IssueId } from "../model/id.js";
import type { Issue } from "../model/issue.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds an issue by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getIssue(index, IssueId.parse("abduction-issue"))?.name;
 * //=> "the abduction issue"
 * ```
 * @group Queries
 */
export function getIssue(index: DocumentIndex, id: IssueId): Issue | undefined {
  return ofKind(index, id, ["issue"]);
}
