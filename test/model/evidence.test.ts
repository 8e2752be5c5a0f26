import { describe, expect, it } from "vitest";
import { EvidenceSpan, OffsetUnit, toCodePointOffset, toCodePointOffsets } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const base = { id: "ev-1", start: 0, end: 5, quote: "Japan" };

describe("EvidenceSpan", () => {
  it("accepts offsets and a quote", () => {
    expect(expectValid(EvidenceSpan, base)).toEqual(base);
  });

  it("rejects a negative start", () => {
    expectIssue(EvidenceSpan, { ...base, start: -1 }, { path: ["start"], code: "too_small" });
  });

  it("rejects a fractional offset", () => {
    expectIssue(EvidenceSpan, { ...base, end: 4.5 }, { path: ["end"], code: "invalid_type", message: /expected int/ });
  });

  it("rejects an empty quote", () => {
    expectIssue(EvidenceSpan, { ...base, quote: "" }, { path: ["quote"], code: "too_small" });
  });

  it("rejects an unknown key, naming it", () => {
    expectIssue(EvidenceSpan, { ...base, page: 2 }, { path: [], code: "unrecognized_keys", message: /"page"/ });
  });
});

describe("OffsetUnit", () => {
  it("is UTF-16 code units and nothing else", () => {
    expect(OffsetUnit.parse("utf-16-code-unit")).toBe("utf-16-code-unit");
    expectIssue(OffsetUnit, "code-point", { path: [], code: "invalid_value" });
  });
});

describe("toCodePointOffset", () => {
  const text = "Kim 😀 met Li";

  it("agrees with UTF-16 offsets before a character outside the BMP", () => {
    expect(toCodePointOffset(text, 4)).toBe(4);
  });

  it("counts a surrogate pair as one code point after it", () => {
    // "😀" is two UTF-16 code units and one code point, so "met" starts at 7 in UTF-16 and at 6 in code points.
    expect(text.slice(7, 10)).toBe("met");
    expect(toCodePointOffset(text, 7)).toBe(6);
    expect([...text].slice(6, 9).join("")).toBe("met");
  });

  it("counts a lone high surrogate at the end of the range as one code point", () => {
    expect(toCodePointOffset(text, 5)).toBe(5);
  });

  it("stops at the end of the text", () => {
    expect(toCodePointOffset("ab", 10)).toBe(2);
  });

  it("converts both ends of a span", () => {
    expect(toCodePointOffsets(text, { start: 7, end: 10 })).toEqual({ start: 6, end: 9 });
  });
});
