// Properties of reading values as JSON: any JSON reads back as itself, a cycle closed
// anywhere in a document is found where it closes, sharing parts of a document changes
// nothing, and a shared value is refused exactly when it would be too large as a tree.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { toPointer, validateDocument, type ValidationResult } from "../../src/index.js";
import { readJsonText } from "../../src/validate/read-json-text.js";
import { readJsonValue } from "../../src/validate/read-json-value.js";
import { validDocument } from "../arbitraries/document.js";
import { copyJson, getAt, nodesOf, type JsonPath } from "../arbitraries/json-tree.js";
import { MUTATION_KINDS, mutate } from "../arbitraries/mutations.js";
import { report } from "./report.js";

const RUNS = 100;
const counts = { jsonValues: 0, cycles: 0, sharedDocuments: 0, sharedMutants: 0, dags: 0, dagsRefused: 0 };

afterAll(() => report("cycles-and-sharing", counts));

function problemsOf(result: ValidationResult): unknown {
  return result.ok ? [] : result.problems;
}

/** The same value with every pair of equal arrays or objects made one shared object. */
function shareEqualParts(value: unknown, seen = new Map<string, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  const written = JSON.stringify(value);
  const known = seen.get(written);
  if (known !== undefined) return known;
  const shared = Array.isArray(value)
    ? value.map((item) => shareEqualParts(item, seen))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shareEqualParts(item, seen)]));
  seen.set(written, shared);
  return shared;
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === "object";
}

describe("reading values as JSON", () => {
  it("reads any JSON value back as itself, from a value and from its text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readJsonValue(value);
        expect(read).toEqual({ ok: true, value });
        expect(readJsonText(JSON.stringify(value))).toEqual({ ok: true, value: JSON.parse(JSON.stringify(value)) });
        counts.jsonValues++;
      }),
      { numRuns: 500 },
    );
  });

  it("finds a cycle closed anywhere in a generated document, once, where it closes", () => {
    fc.assert(
      fc.property(validDocument, fc.nat(), fc.nat(), (valid, first, second) => {
        const document = copyJson(valid) as unknown;
        const containers = [...nodesOf(document)].filter((node) => isContainer(node.value));
        const ancestor = containers[first % containers.length]!;
        const below = containers.filter((node) => node.path.length >= ancestor.path.length && ancestor.path.every((part, index) => node.path[index] === part));
        const closing = below[second % below.length]!;
        // A new element or key that holds the ancestor closes the loop.
        const holder = closing.value as { [key: string]: unknown } | unknown[];
        const key: string | number = Array.isArray(holder) ? holder.push(ancestor.value) - 1 : "x-loop";
        if (!Array.isArray(holder)) holder[key] = ancestor.value;
        const path: JsonPath = [...closing.path, key];
        expect(problemsOf(validateDocument(document))).toEqual([
          { code: "not-json", path, pointer: toPointer(path), message: `a cycle: this is the value at "${toPointer(ancestor.path) || "/"}", which contains it; JSON cannot hold a value that contains itself` },
        ]);
        expect(getAt(document, path)).toBe(ancestor.value);
        counts.cycles++;
      }),
      { numRuns: RUNS },
    );
  });

  it("validates a generated document whose equal parts are shared as it validates the tree, and returns an equal document", () => {
    fc.assert(
      fc.property(validDocument, (valid) => {
        const shared = shareEqualParts(copyJson(valid));
        const result = validateDocument(shared);
        expect(problemsOf(result)).toEqual([]);
        if (result.ok) expect(JSON.parse(JSON.stringify(result.document))).toEqual(copyJson(valid));
        counts.sharedDocuments++;
      }),
      { numRuns: RUNS },
    );
  });

  it("reports the same problems for a broken document whether its equal parts are shared or not", () => {
    fc.assert(
      fc.property(validDocument, fc.gen(), (valid, g) => {
        for (const kind of MUTATION_KINDS) {
          const mutation = mutate(kind, valid, g);
          if (!mutation) continue;
          const tree = copyJson(mutation.document);
          expect(problemsOf(validateDocument(shareEqualParts(tree))), mutation.description).toEqual(problemsOf(validateDocument(tree)));
          counts.sharedMutants++;
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("refuses a shared value exactly when, written out as a tree, it would hold more than 2^25 values", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 4 }), (levels, width) => {
        // Each level holds the one below `width` times: distinct objects grow by one a
        // level, the tree by a factor of `width`.
        let value: unknown = 0;
        let values = 1;
        for (let level = 0; level < levels; level++) {
          value = Array.from({ length: width }, () => value);
          values = 1 + width * values;
        }
        const read = readJsonValue(value);
        expect(read.ok, `${levels} levels of ${width}: ${values} values`).toBe(values <= 2 ** 25);
        if (!read.ok) expect(read.problems).toEqual([expect.objectContaining({ code: "too-large" })]);
        counts.dags++;
        if (!read.ok) counts.dagsRefused++;
      }),
      { numRuns: 300 },
    );
    expect(counts.dagsRefused).toBeGreaterThan(0);
    expect(counts.dagsRefused).toBeLessThan(counts.dags);
  });
});
