import type { Issue } from "../model/issue.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds an issue by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getIssue(index, "abduction-issue")?.name;
 * //=> "the abduction issue"
 * ```
 * @group Queries
 */
export function getIssue(index: DocumentIndex, id: string): Issue | undefined {
  return ofKind(index, id, ["issue"]);
}
