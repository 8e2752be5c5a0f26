import type { TimeExpression } from "../model/time.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a time expression by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getTime(index, "time-wednesday-night")?.text;
 * //=> "Wednesday night"
 * ```
 * @group Queries
 */
export function getTime(index: DocumentIndex, id: string): TimeExpression | undefined {
  return ofKind(index, id, ["time"]);
}
