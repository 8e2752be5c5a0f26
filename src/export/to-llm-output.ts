import type { NewsDocument } from "../model/document.js";
import { withNulls } from "./_lib/llm-form.js";
import { NewsDocument as NewsDocumentSchema } from "../model/document.js";
import type { LlmNewsDocument } from "./llm-news-document.js";

/**
 * Writes a document in its structured-output form, as a language model would answer
 * with {@link LlmNewsDocument}: every absent optional field present as `null`.
 *
 * @remarks Use it for worked examples in a prompt, or to test a pipeline without a
 * model. `extensions` and `$schema` are left out, as the structured-output form has no
 * room for them; everything else survives the round trip through {@link fromLlmOutput}.
 * @example
 * ```ts
 * const answer = toLlmOutput(document);
 * answer.meetings[0]?.round;
 * //=> null, where the meeting has no round
 * fromLlmOutput(answer).ok;
 * //=> true
 * ```
 * @group LLM structured output
 */
export function toLlmOutput(document: NewsDocument): LlmNewsDocument {
  return withNulls(NewsDocumentSchema, document) as LlmNewsDocument;
}
