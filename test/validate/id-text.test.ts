import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "../../src/model/id.js";
import { PATTERN_LOOPS } from "../../scripts/assert-code.js";
import { isIdText } from "../../src/validate/_lib/id-text.js";

/** Characters on both sides of every edge of the pattern's classes, and a few beyond. */
const edges = fc.constantFrom(..."/09:;@AZ[`az{-._,+ \n\t~é😀\u0000\u00c1\u0141\ud800".split(""), "\ud83d\ude00");

describe("isIdText", () => {
  it("answers as ID_PATTERN does on strings of edge characters, of every length up to past the limit", () => {
    fc.assert(
      fc.property(fc.array(edges, { maxLength: 140 }).map((parts) => parts.join("")), (text) => {
        expect(isIdText(text), JSON.stringify(text)).toBe(ID_PATTERN.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("answers as ID_PATTERN does around the length limit and on the first character", () => {
    for (const text of ["a".repeat(127), "a".repeat(128), "a".repeat(129), "", "-a", ":a", "_a", ".a", "0", "a-", "a\n", "\na"])
      expect(isIdText(text), JSON.stringify(text)).toBe(ID_PATTERN.test(text));
    expect(isIdText("a".repeat(128))).toBe(true);
    expect(isIdText("a".repeat(129))).toBe(false);
    expect(isIdText("kim-kye-gwan")).toBe(true);
  });

  it("is the loop the generated shape check runs for ID_PATTERN", () => {
    expect(PATTERN_LOOPS.get(ID_PATTERN)).toBe(isIdText);
  });
});
