import * as z from "zod";
import { EvidenceId } from "./id.js";

/**
 * The unit every offset in a document counts in: UTF-16 code units, the unit of
 * JavaScript's `String.prototype.slice`.
 *
 * @remarks The W3C Web Annotation model counts Unicode code points instead. The two
 * agree until the text holds a character outside the Basic Multilingual Plane (an emoji,
 * a rare CJK ideograph), which takes two UTF-16 code units and one code point.
 * @group Evidence
 */
export const OffsetUnit = /* @__PURE__ */ z
  .literal("utf-16-code-unit")
  .meta({
    description:
      "The unit of every offset in the document: UTF-16 code units, as JavaScript's String.prototype.slice counts them.",
  });
export type OffsetUnit = z.infer<typeof OffsetUnit>;

const Offset = /* @__PURE__ */ z
  .int()
  .nonnegative()
  .meta({ description: "An offset into the article text, in UTF-16 code units." });

// Built in a pure function, so that a bundler drops it, with its schema, where only OffsetUnit is imported.
const EvidenceSpanShape = /* @__PURE__ */ (() => ({
  /** Unique id of this span. */
  id: EvidenceId,
  /** Offset of the first character of the quote, in UTF-16 code units. */
  start: Offset.meta({
    description: "Offset of the first character of the quoted text in the article, in UTF-16 code units, counting from 0.",
  }),
  /** Offset just past the last character of the quote (exclusive), in UTF-16 code units. */
  end: Offset.meta({
    description: "Offset just past the last character of the quoted text (exclusive), in UTF-16 code units.",
  }),
  /** The exact text of the article between `start` and `end`. */
  quote: z.string().min(1).meta({
    description: "The exact article text between start and end, character for character.",
  }),
}))();

/** The type of the {@link EvidenceSpan} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface EvidenceSpanSchema extends z.ZodObject<typeof EvidenceSpanShape, z.core.$strict> {}

/**
 * A span of the article that states a fact: its offsets and the exact quoted text.
 *
 * @remarks
 * Offsets count UTF-16 code units ({@link OffsetUnit}) and the span is half-open:
 * `article.text.slice(start, end) === quote`. The shape alone cannot check the quote
 * against the article; {@link validateDocument} does. Maps to the W3C Web Annotation
 * `TextPositionSelector` and `TextQuoteSelector`; see {@link toCodePointOffsets} for the
 * code-point offsets that model uses.
 * @example
 * ```ts
 * EvidenceSpan.parse({ id: "ev-said-thursday", start: 155, end: 183, quote: "diplomatic sources said Thursday" });
 * ```
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 * @group Evidence
 */
export const EvidenceSpan: EvidenceSpanSchema = /* @__PURE__ */ z
  .strictObject(EvidenceSpanShape)
  .meta({
    title: "EvidenceSpan",
    description:
      "A span of the article that states a fact: half-open UTF-16 offsets [start, end) and the exact quoted text, which must equal article.text.slice(start, end).",
  });
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;
export type EvidenceSpanInput = z.input<typeof EvidenceSpan>;

/**
 * Converts a UTF-16 code-unit offset into `text` to a Unicode code-point offset, the
 * unit of the W3C Web Annotation model.
 *
 * @example
 * ```ts
 * toCodePointOffset("a😀b", 3);
 * //=> 2
 * ```
 * @group Evidence
 */
export function toCodePointOffset(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/**
 * Converts a span's UTF-16 offsets into Unicode code-point offsets.
 *
 * @example
 * ```ts
 * toCodePointOffsets("😀 Beijing", { start: 3, end: 10 });
 * //=> { start: 2, end: 9 }
 * ```
 * @group Evidence
 */
export function toCodePointOffsets(
  text: string,
  span: { readonly start: number; readonly end: number },
): {
  /** The start, in code points. */
  start: number;
  /** The end (exclusive), in code points. */
  end: number;
} {
  return { start: toCodePointOffset(text, span.start), end: toCodePointOffset(text, span.end) };
}
