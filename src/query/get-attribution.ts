import type { Attribution } from "../model/attribution.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds an attribution by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getAttribution(index, "att-sources-thursday")?.certainty;
 * //=> "reported"
 * ```
 * @group Queries
 */
export function getAttribution(index: DocumentIndex, id: string): Attribution | undefined {
  return ofKind(index, id, ["attribution"]);
}
