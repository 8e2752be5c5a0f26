import type { AttributionId } from "../model/id.js";
import type { Attribution } from "../model/attribution.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds an attribution by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getAttribution(index, AttributionId.parse("att-sources-thursday"))?.certainty;
 * //=> "reported"
 * ```
 * @group Queries
 */
export function getAttribution(index: DocumentIndex, id: AttributionId): Attribution | undefined {
  return ofKind(index, id, ["attribution"]);
}
