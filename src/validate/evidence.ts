import type { NewsDocument } from "../model/document.js";
import { problem, type Problem } from "./problem.js";

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * Checks each evidence span against the article: it lies inside the text, its quote
 * equals the text at its offsets, and it does not overlap page furniture. Checks the
 * furniture ranges too.
 * @group Validation
 */
export function checkEvidence(document: NewsDocument): Problem[] {
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
  // Furniture sorted by start, with the furthest end among each prefix: a span overlaps
  // nothing when no range starting before its end reaches past its start, which one
  // binary search answers. Only a span that does overlap scans the ranges.
  const order = furniture.map((_, index) => index).sort((a, b) => furniture[a]!.start - furniture[b]!.start);
  const starts = order.map((index) => furniture[index]!.start);
  const reach: number[] = [];
  for (let i = 0, most = -Infinity; i < order.length; i++) reach.push((most = Math.max(most, furniture[order[i]!]!.end)));
  const evidence = document.evidence;
  for (let index = 0; index < evidence.length; index++) {
    const span = evidence[index]!;
    if (span.end < span.start || span.end > text.length) {
      problems.push(
        problem(
          "span-out-of-range",
          ["evidence", index, "end"],
          `span [${span.start}, ${span.end}) must lie within the text (0 to ${text.length}) and not end before it starts`,
        ),
      );
      continue;
    }
    // Comparing a slice is nearly twice as fast as startsWith on a two-byte text; the
    // span lies inside the text here, so the two agree.
    if (span.quote.length !== span.end - span.start || text.slice(span.start, span.end) !== span.quote) {
      const actual = text.slice(span.start, span.end);
      problems.push(
        problem(
          "quote-mismatch",
          ["evidence", index, "quote"],
          `the quote ${shorten(span.quote)} does not match the article at [${span.start}, ${span.end}), which reads ${shorten(actual)}`,
        ),
      );
    }
    let before = 0;
    for (let high = starts.length; before < high; ) {
      const middle = (before + high) >>> 1;
      if (starts[middle]! < span.end) before = middle + 1;
      else high = middle;
    }
    if (before === 0 || reach[before - 1]! <= span.start) continue;
    for (const range of furniture)
      if (span.start < range.end && range.start < span.end)
        problems.push(
          problem(
            "span-in-furniture",
            ["evidence", index, "start"],
            `span [${span.start}, ${span.end}) overlaps page furniture "${range.label}" at [${range.start}, ${range.end}), which is not part of the story`,
          ),
        );
  }
  return problems;
}
