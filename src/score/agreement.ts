import type { NewsDocument } from "../model/document.js";
import { alignDocuments, type AlignOptions } from "./align-documents.js";
import { cohensKappa } from "./cohens-kappa.js";
import { fleissKappa } from "./fleiss-kappa.js";
import { krippendorffAlpha } from "./krippendorff-alpha.js";

/**
 * One fact of the first coder's document, with the event kind each coder gave the fact
 * aligned to it.
 * @group Scoring
 */
export interface AgreementUnit {
  /** The fact's id in the first document. */
  readonly id: string;
  /** Each coder's label, in the order of the documents: `"positions:demand"`; undefined where that coder has no fact aligned to it. */
  readonly labels: readonly (string | undefined)[];
}

/**
 * What {@link agreement} measures.
 * @group Scoring
 */
export interface Agreement {
  /** How many coders (documents). */
  readonly coders: number;
  /** The units: the first document's meetings, positions and happenings. */
  readonly units: readonly AgreementUnit[];
  /** Units every coder has a fact for. */
  readonly completeUnits: number;
  /** The share of complete units on which every coder gave the same kind. */
  readonly observedAgreement: number | null;
  /** Cohen's kappa over the complete units, for two coders only; null for more, or where undefined. */
  readonly cohensKappa: number | null;
  /** Fleiss' kappa over the complete units; null where undefined. */
  readonly fleissKappa: number | null;
  /** Krippendorff's alpha (nominal) over every unit with two labels or more, missing labels allowed; null where undefined. */
  readonly krippendorffAlpha: number | null;
}

const FACTS = ["meetings", "positions", "happenings"] as const;

/**
 * How far several coders of one article agree on the event kinds of the facts they
 * found: Cohen's kappa for two, Fleiss' kappa and Krippendorff's alpha for any number.
 *
 * @remarks
 * The first document is the reference: each other is aligned to it with
 * {@link alignDocuments}, and each of its meetings, positions and happenings is a unit.
 * A coder's label for a unit is the collection and kind of the fact aligned to it
 * (`"positions:demand"`, `"meetings:bilateral"`), or missing where the coder has none.
 * Kappa counts only units every coder labelled; alpha counts every unit at least two
 * did. What agreement measures here is the kind given to facts the coders both found;
 * whether they found the same facts is what {@link scoreDocument}'s recall says. Throws
 * when given fewer than two documents, a programmer's mistake.
 * @example
 * ```ts
 * const result = agreement([fixture, fixture]);
 * result.cohensKappa;
 * //=> 1
 * ```
 * @group Scoring
 */
export function agreement(documents: readonly NewsDocument[], options: AlignOptions = {}): Agreement {
  const [reference, ...others] = documents;
  if (reference === undefined || others.length === 0) throw new Error(`agreement(): give two documents or more, one for each coder; got ${documents.length}`);
  const labelOf = (document: NewsDocument) => {
    const labels = new Map<string, string>();
    for (const collection of FACTS) for (const fact of document[collection]) labels.set(fact.id, `${collection}:${fact.kind ?? "none"}`);
    return labels;
  };
  const referenceLabels = labelOf(reference);
  const aligned = others.map((other) => {
    const alignment = alignDocuments(reference, other, options);
    const labels = labelOf(other);
    return new Map(FACTS.flatMap((collection) => alignment[collection].pairs.map((pair) => [pair.goldId, labels.get(pair.predictedId)] as const)));
  });
  const units: AgreementUnit[] = [...referenceLabels].map(([id, label]) => ({ id, labels: [label, ...aligned.map((map) => map.get(id))] }));
  const complete = units.map((unit) => unit.labels).filter((labels): labels is string[] => labels.every((label) => label !== undefined));
  return {
    coders: documents.length,
    units,
    completeUnits: complete.length,
    observedAgreement: complete.length === 0 ? null : complete.filter((labels) => labels.every((label) => label === labels[0])).length / complete.length,
    cohensKappa: documents.length === 2 ? cohensKappa(complete.map(([a, b]) => [a!, b!] as const)) : null,
    fleissKappa: fleissKappa(complete),
    krippendorffAlpha: krippendorffAlpha(units.map((unit) => unit.labels)),
  };
}
