import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocumentJson, toPointer, validateDocument, type ProblemCode, type ValidationResult } from "../../src/index.js";
import { validDocument } from "../arbitraries/document.js";
import { nodesOf, setAt } from "../arbitraries/json-tree.js";
import { report, Slowest } from "./report.js";

/** Every problem code, as a record so the compiler notices a new one. */
const CODES: { readonly [code in ProblemCode]: true } = {
  "invalid-json": true,
  "duplicate-key": true,
  "inexact-number": true,
  "not-json": true,
  "unknown-version": true,
  shape: true,
  "duplicate-id": true,
  "dangling-reference": true,
  "wrong-kind": true,
  "quote-mismatch": true,
  "span-out-of-range": true,
  "span-in-furniture": true,
  "interval-order": true,
  "inference-path": true,
  cycle: true,
  inconsistent: true,
  "too-deep": true,
  "too-large": true,
  "span-splits-character": true,
  "quote-not-found": true,
  "quote-ambiguous": true,
};

const slowest = new Slowest();
const seen = new Map<ProblemCode, number>();

afterAll(() => {
  report("fuzz", {
    cases: slowest.cases,
    slowestMs: slowest.ms.toFixed(1),
    slowestCase: JSON.stringify(slowest.what),
    codes: [...seen].map(([code, count]) => `${code}:${count}`).join(","),
  });
});

/** Runs one case, times it, and checks that the result is a well-formed result. */
function check(what: string, run: () => ValidationResult): void {
  const start = performance.now();
  let result: ValidationResult | undefined;
  expect(() => {
    result = slowest.time(what, run);
  }, what).not.toThrow();
  if (result!.ok) {
    expect(result!.document).toBeTypeOf("object");
    return;
  }
  expect(result!.problems.length, what).toBeGreaterThan(0);
  for (const found of result!.problems) {
    expect(Object.hasOwn(CODES, found.code), found.code).toBe(true);
    expect(found.pointer).toBe(toPointer(found.path));
    expect(found.message.length).toBeGreaterThan(0);
    seen.set(found.code, (seen.get(found.code) ?? 0) + 1);
  }
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

describe("fuzzing validateDocument and parseDocumentJson", () => {
  it("returns a result for any JSON value, never an exception", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        check("fc.jsonValue", () => validateDocument(value));
        check("fc.jsonValue as text", () => parseDocumentJson(JSON.stringify(value) ?? "null"));
      }),
      { numRuns: 300 },
    );
  });

  it("returns a result for any JavaScript value: maps, sets, dates, big integers, sparse arrays, null prototypes", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => check("fc.anything", () => validateDocument(value))),
      { numRuns: 300 },
    );
  });

  it("returns a result for any bytes decoded as UTF-8", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => check("random bytes", () => parseDocumentJson(decoder.decode(bytes)))),
      { numRuns: 300 },
    );
  });

  it("returns a result for the bytes of a valid document with bytes changed, inserted or removed", () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.uint8Array({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(validDocument, fc.array(edit, { minLength: 1, maxLength: 4 }), (document, edits) => {
        let bytes = Array.from(encoder.encode(JSON.stringify(document)));
        for (const { at, remove, insert } of edits) {
          const index = at % (bytes.length + 1);
          bytes = [...bytes.slice(0, index), ...insert, ...bytes.slice(index + remove)];
        }
        check("edited document bytes", () => parseDocumentJson(decoder.decode(Uint8Array.from(bytes))));
      }),
      { numRuns: 150 },
    );
  });

  it("returns a result for a valid document with any part replaced by any value", () => {
    fc.assert(
      // No BigInt here: one as schemaVersion makes validateDocument throw (see hostile.test.ts).
      fc.property(validDocument, fc.nat(), fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true }), (document, pick, value) => {
        const nodes = [...nodesOf(document)].filter((node) => node.path.length > 0);
        const node = nodes[pick % nodes.length]!;
        setAt(document, node.path, value);
        check("valid document with a part replaced", () => validateDocument(document));
      }),
      { numRuns: 150 },
    );
  });

  it("reaches both the JSON parser's and the shape check's problems across the cases", () => {
    // Whole-document codes appear too, a few per run, and are counted in the report line.
    for (const code of ["invalid-json", "shape"] as const) expect(seen.get(code) ?? 0, code).toBeGreaterThan(0);
  });
});
