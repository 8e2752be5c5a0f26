import type { PlaceId } from "../model/id.js";
import type { Place } from "../model/place.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a place by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getPlace(index, PlaceId.parse("beijing"))?.countryCode;
 * //=> "CN"
 * ```
 * @group Queries
 */
export function getPlace(index: DocumentIndex, id: PlaceId): Place | undefined {
  return ofKind(index, id, ["place"]);
}
