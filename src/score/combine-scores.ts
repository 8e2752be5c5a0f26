import { addScores, macroAverage, type Score } from "./score-counts.js";
import { ARGUMENT_ROLES, SCORED_CATEGORIES, type ArgumentScores, type CategoryScores, type DocumentScore, type EvidenceScores } from "./score-document.js";

/**
 * The scores of one document or of a corpus, without the alignments behind them: what
 * {@link combineScores} adds up and {@link formatScoreTable} prints.
 * @group Scoring
 */
export interface ScoreSummary {
  /** How many documents were scored. */
  readonly documents: number;
  /** Each category's counts, added over the documents. */
  readonly categories: CategoryScores;
  /** The categories' counts added up. */
  readonly micro: Score;
  /** The mean of the categories' precision, recall and F1, each read from its added counts. */
  readonly macro: Pick<Score, "precision" | "recall" | "f1">;
  /** Matched facts of the same kind. */
  readonly eventKinds: Score;
  /** Arguments, ACE-style. */
  readonly argumentsAce: ArgumentScores;
  /** Arguments, strictly. */
  readonly argumentsStrict: ArgumentScores;
  /** PLOVER records: Correct / Uncoded / Extra, and as a score. */
  readonly plover: {
    /** Records of the predictions that match a gold record. */
    readonly correct: number;
    /** Gold records the predictions did not code. */
    readonly uncoded: number;
    /** Records of the predictions that match no gold record. */
    readonly extra: number;
    /** The same as a score. */
    readonly score: Score;
  };
  /** Evidence characters, by category and in all. */
  readonly evidence: EvidenceScores;
}

function addArguments(scores: readonly ArgumentScores[]): ArgumentScores {
  const byRole = Object.fromEntries(ARGUMENT_ROLES.map((role) => [role, addScores(scores.map((score) => score[role]))])) as Record<(typeof ARGUMENT_ROLES)[number], Score>;
  return { ...byRole, all: addScores(Object.values(byRole)) };
}

function byCategory(scores: readonly CategoryScores[]): CategoryScores {
  return Object.fromEntries(SCORED_CATEGORIES.map((category) => [category, addScores(scores.map((score) => score[category]))])) as CategoryScores;
}

/**
 * Adds up the scores of several documents, as for a corpus: every count is summed, and
 * every ratio read again from the sums (the micro average over documents); `macro` is
 * the mean over categories of those summed scores.
 * @example
 * ```ts
 * const total = combineScores([scoreDocument(fixture, fixture), scoreDocument(fixture, fixture)]);
 * total.categories.actors.gold;
 * //=> 32
 * ```
 * @group Scoring
 */
export function combineScores(scores: readonly (DocumentScore | ScoreSummary)[]): ScoreSummary {
  const categories = byCategory(scores.map((score) => score.categories));
  const evidence = byCategory(scores.map((score) => score.evidence));
  const plover = (key: "correct" | "uncoded" | "extra") => scores.reduce((sum, score) => sum + score.plover[key], 0);
  return {
    documents: scores.reduce((sum, score) => sum + ("documents" in score ? score.documents : 1), 0),
    categories,
    micro: addScores(Object.values(categories)),
    macro: macroAverage(Object.values(categories)),
    eventKinds: addScores(scores.map((score) => score.eventKinds)),
    argumentsAce: addArguments(scores.map((score) => score.argumentsAce)),
    argumentsStrict: addArguments(scores.map((score) => score.argumentsStrict)),
    plover: { correct: plover("correct"), uncoded: plover("uncoded"), extra: plover("extra"), score: addScores(scores.map((score) => score.plover.score)) },
    evidence: { ...evidence, all: addScores(Object.values(evidence)) },
  };
}
