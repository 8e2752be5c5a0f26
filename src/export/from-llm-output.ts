import { problem } from "../validate/problem.js";
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
 * these checks catch it. No `null` is a value in a document, so dropping them loses
 * nothing.
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
  let parsed = output;
  if (typeof output === "string") {
    try {
      parsed = JSON.parse(output);
    } catch (error) {
      return { ok: false, problems: [problem("invalid-json", [], `the output is not valid JSON: ${(error as Error).message}`)] };
    }
  }
  let document: unknown;
  try {
    document = withoutNulls(parsed);
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, problems: [problem("too-deep", [], `the output nests too deeply to check (${error.message})`)] };
    throw error;
  }
  return validateDocument(document);
}
