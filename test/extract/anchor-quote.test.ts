import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARTICLE_TEXT } from "../../src/fixtures/index.js";
import { anchorQuote, quoteSelectorFor } from "../../src/index.js";

describe("anchorQuote", () => {
  it("finds no place for an empty or blank quote, rather than one everywhere", () => {
    for (const quote of ["", "   "]) expect(anchorQuote(ARTICLE_TEXT, { quote })).toMatchObject({ ok: false, code: "quote-not-found", candidates: [] });
  });

  it("finds an exact quote at its offsets", () => {
    expect(anchorQuote(ARTICLE_TEXT, { quote: "diplomatic sources said Thursday" })).toEqual({
      ok: true,
      start: ARTICLE_TEXT.indexOf("diplomatic sources said Thursday"),
      end: ARTICLE_TEXT.indexOf("diplomatic sources said Thursday") + 32,
      quote: "diplomatic sources said Thursday",
      match: "exact",
    });
  });

  it("sets aside straight and curly quotes, dashes and runs of white space, and returns the article's words", () => {
    const text = "He said “no”\u2014twice,  at Japan’s\nembassy.";
    const found = anchorQuote(text, { quote: `said "no"-twice, at Japan's embassy` });
    expect(found).toMatchObject({ ok: true, start: 3, end: text.length - 1, match: "normalized" });
    expect(found.ok && found.quote).toBe("said “no”\u2014twice,  at Japan’s\nembassy");
  });

  it("drops a full stop the model ended its quote with where the article goes on", () => {
    const found = anchorQuote(ARTICLE_TEXT, { quote: "Li showed a positive attitude toward the proposal." });
    expect(found.ok && found.quote).toBe("Li showed a positive attitude toward the proposal");
  });

  it("does not match a quote that differs in its words", () => {
    expect(anchorQuote(ARTICLE_TEXT, { quote: "Li showed a negative attitude" })).toMatchObject({ ok: false, code: "quote-not-found", candidates: [] });
  });

  it("prefers a match at word boundaries to one inside a word", () => {
    expect(anchorQuote("Light came to Li.", { quote: "Li" })).toMatchObject({ ok: true, start: 14, end: 16 });
  });

  it("counts offsets in UTF-16 code units past a character outside the Basic Multilingual Plane", () => {
    const text = "😀 Talks in Beijing";
    expect(anchorQuote(text, { quote: "Beijing" })).toMatchObject({ ok: true, start: 12, end: 19 });
  });
});

describe("quoteSelectorFor", () => {
  it("gives context only where the words occur more than once", () => {
    const at = ARTICLE_TEXT.indexOf("Akitaka Saiki");
    expect(quoteSelectorFor(ARTICLE_TEXT, { start: at, end: at + 13 })).toEqual({ quote: "Akitaka Saiki", prefix: null, suffix: null });
    const said = ARTICLE_TEXT.lastIndexOf("the sources said");
    const selector = quoteSelectorFor(ARTICLE_TEXT, { start: said, end: said + 16 });
    expect(selector.prefix ?? selector.suffix).not.toBeNull();
  });

  it("gives a selector that anchorQuote finds at the same span, for any span of the article that starts and ends a word", () => {
    const words = [...ARTICLE_TEXT.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.integer({ min: 0, max: 6 }), (first, length) => {
        const last = Math.min(words.length - 1, first + length);
        const range = { start: words[first]!.start, end: words[last]!.end };
        const found = anchorQuote(ARTICLE_TEXT, quoteSelectorFor(ARTICLE_TEXT, range));
        expect(found).toMatchObject({ ok: true, start: range.start, end: range.end });
      }),
      // the spans at the article's two ends always among them, where a word has no neighbour
      { numRuns: 300, examples: [[0, 6], [words.length - 1, 0], [words.length - 3, 6]] },
    );
  });
});
