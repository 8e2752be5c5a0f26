import type { EvidenceSpan } from "../model/evidence.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds an evidence span by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getEvidence(index, "ev-s1-thursday")?.quote;
 * //=> "Thursday"
 * ```
 * @group Queries
 */
export function getEvidence(index: DocumentIndex, id: string): EvidenceSpan | undefined {
  return ofKind(index, id, ["evidence"]);
}
