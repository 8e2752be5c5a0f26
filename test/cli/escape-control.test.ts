import { fc, it as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { escapeControl, escapeControlKeepingLines, escapeStrings, toJsonLine } from "../../src/cli/escape-control.js";

// What a terminal acts on: C0 controls, DEL, C1 controls, line and paragraph separators, bidirectional controls.
const ACTED_ON = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("escapeControl", () => {
  it("writes line breaks, tabs and terminal escapes as visible escapes", () => {
    expect(escapeControl("a\nb\r\tc\u001b[31md\u009be\u2028f\u202eg")).toBe("a\\nb\\r\\tc\\u001b[31md\\u009be\\u2028f\\u202eg");
  });

  it("leaves other text as it is, accents, CJK and emoji included", () => {
    expect(escapeControl("Pyongyang 평양 — naïve 😀")).toBe("Pyongyang 평양 — naïve 😀");
  });

  it("keeps the newlines of several lines when asked, and nothing else", () => {
    expect(escapeControlKeepingLines("one\u001b\ntwo\r")).toBe("one\\u001b\ntwo\\r");
  });

  property.prop([fc.string({ unit: "binary" })])("leaves nothing a terminal acts on, in one line", (text) => {
    expect(escapeControl(text)).not.toMatch(ACTED_ON);
  });
});

describe("toJsonLine", () => {
  property.prop([fc.jsonValue()])("writes JSON that parses back to the value, with nothing a terminal acts on", (value) => {
    const line = toJsonLine(value);
    expect(line).not.toMatch(ACTED_ON);
    expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it("escapes what JSON.stringify leaves raw", () => {
    expect(toJsonLine({ "k\u2028": "\u009b\u202e" })).toBe('{"k\\u2028":"\\u009b\\u202e"}');
  });
});

describe("escapeStrings", () => {
  it("escapes every string in a value, keeping its keys and its other values", () => {
    expect(escapeStrings({ name: "a\nb", list: ["\u001b", 1, null, true], nested: { "k\n": "ok" } })).toEqual({
      name: "a\\nb",
      list: ["\\u001b", 1, null, true],
      nested: { "k\n": "ok" },
    });
  });
});
