import type { TalkSeries } from "../model/series.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a series of talks by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getSeries(index, "six-party-talks")?.kind;
 * //=> "multilateral"
 * ```
 * @group Queries
 */
export function getSeries(index: DocumentIndex, id: string): TalkSeries | undefined {
  return ofKind(index, id, ["series"]);
}
