import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { NewsDocument } from "../../src/model/document.js";
import { TimeValue } from "../../src/model/time.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { readFileSync } from "node:fs";
import { DOCUMENT_CHECK_FILE, documentCheckSource } from "../../scripts/build-document-check.js";
import { assertionFor, assertionSet, assertionSource, schemaPaths } from "../../scripts/assert-code.js";
import { reach } from "../../src/validate/_lib/assert-runtime.js";
import { toCodePointOffset } from "../../src/model/evidence.js";
import { generatedDocumentCheck } from "../../src/validate/compiled.js";
import { validDocument } from "../arbitraries/document.js";
import { copyJson, deleteAt, nodesOf, setAt } from "../arbitraries/json-tree.js";
import { MUTATION_KINDS, mutate } from "../arbitraries/mutations.js";

/** Whether zod's own parser accepts the input: what the generated check must answer. */
function zodAccepts(schema: z.core.$ZodType, input: unknown): boolean {
  return z.safeParse(schema, input).success;
}

/** Checks that the generated check answers as zod's parser does on each input, and returns its answers. */
function answers(schema: z.core.$ZodType, inputs: readonly unknown[]): boolean[] {
  const check = assertionFor(schema);
  return inputs.map((input) => {
    const generated = check(input);
    expect(generated, `on ${typeof input === "bigint" ? `${input}n` : String(JSON.stringify(input))}`).toBe(zodAccepts(schema, input));
    return generated;
  });
}

