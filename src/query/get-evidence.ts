import type { EvidenceId } from "../model/id.js";
import type { EvidenceSpan } from "../model/evidence.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds an evidence span by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getEvidence(index, EvidenceId.parse("ev-s1-thursday"))?.quote;
 * //=> "Thursday"
 * ```
 * @group Queries
 */
export function getEvidence(index: DocumentIndex, id: EvidenceId): EvidenceSpan | undefined {
  return ofKind(index, id, ["evidence"]);
}
