import type { NewsDocument } from "../model/document.js";
import type { DocumentTable } from "./document-table.js";
import { problem, type Problem } from "./problem.js";

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * Checks each evidence span against the article: it lies inside the text, its quote
 * equals the text at its offsets, and it does not overlap page furniture. Checks the
 * furniture ranges too.
 * @example
 * ```ts
 * checkEvidence(document, tabulateDocument(document));
 * //=> []
 * ```
 * @group Validation
 */
export function checkEvidence(document: NewsDocument, _table?: DocumentTable): Problem[] {
  const problems: Problem[] = [];
  const text = document.article.text;
  const furniture = document.article.furniture ?? [];
  for (const [index, range] of furniture.entries()) {
    if (range.end < range.start || range.end > text.length)
      problems.push(
        problem(
          "span-out-of-range",
          ["article", "furniture", index],
          `furniture [${range.start}, ${range.end}) must lie within the text (0 to ${text.length}) and not end before it starts`,
        ),
      );
  }
  document.evidence.forEach((span, index) => {
    if (span.end < span.start || span.end > text.length) {
      problems.push(
        problem(
          "span-out-of-range",
          ["evidence", index, "end"],
          `span [${span.start}, ${span.end}) must lie within the text (0 to ${text.length}) and not end before it starts`,
        ),
      );
      return;
    }
    const actual = text.slice(span.start, span.end);
    if (actual !== span.quote)
      problems.push(
        problem(
          "quote-mismatch",
          ["evidence", index, "quote"],
          `the quote ${shorten(span.quote)} does not match the article at [${span.start}, ${span.end}), which reads ${shorten(actual)}`,
        ),
      );
    for (const range of furniture)
      if (span.start < range.end && range.start < span.end)
        problems.push(
          problem(
            "span-in-furniture",
            ["evidence", index, "start"],
            `span [${span.start}, ${span.end}) overlaps page furniture "${range.label}" at [${range.start}, ${range.end}), which is not part of the story`,
          ),
        );
  });
  return problems;
}
