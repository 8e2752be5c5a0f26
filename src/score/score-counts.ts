/**
 * Precision, recall and F1 with the counts they come from: how many the gold document
 * has, how many the prediction has, and how many of the two were matched.
 *
 * @remarks Counts add up across documents, so a corpus is scored by adding counts and
 * reading the ratios again ({@link countScore}). Where a side has nothing, its ratio is
 * 1 if the other side has nothing either (nothing to find, nothing wrong), else 0: an
 * empty prediction has precision 0 and recall 0 against a gold document that has facts.
 * @example
 * ```ts
 * countScore({ gold: 4, predicted: 5, matched: 3 });
 * //=> { gold: 4, predicted: 5, matched: 3, precision: 0.6, recall: 0.75, f1: 0.666… }
 * ```
 * @group Scoring
 */
export interface Score {
  /** How many the gold document has. */
  readonly gold: number;
  /** How many the prediction has. */
  readonly predicted: number;
  /** How many were matched: at most the lesser of the two. */
  readonly matched: number;
  /** `matched / predicted`: how much of the prediction is right. */
  readonly precision: number;
  /** `matched / gold`: how much of the gold the prediction found. */
  readonly recall: number;
  /** The harmonic mean of precision and recall. */
  readonly f1: number;
}

/**
 * The counts a {@link Score} is read from.
 * @group Scoring
 */
export type ScoreCounts = Pick<Score, "gold" | "predicted" | "matched">;

const ratio = (matched: number, of: number, other: number) => (of === 0 ? (other === 0 ? 1 : 0) : matched / of);

/**
 * Reads precision, recall and F1 from counts.
 * @example
 * ```ts
 * countScore({ gold: 2, predicted: 0, matched: 0 }).recall;
 * //=> 0
 * ```
 * @group Scoring
 */
export function countScore(counts: ScoreCounts): Score {
  const precision = ratio(counts.matched, counts.predicted, counts.gold);
  const recall = ratio(counts.matched, counts.gold, counts.predicted);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: counts.gold, predicted: counts.predicted, matched: counts.matched, precision, recall, f1 };
}

/**
 * Adds the counts of several scores and reads the ratios of the sum: the micro average.
 * @example
 * ```ts
 * addScores([countScore({ gold: 1, predicted: 1, matched: 1 }), countScore({ gold: 3, predicted: 1, matched: 0 })]).recall;
 * //=> 0.25
 * ```
 * @group Scoring
 */
export function addScores(scores: Iterable<ScoreCounts>): Score {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const score of scores) {
    gold += score.gold;
    predicted += score.predicted;
    matched += score.matched;
  }
  return countScore({ gold, predicted, matched });
}

/**
 * The mean precision, recall and F1 of several scores, each weighing the same: the macro
 * average. Scores with nothing on either side are left out, so that a category neither
 * document has does not count as perfect; with none left, all three are 1.
 * @example
 * ```ts
 * macroAverage([countScore({ gold: 1, predicted: 1, matched: 1 }), countScore({ gold: 3, predicted: 1, matched: 0 })]).f1;
 * //=> 0.5
 * ```
 * @group Scoring
 */
export function macroAverage(scores: Iterable<Score>): Pick<Score, "precision" | "recall" | "f1"> {
  const counted = [...scores].filter((score) => score.gold > 0 || score.predicted > 0);
  if (counted.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const mean = (key: "precision" | "recall" | "f1") => counted.reduce((sum, score) => sum + score[key], 0) / counted.length;
  return { precision: mean("precision"), recall: mean("recall"), f1: mean("f1") };
}
