import { Attribution } from "../model/attribution.js";
import type { DocumentIndex, IndexedReference } from "./index-document.js";
import { referrers } from "./referrers.js";

/**
 * One fact a source is cited for, and the attributions that lead to it.
 * @group Queries
 */
export interface Citation {
  /** The fact: the object that cites the attribution, and the path of the citing id. */
  readonly fact: IndexedReference;
  /** The attribution the fact cites. */
  readonly attribution: Attribution;
  /** The attributions from the source's own to the one the fact cites: one long, or longer where attributions nest. */
  readonly chain: readonly Attribution[];
}

/**
 * Lists everything a source is cited for: every fact whose attributions name it, and
 * every fact whose attribution is nested, through `withinId`, inside one that does.
 *
 * @remarks "Japanese officials said that Kim is believed to have relayed the message":
 * the relay cites the inner attribution ("believed"), which sits within the officials'
 * one, so it is listed for the officials with a chain of two. Facts come in the order
 * of their attributions, then of the document.
 * @example
 * ```ts
 * citedFor(index, "japanese-officials").map((citation) => citation.fact.from.entity.id);
 * //=> ["post-yabunaka", "chiefs-talks", "pos-continue-dialogue", "pos-repeated-demand", "pos-nk-assertion", "alleged-promise"]
 * ```
 * @group Queries
 */
export function citedFor(index: DocumentIndex, sourceId: string): Citation[] {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  const visit = (attribution: Attribution, chain: readonly Attribution[]): void => {
    if (seen.has(attribution.id)) return;
    seen.add(attribution.id);
    const here = [...chain, attribution];
    for (const fact of index.references.get(attribution.id) ?? [])
      if (fact.site.key === "attributionIds") citations.push({ fact, attribution, chain: here });
    for (const inner of referrers(index, attribution.id, Attribution, "withinId", "attribution")) visit(inner, here);
  };
  for (const attribution of referrers(index, sourceId, Attribution, "sourceId", "attribution")) visit(attribution, []);
  return citations;
}