/** The reasons the generated code gives for each part it leaves to zod's parser. */
function islands(schema: z.core.$ZodType): string[] {
  return [...assertionSource(schema).matchAll(/^\/\/ zod's parser: (.*)$/gm)].map((found) => found[1]!);
}

describe("assertionFor, part by part, against zod's parser", () => {
  it("counts a string's length in code points, as zod does", () => {
    expect(answers(z.string().min(2), ["ab", "a", "😀", "😀a", "", 2])).toEqual([true, false, false, true, false, false]);
    expect(answers(z.string().max(1), ["a", "😀", "ab", "\ud83d"])).toEqual([true, true, false, true]);
    expect(answers(z.string().length(2), ["ab", "😀😀", "😀", "abc"])).toEqual([true, true, false, false]);
  });

  it("tests a pattern afresh on every call, even a global one", () => {
    const check = assertionFor(z.string().regex(/^a+$/g));
    expect([check("aa"), check("aa"), check("ab"), check("a")]).toEqual([true, true, false, true]);
    const sticky = assertionFor(z.string().regex(/a/y));
    expect([sticky("ab"), sticky("ab"), sticky("ba")]).toEqual([true, true, false]);
    expect(answers(z.string().regex(/a/y), ["ab", "ba"])).toEqual([true, false]);
  });

  it("checks integers and their bounds, inclusive and exclusive", () => {
    expect(answers(z.int().min(1).max(12), [1, 12, 0, 13, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "1", 2 ** 53])).toEqual([true, true, false, false, false, false, false, false, false]);
    expect(answers(z.number().positive(), [0, -0, 0.1, -1])).toEqual([false, false, true, false]);
    expect(answers(z.number().lt(1), [0.99, 1, Number.NEGATIVE_INFINITY])).toEqual([true, false, false]);
  });

  it("matches enums, literals, booleans and null exactly", () => {
    expect(answers(z.enum(["a", "b"]), ["a", "b", "c", undefined, null])).toEqual([true, true, false, false, false]);
    // up to sixteen strings are compared one by one, more go through a set: both answer alike
    const letters = "abcdefghijklmnopq".split("");
    for (const count of [16, 17]) {
      const values = letters.slice(0, count);
      expect(answers(z.enum(values as [string, ...string[]]), [...values, "z", "", undefined])).toEqual([...values.map(() => true), false, false, false]);
    }
    expect(assertionSource(z.enum(letters.slice(0, 16) as [string, ...string[]]))).not.toContain(".has(");
    expect(assertionSource(z.enum(letters as [string, ...string[]]))).toContain(".has(");
    expect(answers(z.literal(1), [1, -0 + 1, "1", true])).toEqual([true, true, false, false]);
    expect(answers(z.literal(["x", 2, null, false]), ["x", 2, null, false, 0, ""])).toEqual([true, true, true, true, false, false]);
    expect(answers(z.boolean(), [true, false, 0, "true"])).toEqual([true, true, false, false]);
    expect(answers(z.null(), [null, undefined, 0])).toEqual([true, false, false]);
  });

  it("lets an optional key be absent or undefined, but not null", () => {
    const schema = z.strictObject({ a: z.string().optional() });
    expect(answers(schema, [{}, { a: undefined }, { a: "x" }, { a: null }, { a: 1 }])).toEqual([true, true, true, false, false]);
  });

  it("rejects unknown keys on a strict object, inherited ones too, and ignores them on a stripping one", () => {
    const strict = z.strictObject({ a: z.string() });
    const inherited: unknown = Object.assign(Object.create({ extra: 1 }) as object, { a: "x" });
    expect(answers(strict, [{ a: "x" }, { a: "x", b: 1 }, inherited, {}, [], null, "a"])).toEqual([true, false, false, false, false, false, false]);
    expect(answers(z.object({ a: z.string() }), [{ a: "x", b: 1 }, {}])).toEqual([true, false]);
    expect(answers(z.strictObject({}), [{}, { a: 1 }])).toEqual([true, false]);
  });

  it("picks a discriminated union's option by its tag", () => {
    const schema = z.discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("a"), n: z.number() }),
      z.strictObject({ kind: z.literal("b"), s: z.string() }),
    ]);
    expect(answers(schema, [{ kind: "a", n: 1 }, { kind: "b", s: "x" }, { kind: "a", s: "x" }, { kind: "c" }, { n: 1 }, [], null])).toEqual([true, true, false, false, false, false, false]);
  });

  it("tries a plain union's options in turn, even when one fails deep inside a loop", () => {
    const schema = z.union([z.array(z.strictObject({ s: z.string() })), z.array(z.number()), z.string().min(3)]);
    expect(answers(schema, [[{ s: "x" }], [1, 2], [1, { s: "x" }], "abc", "ab", [], [{ s: 1 }]])).toEqual([true, true, false, true, false, true, false]);
    const nested = z.array(z.union([z.union([z.literal("a"), z.number().int()]), z.strictObject({ u: z.union([z.string(), z.null()]) })]));
    expect(answers(nested, [["a", 1, { u: null }, { u: "x" }], [1.5], [{ u: 1 }], ["b"]])).toEqual([true, false, false, false]);
  });

  it("runs an object's custom check after its shape, as zod does", () => {
    expect(
      answers(TimeValue, [
        { precision: "month", month: 3 },
        { precision: "month" },
        { precision: "part-of-day", weekday: "wednesday", partOfDay: "night" },
        { precision: "part-of-day", weekday: "wednesday" },
        { precision: "month", month: 13 },
      ]),
    ).toEqual([true, false, true, false, false]);
  });

  it("answers false, without throwing, for a custom check that throws or is asynchronous", async () => {
    const throwing = z.strictObject({ a: z.string() }).check(() => {
      throw new Error("boom");
    });
    expect(assertionFor(throwing)({ a: "x" })).toBe(false);
    const asynchronous = z.strictObject({ a: z.string() }).refine(async () => true);
    expect(assertionFor(asynchronous)({ a: "x" })).toBe(false);
    const rejecting = z.strictObject({ a: z.string() }).refine(async () => Promise.reject(new Error("later")));
    expect(assertionFor(rejecting)({ a: "x" })).toBe(false);
    // the rejection is caught: vitest fails a run on an unhandled one
    await new Promise((resolve) => setTimeout(resolve, 10));
  });

  it("checks ISO dates and date-times by their patterns, and other formats as zod does", () => {
    expect(answers(z.iso.date(), ["2004-02-26", "2004-02-30", "2004-2-26", "", 20040226])).toEqual([true, false, false, false, false]);
    expect(answers(z.iso.datetime({ offset: true }), ["2004-02-26T10:00:00+09:00", "2004-02-26T10:00:00Z", "2004-02-26", "2004-02-26T25:00:00Z"])).toEqual([true, true, false, false]);
    expect(answers(z.url(), ["https://example.org/a", "not a url", "mailto:x@example.org"])).toEqual([true, false, true]);
    expect(islands(z.url())).toEqual([]);
  });

  it("leaves records and lazy schemas to zod's parser, where they sit", () => {
    const Json: z.ZodType = z.lazy(() => z.union([z.string(), z.number(), z.array(Json), z.record(z.string(), Json)]));
    const schema = z.strictObject({ name: z.string(), data: z.record(z.string(), Json).optional() });
    expect(answers(schema, [{ name: "a" }, { name: "a", data: { x: [1, "y", { z: 2 }] } }, { name: "a", data: { x: [true] } }, { name: 1, data: {} }])).toEqual([true, true, false, false]);
    expect(islands(schema)).toEqual(["the type record"]);
    expect(answers(Json, [[1, ["a"]], [null]])).toEqual([true, false]);
  });

  it.each([
    ["a date", z.date(), [new Date(0), new Date(Number.NaN), "2004"]],
    ["a bigint literal", z.literal(1n), [1n, 1]],
    ["a multiple-of check", z.number().multipleOf(0.5), [1.5, 1.2]],
    // `when` is on every check's definition, though the typed parameters of z.regex leave it out
    ["a check with a when condition", z.string().check(z.regex(/^a/, { when: () => false } as Parameters<typeof z.regex>[1])), ["ab", "b"]],
    ["a coercing string", z.coerce.string(), [1, "a"]],
    ["a transform", z.string().transform((text) => text.length), ["ab", 1]],
    ["an exclusive union", z.xor([z.string(), z.string().min(2)]), ["a", "ab", 1]],
    ["an exact optional key", z.strictObject({ a: z.string().exactOptional() }), [{}, { a: undefined }, { a: "x" }]],
    ["a default", z.strictObject({ a: z.string().default("x") }), [{}, { a: 1 }]],
    ["a loose object", z.looseObject({ a: z.string() }), [{ a: "x", b: 1 }, { b: 1 }]],
    ["an object with 31 required keys", z.strictObject(Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, z.number()]))), [{}]],
  ] as const)("leaves %s to zod's parser, and still answers as it does", (_name, schema, inputs) => {
    expect(islands(schema).length).toBeGreaterThan(0);
    answers(schema, inputs);
  });

  it("accepts anything for unknown and nothing for never", () => {
    expect(answers(z.strictObject({ a: z.unknown() }), [{ a: 1 }, { a: null }, {}])).toEqual([true, true, false]);
    expect(answers(z.never(), [1, undefined])).toEqual([false, false]);
  });
});

