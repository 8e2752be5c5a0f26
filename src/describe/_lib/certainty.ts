import type { Certainty } from "../../model/attribution.js";
import type { DocumentIndex } from "../../query/index-document.js";
import { ofKind } from "../../query/of-kind.js";

/** How sure the article is of a fact: the certainties of its attributions, or "stated" where it has none. */
export function certaintyOf(index: DocumentIndex, fact: { readonly attributionIds?: readonly string[] | undefined }): Certainty[] {
  const certainties = new Set<Certainty>();
  for (const id of fact.attributionIds ?? []) {
    const attribution = ofKind(index, id, ["attribution"]);
    if (attribution) certainties.add(attribution.certainty);
  }
  return certainties.size === 0 ? ["stated"] : [...certainties];
}
