// One line of `news-events ingest`: a language model's answer with its article, turned
// into a document or a reject. The same on the main thread and on a worker thread of
// `--jobs`, so the output is the same whatever the number of threads.
import type { ArticleSource } from "../export/article-source.js";
import { fromLlmOutput } from "../export/from-llm-output.js";
import { problem, type Problem } from "../validate/problem.js";
import { readJsonText } from "../validate/read-json-text.js";
import { decodeUtf8 } from "./decode-utf8.js";

type Json = Record<string, unknown>;

/** Whether a value is a JSON object. */
export const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** What became of one line: the document's NDJSON line, or the reject's line for the rejects file. */
export type IngestOutcome = { readonly valid: string } | { readonly rejected: string };

/** The line of the rejects file for an answer: its line number, its id if it has one, its problems and the input. */
export function rejectLine(number: number, input: unknown, problems: readonly Problem[]): IngestOutcome {
  const id = isObject(input) && input.id !== undefined ? { id: input.id } : {};
  return { rejected: `${JSON.stringify({ line: number, ...id, problems, input })}\n` };
}

/** The article a line names, or the problem with it. */
function articleOf(line: Json, articles: ReadonlyMap<string, ArticleSource> | undefined): { article: ArticleSource } | { problem: Problem } {
  const { article, articleId } = line;
  if (typeof article === "string" || (isObject(article) && typeof article.text === "string")) return { article: article as ArticleSource };
  if (typeof articleId === "string") {
    if (!articles) return { problem: problem("shape", ["articleId"], `the line names the article "${articleId}", but no articles file was given: pass --articles <file>`) };
    const found = articles.get(articleId);
    return found ? { article: found } : { problem: problem("dangling-reference", ["articleId"], `the article "${articleId}" is not in the articles file`) };
  }
  return { problem: problem("shape", ["article"], 'each line needs the article: "article" with its text (or {"text": …}), or "articleId" naming a line of --articles') };
}

/**
 * Turns one line into a document or a reject: reads it as JSON, finds its article,
 * anchors the answer's quotes in it and validates the document. A line of white space
 * only is no answer: `undefined`. A line that is not UTF-8 is rejected, never read with
 * its bad bytes replaced; the reject holds its text so replaced, to show where.
 */
export function ingestLine(bytes: Uint8Array, number: number, articles: ReadonlyMap<string, ArticleSource> | undefined): IngestOutcome | undefined {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const byte = bytes[decoded.offset]!.toString(16).padStart(2, "0");
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    return rejectLine(number, text, [problem("invalid-json", [], `the line is not valid UTF-8: byte 0x${byte} at byte offset ${decoded.offset} does not start or continue a UTF-8 sequence`)]);
  }
  const text = decoded.text;
  if (text.trim() === "") return undefined;
  const read = readJsonText(text, "line");
  if (!read.ok) return rejectLine(number, text, read.problems);
  const input = read.value;
  if (!isObject(input) || !("answer" in input)) return rejectLine(number, input, [problem("shape", ["answer"], 'each line needs "answer": the model\'s answer, as an object or as its JSON text')]);
  const source = articleOf(input, articles);
  if ("problem" in source) return rejectLine(number, input, [source.problem]);
  const result = fromLlmOutput(input.answer, { article: source.article });
  if (!result.ok)
    return rejectLine(
      number,
      input,
      result.problems.map((found) => ({ ...found, path: ["answer", ...found.path], pointer: `/answer${found.pointer}` })),
    );
  return { valid: `${JSON.stringify(result.document)}\n` };
}