describe("the document's check, generated at build time", () => {
  const check = generatedDocumentCheck()!;

  it("is the module the build script writes now", () => {
    expect(readFileSync(DOCUMENT_CHECK_FILE, "utf8"), "run `npm run build:check` after changing a schema").toBe(documentCheckSource());
  });

  it("writes out every part of the document but its records of extensions", () => {
    expect(new Set(islands(NewsDocument))).toEqual(new Set(["the type record"]));
  });

  it("answers as the check generated at run time does", () => {
    const atRunTime = assertionFor(NewsDocument);
    fc.assert(
      fc.property(validDocument, fc.gen(), (document, g) => {
        expect(check(document)).toBe(atRunTime(document));
        for (const kind of MUTATION_KINDS) {
          const mutation = mutate(kind, document, g);
          if (mutation) expect(check(mutation.document), mutation.description).toBe(atRunTime(mutation.document));
        }
      }),
      { numRuns: 20 },
    );
  });

  it("accepts the fixture", () => {
    expect(check(japanNorthKorea2004)).toBe(true);
  });

  it("accepts every generated document", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        expect(check(document)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("answers as zod's parser does for each kind of mutation", () => {
    fc.assert(
      fc.property(validDocument, fc.gen(), (document, g) => {
        for (const kind of MUTATION_KINDS) {
          const mutation = mutate(kind, document, g);
          if (mutation) expect(check(mutation.document), mutation.description).toBe(zodAccepts(NewsDocument, mutation.document));
        }
      }),
      { numRuns: 40 },
    );
  });

  /** Values that sit at the edges of what the schemas accept. */
  const edgeValue = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, null, "", "😀", "\ud83d", "x".repeat(129), "a:b", -0, 0, 1, 1.5, -1, 13, 32, 10_000, Number.NaN, Number.POSITIVE_INFINITY),
    fc.constantFrom("person", "state", "delegation", "day", "month", "held", "2004-02-26", "2004-02-26T10:00:00+09:00", "+09:00"),
    fc.constantFrom([], {}, [null], { extra: 1 }),
  );

  it("answers as zod's parser does with any part of a document replaced, removed or joined by an unknown key", () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), fc.constantFrom("replace", "delete", "add"), edgeValue, (document, pick, how, value) => {
        const changed = copyJson(document);
        const nodes = [...nodesOf(changed)];
        const node = nodes[pick % nodes.length]!;
        if (how === "replace" && node.path.length > 0) setAt(changed, node.path, value);
        else if (how === "delete" && node.path.length > 0 && typeof node.path.at(-1) === "string") deleteAt(changed, node.path);
        else if (how === "add" && node.value !== null && typeof node.value === "object" && !Array.isArray(node.value))
          (node.value as Record<string, unknown>)["unknownKey"] = value;
        expect(check(changed), `${how} at /${node.path.join("/")} with ${String(JSON.stringify(value))}`).toBe(zodAccepts(NewsDocument, changed));
      }),
      { numRuns: 400 },
    );
  });
});

