import type { NewsDocument } from "../model/document.js";
import type { Problem } from "../validate/problem.js";
import type { ArticleSource } from "../export/article-source.js";
import { fromLlmOutput } from "../export/from-llm-output.js";
import { extractionPrompt, type ChatMessage, type ExtractionPromptOptions } from "./extraction-prompt.js";
import { problemsForModel } from "./problems-for-model.js";

/**
 * One answer of the model in {@link extractDocument}, and what it was found to be.
 * @group Extraction
 */
export interface ExtractionAttempt {
  /** The conversation sent for this answer. */
  readonly messages: readonly ChatMessage[];
  /** The model's answer, as it came back. */
  readonly answer: string;
  /** The answer's problems; empty for the answer that was valid. */
  readonly problems: readonly Problem[];
}

/**
 * The result of {@link extractDocument}: the document, or the last answer's problems;
 * every attempt either way.
 * @group Extraction
 */
export type ExtractionResult =
  | {
      /** An answer was valid. */
      readonly ok: true;
      /** The validated document, anchored in the article. */
      readonly document: NewsDocument;
      /** Every answer, in order; the last is the valid one. */
      readonly attempts: readonly ExtractionAttempt[];
    }
  | {
      /** No answer was valid within `maxAttempts`. */
      readonly ok: false;
      /** The problems of the last answer. */
      readonly problems: readonly Problem[];
      /** Every answer, in order. */
      readonly attempts: readonly ExtractionAttempt[];
    };

/**
 * Options of {@link extractDocument}.
 * @group Extraction
 */
export interface ExtractDocumentOptions extends ExtractionPromptOptions {
  /** The article to encode: its text, or its text with what is known of it. */
  readonly article: ArticleSource;
  /**
   * Sends a conversation to a language model and resolves to its answer's text. Write
   * it with the SDK of your choice; this package calls no model itself.
   */
  readonly complete: (messages: readonly ChatMessage[]) => Promise<string>;
  /** How many answers to ask for at most, the first included. Default 3. */
  readonly maxAttempts?: number | undefined;
}

/**
 * Encodes an article with a language model: sends the prompt of
 * {@link extractionPrompt} through the `complete` function given, reads the answer with
 * {@link fromLlmOutput}, and, while it has problems, sends them back with
 * {@link problemsForModel} and asks again, up to `maxAttempts` answers.
 *
 * @remarks
 * The package depends on no SDK and makes no network call: `complete` does, with
 * whatever client, model, structured-output format and retry policy you choose. Each
 * correction is sent as the model's own answer followed by a user message with its
 * problems, so the model sees what it wrote. Resolves to the document, or to the last
 * answer's problems, with every attempt kept; it rejects only when `complete` does.
 * @example
 * ```ts
 * // Your SDK's call goes here: send the messages, resolve to the answer's text.
 * const send = async (messages: readonly ChatMessage[]): Promise<string> => JSON.stringify(toLlmOutput(fixture));
 * const result = await extractDocument({
 *   article: ARTICLE_TEXT,
 *   complete: send,
 *   maxAttempts: 3,
 * });
 * if (result.ok) console.log(result.document.positions.length, "positions after", result.attempts.length, "answers");
 * ```
 * @group Extraction
 */
export async function extractDocument(options: ExtractDocumentOptions): Promise<ExtractionResult> {
  const maxAttempts = options.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`extractDocument: maxAttempts must be a whole number of at least 1, not ${maxAttempts}`);
  const prompt = extractionPrompt(options.article, { example: options.example });
  let messages: readonly ChatMessage[] = prompt.messages;
  const attempts: ExtractionAttempt[] = [];
  for (;;) {
    const answer = await options.complete(messages);
    const result = fromLlmOutput(answer, { article: options.article });
    attempts.push({ messages, answer, problems: result.ok ? [] : result.problems });
    if (result.ok) return { ok: true, document: result.document, attempts };
    if (attempts.length >= maxAttempts) return { ok: false, problems: result.problems, attempts };
    messages = [...messages, { role: "assistant", content: answer }, { role: "user", content: problemsForModel(result.problems) }];
  }
}
