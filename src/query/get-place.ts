import type { Place } from "../model/place.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a place by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getPlace(index, "beijing")?.countryCode;
 * //=> "CN"
 * ```
 * @group Queries
 */
export function getPlace(index: DocumentIndex, id: string): Place | undefined {
  return ofKind(index, id, ["place"]);
}