describe("assertionSet and schemaPaths, for writing checks into a module", () => {
  it("writes each schema's check over one table of values", () => {
    const pattern = /^x+$/;
    const first = z.strictObject({ a: z.string().regex(pattern) });
    const second = z.array(z.string().regex(pattern).min(3));
    const set = assertionSet([first, second]);
    expect(set.bodies).toHaveLength(2);
    expect(set.values.filter((value) => value === pattern)).toHaveLength(1);
    const shared = set.functions.map(({ name, body }) => `function ${name}(input) {\n${body}\n}\n`).join("");
    const [one, two] = set.bodies.map((body) => new Function(...set.names, `${shared}return function (input) {\n${body}\n};`)(...set.values) as (input: unknown) => boolean);
    expect([one!({ a: "xx" }), one!({ a: "y" }), one!({ a: "xx", b: 1 })]).toEqual([true, false, false]);
    expect([two!(["xxx"]), two!(["xx"]), two!(["xxxx", "yyy"])]).toEqual([true, false, false]);
  });

  it("writes a part met behind one shared wrapper in many objects once, as a function of its own", () => {
    const marks = z.array(z.strictObject({ a: z.string().min(2) })).optional();
    const root = z.strictObject({ x: z.strictObject({ m: marks }), y: z.strictObject({ m: marks }), z: z.strictObject({ m: marks }) });
    const source = assertionSource(root);
    expect(source.match(/case "a"/g)).toHaveLength(1);
    expect(source.match(/^function s\d+\(input\)/gm)).toHaveLength(1);
    expect(answers(root, [{ x: { m: [{ a: "aa" }] }, y: {}, z: { m: [] } }, { x: {}, y: { m: [{ a: "a" }] }, z: {} }, { x: {}, y: {}, z: { m: [{}] } }])).toEqual([true, false, false]);
  });

  it("gives each named part a function of that name, and calls it from its holder", () => {
    const inner = z.strictObject({ b: z.boolean() });
    const root = z.strictObject({ inner, n: z.number() });
    const set = assertionSet([root], new Map([[inner, "checkInner"]]));
    expect(set.functions.map(({ name }) => name)).toEqual(["checkInner"]);
    expect(set.bodies[0]).toContain("checkInner(");
    const shared = set.functions.map(({ name, body }) => `function ${name}(input) {\n${body}\n}\n`).join("");
    const check = new Function(...set.names, `${shared}return function (input) {\n${set.bodies[0]}\n};`)(...set.values) as (input: unknown) => boolean;
    expect([check({ inner: { b: true }, n: 1 }), check({ inner: { b: 1 }, n: 1 }), check({ inner: { b: true } })]).toEqual([true, false, false]);
  });

  it("finds every value the document's check reads by a path from the document schema", () => {
    const set = assertionSet([NewsDocument]);
    const paths = schemaPaths(NewsDocument);
    const read = set.values.filter((value) => typeof value !== "function");
    expect(read.length).toBeGreaterThan(10);
    for (const value of read) {
      const path = paths.get(value);
      expect(path, String(value)).toBeDefined();
      const kind = value instanceof RegExp ? "pattern" : value instanceof Set ? "values" : "schema";
      expect(reach(NewsDocument, kind, path!)).toBe(value);
    }
  });

  it("keeps the shortest path to a part met twice", () => {
    const shared = z.string().regex(/^a$/);
    const root = z.strictObject({ deep: z.strictObject({ again: shared }), near: shared });
    expect(schemaPaths(root).get(shared)).toEqual(["_zod", "def", "shape", "near"]);
  });
});

