import * as z from "zod";
import { Article, Furniture } from "../model/article.js";
import { NewsDocument } from "../model/document.js";
import { EvidenceSpan } from "../model/evidence.js";
import { idTargets, references } from "../model/id.js";
import { llmSchemaOf } from "./_lib/llm-form.js";

/**
 * The structured-output form of a value: every optional field required and nullable,
 * the `extensions` and `$schema` keys left out, and ids plain strings, all the way down.
 *
 * @remarks A model may use any short id; {@link fromLlmOutput} checks and keeps them.
 * @example
 * ```ts
 * const round: LlmForm<Round> = { number: null, relation: "next" };
 * ```
 * @group LLM structured output
 */
export type LlmForm<Value> = Value extends z.core.$brand
  ? string
  : Value extends readonly (infer Item)[]
    ? LlmForm<Item>[]
    : Value extends string | number | boolean | null | undefined
      ? Value
      : {
          -readonly [Key in keyof Value as Key extends "extensions" | "$schema" ? never : Key]-?: undefined extends Value[Key]
            ? LlmForm<Exclude<Value[Key], undefined>> | null
            : LlmForm<Value[Key]>;
        };

const CONTEXT_NOTE =
  "Needed only where the quoted words occur more than once in the article; null otherwise.";

const QuoteShape = {
  /** The article's words, copied exactly. */
  quote: EvidenceSpan.shape.quote.meta({
    description: "The words of the article that state the fact, copied exactly as the article has them. Never offsets.",
  }),
  /** A few words just before the quote, where the quote occurs more than once. */
  prefix: z
    .string()
    .nullable()
    .meta({ description: `A few words of the article just before the quote, to say which occurrence is meant. ${CONTEXT_NOTE}` }),
  /** A few words just after the quote, where the quote occurs more than once. */
  suffix: z
    .string()
    .nullable()
    .meta({ description: `A few words of the article just after the quote, to say which occurrence is meant. ${CONTEXT_NOTE}` }),
};

/**
 * A short id in an answer: any string a model keeps track of (`"e1"`, `"japan"`,
 * `"Akitaka Saiki"`), unique across the answer.
 */
const AnswerId = /* @__PURE__ */ z.string().min(1).max(128);

const EVIDENCE_QUOTE = /* @__PURE__ */ z.strictObject({ id: AnswerId.meta({ description: "A short id for this evidence span, unique across the whole answer." }), ...QuoteShape }).meta({
  title: "EvidenceQuote",
  description:
    "A span of the article that states a fact, given by quote: the exact words, and a few words before or after them where they occur more than once (as a W3C TextQuoteSelector). The offsets are found from the quote.",
});

const FURNITURE_QUOTE = /* @__PURE__ */ z.strictObject({ ...QuoteShape, label: Furniture.shape.label }).meta({
  title: "FurnitureQuote",
  description: "A part of the article text that is page furniture (a banner, a caption), not part of the story, given by quote.",
});

/** How the answer form differs from the document form at the schemas it replaces. */
function replace(schema: z.core.$ZodType): z.ZodType | undefined {
  if (schema === NewsDocument) return llmSchemaOf(NewsDocument.omit({ schemaVersion: true }).meta({ ...z.globalRegistry.get(NewsDocument) }), replace);
  if (schema === Article)
    return llmSchemaOf(
      Article.omit({ text: true, offsetUnit: true }).meta({
        title: "Article",
        description:
          "What the article says of itself: headline, publisher, dates, language, page furniture, and which of these values were inferred. Its text is not repeated here.",
      }),
      replace,
    );
  if (schema === EvidenceSpan) return EVIDENCE_QUOTE;
  if (schema === Furniture) return FURNITURE_QUOTE;
  if (idTargets.has(schema) || references.has(schema)) {
    const description = (z.globalRegistry.get(schema) as { description?: string } | undefined)?.description;
    return description === undefined ? AnswerId : AnswerId.meta({ description });
  }
  return undefined;
}

