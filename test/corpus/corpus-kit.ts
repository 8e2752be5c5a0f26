// The few steps every corpus sentence takes with the public builder: an article of one
// sentence filed on a Wednesday, evidence by quote, and the facts each sentence states,
// each named with the field that holds it (or null where only free text does).
import { createDocumentBuilder, type DocumentBuilder, type EvidenceId, type NewsDocument } from "../../src/index.js";

/** The date every corpus article was filed: Wednesday 14 May 2031. */
export const REFERENCE_DATE = "2031-05-14";

/** A PLOVER event type and modes, as the PLOVER manual codes a sentence; `auxiliary` for negated, future or hypothetical facts. */
export interface ExpectedPlover {
  readonly type: string;
  readonly modes: readonly string[];
  readonly auxiliary?: "negation" | "future" | "hypothetical";
}

/**
 * One fact of a sentence and where the encoding keeps it: a path `collection:id/field/…`
 * into the built document, with the value expected there; `null` where the model has no
 * field for it and it lives in free text only (a description, a content sentence).
 */
export type CorpusFact = readonly [label: string, path: string | null, value?: unknown];

/** A sentence of the corpus, its encoding and what the PLOVER manual makes of it. */
export interface CorpusSentence {
  readonly text: string;
  readonly plover: ExpectedPlover;
  /** Encodes the sentence; returns the id of the fact PLOVER codes, and the sentence's facts. */
  readonly encode: (kit: CorpusKit) => { readonly main: string; readonly facts: readonly CorpusFact[] };
}

/** The builder for one sentence, and a short way to quote it. */
export interface CorpusKit {
  readonly b: DocumentBuilder;
  /** The evidence span of a quote, as a one-element list. */
  readonly ev: (quote: string) => EvidenceId[];
}

export function kitFor(text: string): CorpusKit {
  const b = createDocumentBuilder(text, { referenceDate: REFERENCE_DATE });
  return { b, ev: (quote) => [b.evidence(quote)] };
}

/** Reads a fact's path, `collection:id/key/…`, from a document; undefined where nothing is there. */
export function readPath(document: NewsDocument, path: string): unknown {
  const [head, ...keys] = path.split("/");
  const [collection, id] = head!.split(":");
  let value: unknown = (document[collection as keyof NewsDocument] as readonly { id: string }[]).find((item) => item.id === id);
  for (const key of keys) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key];
  return value;
}
