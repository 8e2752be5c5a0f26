import type { Certainty } from "../../model/attribution.js";
import { isInferred, type Inference } from "../../model/inference.js";
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

/**
 * Who the article says a fact came from, one phrase per attribution, nested ones outwards:
 * "reported by diplomatic sources", "alleged by North Korea, as reported by Kim Kye Gwan,
 * as reported by Japanese officials", "believed, as reported by diplomatic sources". An
 * attribution the fact is only read to carry (marked inferred at `/attributionIds`), or
 * whose nesting is a reading, ends ", inferred". A fact with no attribution gives none: the
 * article states it in its own voice.
 */
export function sourcesOf(
  index: DocumentIndex,
  fact: { readonly attributionIds?: readonly string[] | undefined; readonly inferred?: readonly Inference[] | undefined },
): string[] {
  const readOnly = isInferred(fact, "/attributionIds") !== undefined;
  return (fact.attributionIds ?? []).flatMap((id) => {
    const phrases: string[] = [];
    let read = readOnly;
    const seen = new Set<string>();
    for (let here = ofKind(index, id, ["attribution"]); here && !seen.has(here.id); ) {
      seen.add(here.id);
      const source = here.sourceId === undefined ? undefined : index.entities.get(here.sourceId)?.entity;
      const name = source && typeof (source as { name?: unknown }).name === "string" ? (source as { name: string }).name : here.sourceId;
      phrases.push(`${phrases.length > 0 ? "as " : ""}${here.certainty}${name === undefined ? "" : ` by ${name}`}`);
      if (here.withinId !== undefined && isInferred(here, "/withinId")) read = true;
      here = here.withinId === undefined ? undefined : ofKind(index, here.withinId, ["attribution"]);
    }
    return phrases.length === 0 ? [] : [`${phrases.join(", ")}${read ? ", inferred" : ""}`];
  });
}
