import { fc, it as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { LineMap, locatePaths, syntaxErrorOffset } from "../../src/cli/json-position.js";

const json = fc.json({ maxDepth: 4 });

describe("LineMap", () => {
  it("gives the 1-based line and column of an offset", () => {
    const lines = new LineMap("ab\ncd\n\nef");
    expect(lines.positionOf(0)).toEqual({ line: 1, column: 1 });
    expect(lines.positionOf(2)).toEqual({ line: 1, column: 3 });
    expect(lines.positionOf(3)).toEqual({ line: 2, column: 1 });
    expect(lines.positionOf(6)).toEqual({ line: 3, column: 1 });
    expect(lines.positionOf(8)).toEqual({ line: 4, column: 2 });
  });
});

describe("locatePaths", () => {
  it("finds the value at each path, through objects, arrays and escaped keys", () => {
    const text = '{\n  "a": [1, {"b\\u0022": true}],\n  "c": {"d": "x"}\n}';
    const [array, nested, deep, root] = locatePaths(text, [["a"], ["a", 1, 'b"'], ["c", "d"], []]);
    expect(text.slice(array)).toMatch(/^\[1, /);
    expect(text.slice(nested)).toMatch(/^true}/);
    expect(text.slice(deep)).toMatch(/^"x"}/);
    expect(root).toBe(0);
  });

  it("falls back to the deepest value on the way to a path that leads nowhere", () => {
    const text = '{"a": {"b": 1}, "list": [0]}';
    const [missingKey, missingIndex] = locatePaths(text, [["a", "z", "q"], ["list", 5]]);
    expect(text.slice(missingKey)).toMatch(/^\{"b"/);
    expect(text.slice(missingIndex)).toMatch(/^\[0\]/);
  });

  it("takes the last of duplicate keys, as JSON.parse does", () => {
    const text = '{"a": 1, "a": 2}';
    expect(text.slice(locatePaths(text, [["a"]])[0])).toBe("2}");
  });

  property.prop([json, fc.integer({ min: 0, max: 4 })])("finds, for any value in any JSON text, text that parses to it", (text, indent) => {
    const value: unknown = JSON.parse(text);
    const pretty = JSON.stringify(value, null, indent);
    const paths: (string | number)[][] = [];
    const visit = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((child, index) => visit(child, [...path, index]));
      else if (node !== null && typeof node === "object") for (const [key, child] of Object.entries(node)) visit(child, [...path, key]);
    };
    visit(value, []);
    const offsets = locatePaths(pretty, paths);
    paths.forEach((path, index) => {
      const expected = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);
      const rest = pretty.slice(offsets[index]);
      expect(rest.startsWith(JSON.stringify(expected, null, indent).split("\n")[0]!)).toBe(true);
    });
  });
});

describe("syntaxErrorOffset", () => {
  it("points at the first character JSON cannot have there", () => {
    expect(syntaxErrorOffset('{"a": }')).toBe(6);
    expect(syntaxErrorOffset("[1, 2,]")).toBe(6);
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset("[01]")).toBe(2);
    expect(syntaxErrorOffset('"tab\there"')).toBe(4);
    expect(syntaxErrorOffset('"\\x"')).toBe(1);
    expect(syntaxErrorOffset("{} {}")).toBe(3);
  });

  it("points past the end of text that ends too soon", () => {
    expect(syntaxErrorOffset('{"a": [1, 2')).toBe(11);
    expect(syntaxErrorOffset('"abc')).toBe(4);
    expect(syntaxErrorOffset("")).toBe(0);
  });

  property.prop([json])("finds no error in valid JSON", (text) => {
    expect(syntaxErrorOffset(text)).toBeUndefined();
    expect(syntaxErrorOffset(JSON.stringify(JSON.parse(text), null, 2))).toBeUndefined();
  });

  property.prop([json, fc.nat(), fc.constantFrom("", "}", "]", ",", ":", "x", '"', "\\")])(
    "finds an error exactly where JSON.parse rejects a cut or altered text",
    (text, cut, inserted) => {
      const at = cut % (text.length + 1);
      const changed = text.slice(0, at) + inserted;
      let parses = true;
      try {
        JSON.parse(changed);
      } catch {
        parses = false;
      }
      expect(syntaxErrorOffset(changed) === undefined).toBe(parses);
    },
  );
});
