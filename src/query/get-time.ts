import type { TimeId } from "../model/id.js";
import type { TimeExpression } from "../model/time.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a time expression by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getTime(index, TimeId.parse("time-wednesday-night"))?.text;
 * //=> "Wednesday night"
 * ```
 * @group Queries
 */
export function getTime(index: DocumentIndex, id: TimeId): TimeExpression | undefined {
  return ofKind(index, id, ["time"]);
}
