import type { NewsDocument } from "../model/document.js";
import { NewsDocument as NewsDocumentSchema } from "../model/document.js";
import { quoteSelectorFor } from "./anchor-quote.js";
import { withNulls } from "./_lib/llm-form.js";
import type { LlmNewsDocument } from "./llm-news-document.js";

/**
 * Writes a document in the form a language model answers with ({@link LlmNewsDocument}):
 * evidence and page furniture by quote, with a few words of context only where the words
 * occur more than once, no article text, and every absent optional field `null`.
 *
 * @remarks Use it for worked examples in a prompt ({@link extractionPrompt} does), or to
 * test a pipeline without a model. `extensions` and `$schema` are left out, as the form
 * has no room for them; everything else comes back from {@link fromLlmOutput} given the
 * article's text, offsets included.
 * @example
 * ```ts
 * const answer = toLlmOutput(document);
 * answer.meetings[0]?.round;
 * //=> null, where the meeting has no round
 * fromLlmOutput(answer, { article: document.article.text }).ok;
 * //=> true
 * ```
 * @group LLM structured output
 */
export function toLlmOutput(document: NewsDocument): LlmNewsDocument {
  const { schemaVersion: _version, article, evidence, ...rest } = withNulls(NewsDocumentSchema, document) as Record<string, unknown> & {
    article: Record<string, unknown>;
  };
  const { text: _text, offsetUnit: _unit, furniture: _furniture, ...metadata } = article;
  const text = document.article.text;
  return {
    article: {
      ...metadata,
      furniture: document.article.furniture?.map((range) => ({ ...quoteSelectorFor(text, range), label: range.label })) ?? null,
    },
    ...rest,
    evidence: document.evidence.map((span) => ({ id: span.id, ...quoteSelectorFor(text, span) })),
  } as unknown as LlmNewsDocument;
}
