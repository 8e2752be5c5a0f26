import { readJsonText } from "../validate/read-json-text.js";
import { readJsonValue } from "../validate/read-json-value.js";
import { validateDocument, type ValidationResult } from "../validate/validate-document.js";
import { withoutNulls } from "./_lib/llm-form.js";

/**
 * Turns a language model's structured output (the form of {@link LlmNewsDocument})
 * back into a document: every `null` becomes an absent key, and then the document is
 * validated as {@link validateDocument} does, shape and whole-document checks alike.
 *
 * @remarks
 * Takes the parsed output, or the JSON text of it (text that is not JSON is an
 * `invalid-json` problem). Returns the same {@link ValidationResult} as
 * {@link validateDocument}, with paths into the output; it never throws on bad input.
 * A model can fill in every field and still get the document wrong — an id that names
 * nothing, a quote that is not in the article, two heads for one delegation — and
 * these checks catch it. No `null` is a value of the model, so dropping them loses
 * nothing; inside `extensions`, where any JSON goes, a `null` is a value and is kept,
 * as {@link validateDocument} keeps it. The output is read as JSON first, as
 * {@link validateDocument} and `parseDocumentJson` read theirs: a `Date` or any
 * other value that is not JSON is a `not-json` problem, a key given twice in the text a
 * `duplicate-key` problem.
 * @example
 * ```ts
 * // text: the JSON a model answered with, in the form of LlmNewsDocument
 * const result = fromLlmOutput(text);
 * if (result.ok) console.log(result.document.positions.length);
 * else for (const found of result.problems) console.error(formatProblem(found));
 * ```
 * @group LLM structured output
 */
export function fromLlmOutput(output: unknown): ValidationResult {
  const read = typeof output === "string" ? readJsonText(output, "output") : readJsonValue(output);
  return read.ok ? validateDocument(withoutNulls(read.value)) : read;
}
