import { formatProblem, type Problem } from "../validate/problem.js";

/**
 * Options of {@link problemsForModel}.
 * @group Extraction
 */
export interface ProblemsForModelOptions {
  /** How many problems to list at most; the rest are counted. Default 40. */
  readonly limit?: number | undefined;
}

/**
 * Writes the problems of an answer as a short correction message to send back to the
 * model that wrote it: what to do, then one line per problem with its path into the
 * answer, what is wrong and the code.
 *
 * @remarks The messages of {@link fromLlmOutput} already say what to do in the model's
 * terms (which quote is not in the article and where the candidates are, which ids
 * would fit a dangling reference); this puts them in one message that asks for the whole
 * corrected answer, so the next answer can be read on its own. Past `limit`, the rest
 * are counted by code.
 * @example
 * ```ts
 * problemsForModel([problem("quote-not-found", ["evidence", 2, "quote"], 'the quote "Tokio" is not in the article')]);
 * //=> 'Your answer is not yet a valid document: 1 problem. … - /evidence/2/quote: the quote "Tokio" is not in the article (quote-not-found)'
 * ```
 * @group Extraction
 */
export function problemsForModel(problems: readonly Problem[], options: ProblemsForModelOptions = {}): string {
  const limit = options.limit ?? 40;
  const shown = problems.slice(0, limit).map((found) => `- ${formatProblem(found)}`);
  const rest = problems.slice(limit);
  if (rest.length > 0) {
    const counts = new Map<string, number>();
    for (const found of rest) counts.set(found.code, (counts.get(found.code) ?? 0) + 1);
    shown.push(`- and ${rest.length} more: ${[...counts].map(([code, count]) => `${count} ${code}`).join(", ")}`);
  }
  const count = `${problems.length} ${problems.length === 1 ? "problem" : "problems"}`;
  return [
    `Your answer is not yet a valid document: ${count}. Each line gives the place in your answer (a JSON Pointer), what is wrong and what to do. Answer again with the whole corrected document in the same form, changing only what these lines name.`,
    ...shown,
  ].join("\n");
}
