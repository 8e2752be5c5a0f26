import type { SeriesId } from "../model/id.js";
import type { TalkSeries } from "../model/series.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a series of talks by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getSeries(index, SeriesId.parse("six-party-talks"))?.kind;
 * //=> "multilateral"
 * ```
 * @group Queries
 */
export function getSeries(index: DocumentIndex, id: SeriesId): TalkSeries | undefined {
  return ofKind(index, id, ["series"]);
}
