import type { Problem } from "../validate/problem.js";
import { readJsonText } from "../validate/read-json-text.js";
import { readJsonValue } from "../validate/read-json-value.js";
import { validateDocument, type ValidationResult } from "../validate/validate-document.js";
import { candidateFromAnswer, type Candidate } from "./_lib/llm-answer.js";
import { ARTICLE_SOURCE_KEYS, type ArticleSource } from "./article-source.js";
import { withoutNulls } from "./_lib/llm-form.js";

/**
 * Options of {@link fromLlmOutput}.
 * @group LLM structured output
 */
export interface FromLlmOutputOptions {
  /** The article the answer was drawn from, whose text the quotes are found in. */
  readonly article?: ArticleSource | undefined;
}

/** A model's answer wrapped in a Markdown code fence, as models often write it outside structured-output mode. */
const FENCED = /^\s*```[A-Za-z0-9_-]*[ \t]*\r?\n([\s\S]*?)\r?\n```\s*$/;

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]) => prefix.every((key, index) => path[index] === key);

function renameBack(message: string, renamed: ReadonlyMap<string, string>): string {
  let text = message;
  for (const [made, raw] of renamed) text = text.replaceAll(`"${made}"`, JSON.stringify(raw));
  return text;
}

/** The document checks' problems, as they read on the answer the model wrote. */
function answerProblems(found: readonly Problem[], candidate: Candidate, answer: unknown): Problem[] {
  const kept: Problem[] = [];
  for (const item of found) {
    if (candidate.idsChecked && (item.code === "duplicate-id" || item.code === "dangling-reference")) continue;
    const inSpan = candidate.unanchored.find((path) => startsWith(item.path, path));
    if (inSpan && (item.code !== "shape" || ["start", "end", "quote"].includes(String(item.path[inSpan.length])))) continue;
    let { path, message } = item;
    // Offsets are the package's, not the model's: a finding on them is a finding on the quote.
    const last = path.at(-1);
    if ((path[0] === "evidence" || path[1] === "furniture") && (last === "start" || last === "end")) path = [...path.slice(0, -1), "quote"];
    if (item.code === "shape" && item.zodCode === "invalid_type" && valueAt(answer, item.path) === null)
      message = `${message.replace(/received undefined$/, "received null")}: this field is required, so it cannot be null; give the value the article states`;
    kept.push({ ...item, path, pointer: path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join(""), message: renameBack(message, candidate.renamed) });
  }
  return kept;
}

/**
 * Turns a language model's answer (the form of {@link LlmNewsDocument}) into a
 * validated document: each quote found in the article, the model's ids checked, every
 * `null` an absent key, and then every check of {@link validateDocument}.
 *
 * @remarks
 * Takes the parsed answer, or its JSON text (a Markdown code fence around it is
 * allowed; text that is not JSON is an `invalid-json` problem), and the article it was
 * drawn from. Each evidence quote (and page furniture) is anchored with
 * {@link anchorQuote}: an exact match first, then one that sets aside straight and curly
 * quotes, dashes, white space and a trailing full stop. The document has exact offsets
 * and the article's own words; a quote that is not there is `quote-not-found`, one that
 * occurs more than once without a `prefix` or `suffix` to tell which is
 * `quote-ambiguous`, each with the candidates' positions. Ids may be any short strings:
 * one used twice is `duplicate-id`, a reference that names nothing `dangling-reference`,
 * with the ids that would fit; ids that are not valid ids (`"Akitaka Saiki"`) are made
 * valid (`"Akitaka-Saiki"`). A required value given as `null`, and a key the form does
 * not have, are `shape` problems, never dropped. Metadata given with the article
 * (headline, dates) goes into the document; an answer that contradicts it is
 * `inconsistent`. Paths are into the answer. It never throws on bad input; write its
 * problems back to the model with {@link problemsForModel}.
 * @example
 * ```ts
 * // text: the JSON a model answered with, in the form of LlmNewsDocument
 * const result = fromLlmOutput(text, { article: ARTICLE_TEXT });
 * if (result.ok) console.log(result.document.positions.length);
 * else for (const found of result.problems) console.error(formatProblem(found));
 * ```
 * @group LLM structured output
 */
export function fromLlmOutput(output: unknown, options: FromLlmOutputOptions = {}): ValidationResult {
  const read = typeof output === "string" ? readJsonText(output.replace(FENCED, "$1"), "output") : readJsonValue(output);
  if (!read.ok) return read;
  const source = options.article;
  const text = typeof source === "string" ? source : source?.text;
  const given: Record<string, unknown> = {};
  if (typeof source === "object") for (const key of ARTICLE_SOURCE_KEYS) if (source[key] !== undefined) given[key] = source[key];
  const candidate = candidateFromAnswer(withoutNulls(read.value), text, given);
  const result = validateDocument(candidate.document);
  const problems = [...candidate.problems, ...(result.ok ? [] : answerProblems(result.problems, candidate, read.value))];
  return problems.length === 0 && result.ok ? result : { ok: false, problems };
}