describe("reach", () => {
  const root = z.strictObject({ name: z.string().regex(/^n/), kind: z.enum(["a", "b"]) });

  it("follows a path to a schema part, a pattern or an enum's values", () => {
    expect(reach(root, "schema", ["_zod", "def", "shape", "name"])).toBe(root.shape.name);
    expect(reach(root, "pattern", ["_zod", "def", "shape", "name", "_zod", "def", "checks", 0, "_zod", "def", "pattern"])).toEqual(/^n/);
    expect(reach(root, "values", ["_zod", "def", "shape", "kind", "_zod", "values"])).toEqual(new Set(["a", "b"]));
  });

  it("answers undefined, without throwing, where a step is missing or the value is of another kind", () => {
    expect(reach(root, "schema", ["_zod", "def", "shape", "missing"])).toBeUndefined();
    expect(reach(root, "schema", ["_zod", "def", "shape", "name", "_zod", "def", "type", "length", "deeper"])).toBeUndefined();
    expect(reach(null, "schema", ["_zod"])).toBeUndefined();
    expect(reach(root, "pattern", ["_zod", "def", "shape", "name"])).toBeUndefined();
    expect(reach(root, "values", ["_zod", "def", "shape", "name"])).toBeUndefined();
    expect(reach(root, "schema", ["_zod", "def", "type"])).toBeUndefined();
    const throwing = Object.defineProperty({}, "def", {
      get() {
        throw new Error("not here");
      },
    });
    expect(reach({ _zod: throwing }, "schema", ["_zod", "def", "shape"])).toBeUndefined();
  });

  it("counts code points as zod does, with the offset conversion the generated check calls", () => {
    expect(["", "a", "😀", "😀a", "\ud83d", "\ude00\ud83d"].map((text) => toCodePointOffset(text, text.length))).toEqual([0, 1, 1, 2, 1, 2]);
  });
});
