import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createDocumentBuilder } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";

const { text, furniture = [] } = japanNorthKorea2004.article;

describe("evidence spans found from their quotes", () => {
  test.prop([fc.nat(), fc.integer({ min: 1, max: 60 })])(
    "slice the article back to the quote for any span of the story, and refuse any span of page furniture",
    (from, length) => {
      const start = from % (text.length - 1);
      const quote = text.slice(start, start + length);
      const end = start + quote.length;
      const starts: number[] = [];
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
      const builder = createDocumentBuilder(text, { furniture });
      const add = () => builder.evidence(quote, { occurrence: starts.indexOf(start) + 1 });
      if (furniture.some((range) => start < range.end && range.start < end)) {
        expect(add).toThrow(/lies in page furniture/);
        return;
      }
      add();
      const result = builder.build();
      const span = result.ok ? result.document.evidence[0] : undefined;
      expect([span?.start, span?.end]).toEqual([start, end]);
      expect(text.slice(start, end)).toBe(quote);
    },
  );

  test.prop([fc.integer({ min: 0, max: 17 })])("refuse every span that starts in the page furniture", (offset) => {
    const range = furniture[0]!;
    const start = Math.min(range.start + offset, range.end - 1);
    const quote = text.slice(start, range.end);
    const starts: number[] = [];
    for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
    const builder = createDocumentBuilder(text, { furniture });
    expect(() => builder.evidence(quote, { occurrence: starts.indexOf(start) + 1 })).toThrow(/lies in page furniture/);
  });
});
