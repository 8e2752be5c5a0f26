import type { Score } from "./score-counts.js";
import { combineScores, type ScoreSummary } from "./combine-scores.js";
import { ARGUMENT_ROLES, SCORED_CATEGORIES, type DocumentScore } from "./score-document.js";

const HEADER = ["", "gold", "predicted", "matched", "precision", "recall", "F1"] as const;

/**
 * Prints scores as a plain-text table, one row a measure: the categories with their
 * micro and macro averages, event kinds, arguments by role (ACE-style and strict), the
 * PLOVER records and the evidence characters.
 * @example
 * ```ts
 * console.log(formatScoreTable(scoreDocument(fixture, fixture)));
 * // category            gold  predicted  matched  precision  recall     F1
 * // actors                16         16       16      1.000   1.000  1.000
 * // …
 * ```
 * @group Scoring
 */
export function formatScoreTable(score: DocumentScore | ScoreSummary): string {
  const summary = "documents" in score ? score : combineScores([score]);
  const rows: string[][] = [];
  const row = (label: string, value: Score) => rows.push([label, String(value.gold), String(value.predicted), String(value.matched), ...[value.precision, value.recall, value.f1].map((ratio) => ratio.toFixed(3))]);
  const heading = (label: string) => rows.push([label, ...HEADER.slice(1)]);
  heading("category");
  for (const category of SCORED_CATEGORIES) row(category, summary.categories[category]);
  row("micro average", summary.micro);
  rows.push(["macro average", "", "", "", ...[summary.macro.precision, summary.macro.recall, summary.macro.f1].map((ratio) => ratio.toFixed(3))]);
  rows.push([]);
  row("event kinds", summary.eventKinds);
  for (const [label, scores] of [
    ["arguments, ACE-style", summary.argumentsAce],
    ["arguments, strict", summary.argumentsStrict],
  ] as const) {
    rows.push([]);
    heading(label);
    for (const role of ARGUMENT_ROLES) row(`  ${role}`, scores[role]);
    row("  all roles", scores.all);
  }
  rows.push([]);
  heading(`PLOVER records: ${summary.plover.correct} correct, ${summary.plover.uncoded} uncoded, ${summary.plover.extra} extra`);
  row("  records", summary.plover.score);
  rows.push([]);
  heading("evidence characters");
  for (const category of SCORED_CATEGORIES) row(`  ${category}`, summary.evidence[category]);
  row("  all", summary.evidence.all);

  const widths = HEADER.map((_, column) => Math.max(...rows.filter((cells) => cells.length > 1 || column === 0).map((cells) => (column === 0 && cells.length > 1 && cells[1] === "gold" ? 0 : (cells[column] ?? "").length))));
  return rows
    .map((cells) => {
      if (cells.length === 0) return "";
      // A heading longer than the first column stands on its own line above the column names.
      if (cells[1] === "gold" && cells[0]!.length > widths[0]!) return `${cells[0]}\n${["", ...cells.slice(1)].map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join("  ")}`;
      return cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join("  ");
    })
    .join("\n");
}
