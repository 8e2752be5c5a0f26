import type { NewsDocument } from "../model/document.js";
import type { DocumentTable } from "./document-table.js";
import { problem, type Problem } from "./problem.js";

function shorten(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/**
 * Whether `offset` falls between the two UTF-16 code units of one character (a high
 * surrogate and the low one after it), where no span may start or end.
 */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The problems of a range whose ends split a character, one per end. */
function splitProblems(text: string, range: { readonly start: number; readonly end: number }, at: readonly (string | number)[], what: string): Problem[] {
  const problems: Problem[] = [];
  for (const end of ["start", "end"] as const) {
    const offset = range[end];
    if (!splitsCharacter(text, offset)) continue;
    problems.push(
      problem(
        "span-splits-character",
        [...at, end],
        `${what} [${range.start}, ${range.end}) ${end === "start" ? "starts" : "ends"} inside the character ${JSON.stringify(text.slice(offset - 1, offset + 1))} at offsets ${offset - 1} to ${offset + 1}: offsets count UTF-16 code units, and this character takes two; move the ${end} to ${offset - 1} or ${offset + 1}`,
      ),
    );
  }
  return problems;
}

/**
 * Checks each evidence span against the article: it lies inside the text, its quote
 * equals the text at its offsets, and it does not overlap page furniture. Checks the
 * furniture ranges too. Neither may start or end inside a character that takes two
 * UTF-16 code units (an emoji, a rare ideograph): its quote would not be well-formed
 * Unicode.
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
    else problems.push(...splitProblems(text, range, ["article", "furniture", index], "furniture"));
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
    if (splitsCharacter(text, span.start) || splitsCharacter(text, span.end)) problems.push(...splitProblems(text, span, ["evidence", index], "span"));
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