// Derived on first use rather than at import: rebuilding every object of the document
// schema takes several milliseconds that a program which never asks a model would pay on
// every start. The lazy wrapper keeps one exported schema; the derived one is built once.
let built: z.ZodType | undefined;

/**
 * The form in which a language model answers with a document: the document schema in
 * the subset of JSON Schema that structured outputs accept, with evidence given by quote
 * rather than by offsets.
 *
 * @remarks
 * Derived from {@link NewsDocument} on first use, so the two never drift: the
 * same fields, descriptions and enums, with these changes:
 * - evidence spans and page furniture are given by **quote**: the exact words, and a
 *   `prefix` or `suffix` of a few words where they occur more than once (as the W3C
 *   `TextQuoteSelector`), never offsets, which models cannot count. {@link fromLlmOutput}
 *   finds each quote in the article ({@link anchorQuote});
 * - the article's text, `offsetUnit` and `schemaVersion` are left out: the caller has
 *   the text and gives it to {@link fromLlmOutput};
 * - ids are any short strings: {@link fromLlmOutput} reports those used twice or naming
 *   nothing in words a model can act on, and turns the rest into valid ids;
 * - an optional field is required and may be `null`, and its description says so;
 * - `extensions` (a record of any JSON under any key) is left out everywhere: a record
 *   needs `additionalProperties` with a schema, which the subset forbids. `$schema` is
 *   left out too;
 * - discriminated unions (actors, times, meeting participants) become plain unions,
 *   which JSON Schema writes as `anyOf`;
 * - the rule that a {@link TimeValue}'s precision and fields agree is not part of it (the
 *   subset has no `if`/`then`); {@link fromLlmOutput} checks it.
 *
 * Pass it to the openai SDK's `zodResponseFormat` or the Anthropic SDK's
 * `zodOutputFormat`; its JSON Schema ships as `news-event-models/schemas/llm-document.json`.
 * {@link extractionPrompt} writes the instructions that go with it.
 * @example
 * ```ts
 * import { zodResponseFormat } from "openai/helpers/zod";
 *
 * const format = zodResponseFormat(LlmNewsDocument, "news_document");
 * format.json_schema.strict;
 * //=> true
 * ```
 * @group LLM structured output
 */
export const LlmNewsDocument: z.ZodType<LlmNewsDocument> = /* @__PURE__ */ z.lazy(() => (built ??= llmSchemaOf(NewsDocument, replace))) as z.ZodType<LlmNewsDocument>;

/**
 * An evidence span as a model gives it: an id and a quote, with a few words of context
 * where the quote occurs more than once.
 * @group LLM structured output
 */
export interface LlmEvidenceQuote {
  /** A short id, unique across the answer. */
  id: string;
  /** The article's words, copied exactly. */
  quote: string;
  /** A few words just before the quote, or `null`. */
  prefix: string | null;
  /** A few words just after the quote, or `null`. */
  suffix: string | null;
}

/**
 * Page furniture as a model gives it: a quote and what it is.
 * @group LLM structured output
 */
export interface LlmFurnitureQuote {
  /** The furniture's words, copied exactly. */
  quote: string;
  /** A few words just before the quote, or `null`. */
  prefix: string | null;
  /** A few words just after the quote, or `null`. */
  suffix: string | null;
  /** What it is ("scraped page banner"). */
  label: string;
}

/**
 * A document in the form a language model answers with ({@link LlmNewsDocument}), and
 * that {@link fromLlmOutput} reads.
 * @group LLM structured output
 */
export type LlmNewsDocument = Omit<LlmForm<NewsDocument>, "schemaVersion" | "article" | "evidence"> & {
  /** What the article says of itself; its text is given to {@link fromLlmOutput} apart. */
  article: Omit<LlmForm<Article>, "text" | "offsetUnit" | "furniture"> & {
    /** Page furniture, by quote, or `null`. */
    furniture: LlmFurnitureQuote[] | null;
  };
  /** Evidence spans, by quote. */
  evidence: LlmEvidenceQuote[];
};

