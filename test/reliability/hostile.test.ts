import { afterAll, describe, expect, it } from "vitest";
import { parseDocumentJson, validateDocument, type Problem, type ValidationResult } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { report, Slowest } from "./report.js";

const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;
const DEPTH = 100_000;
const HUGE = 1_000_000;
const slowest = new Slowest();

afterAll(() => {
  report("hostile", { cases: slowest.cases, slowestMs: slowest.ms.toFixed(1), slowestCase: JSON.stringify(slowest.what) });
});

function timed(what: string, work: () => ValidationResult): ValidationResult {
  return slowest.time(what, work);
}

function problemsOf(result: ValidationResult): readonly Problem[] {
  return result.ok ? [] : result.problems;
}

/** Object.prototype's own keys, to prove nothing was added to it. */
const PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort();

function expectUnpolluted(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_BEFORE);
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect(Object.prototype.toString.call([])).toBe("[object Array]");
}

/**
 * Where a hostile key goes: the path of an object in the small document. The key is
 * put in the JSON text and parsed, so it becomes an own property as it would from a
 * file, not the setter of the prototype.
 */
const OBJECT_PATHS: readonly (readonly (string | number)[])[] = [
  [],
  ["article"],
  ["article", "inferred", 0],
  ["actors", 0],
  ["actors", 1, "aliases", 0],
  ["meetings", 1, "participants", 0],
  ["meetings", 1, "round"],
  ["times", 1, "value"],
  ["times", 1, "resolved"],
  ["evidence", 0],
];

function withKeyAt(path: readonly (string | number)[], key: string): string {
  const document = smallDocument() as unknown as { [key: string]: unknown };
  let here: { [key: string]: unknown } = document;
  for (const part of path) here = here[part] as { [key: string]: unknown };
  here["__HOSTILE__"] = 0;
  return JSON.stringify(document).replace('"__HOSTILE__":0', `${JSON.stringify(key)}:{"polluted":true,"__proto__":{"polluted":true}}`);
}

function pointerOf(path: readonly (string | number)[], key: string): string {
  return [...path, key].map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

describe("prototype keys", () => {
  for (const key of PROTOTYPE_KEYS)
    it(`reports "${key}" as an unknown key wherever it appears in the model, and pollutes nothing`, () => {
      for (const path of OBJECT_PATHS) {
        const text = withKeyAt(path, key);
        const parsed = JSON.parse(text) as unknown;
        const fromValue = timed(`${key} at ${pointerOf(path, key)}`, () => validateDocument(parsed));
        const fromText = timed(`${key} in text at ${pointerOf(path, key)}`, () => parseDocumentJson(text));
        const benign = validateDocument(JSON.parse(withKeyAt(path, "benign")));
        for (const result of [fromValue, fromText]) {
          expect(result.ok).toBe(false);
          const problems = problemsOf(result);
          expect(problems, pointerOf(path, key)).toHaveLength(1);
          expect(problems[0]).toMatchObject({ code: "shape", zodCode: "unrecognized_keys", pointer: pointerOf(path, key), path: [...path, key] });
          expect(problems[0]!.message).toBe(`unknown key "${key}": it is not part of the model, so it would be lost; remove it or move it under "extensions"`);
          // The same result as for any other unknown key, but for the key itself.
          expect(problems.map((found) => ({ ...found, path: found.path.slice(0, -1), pointer: "", message: "" }))).toEqual(
            problemsOf(benign).map((found) => ({ ...found, path: found.path.slice(0, -1), pointer: "", message: "" })),
          );
        }
        expectUnpolluted();
      }
    });

  it('keeps "constructor" and "prototype" inside extensions as ordinary own keys', () => {
    const text = JSON.stringify({ ...smallDocument(), extensions: { "acme:x": 1 } }).replace(
      '"acme:x":1',
      '"constructor":{"prototype":{"polluted":true}},"prototype":[1]',
    );
    const result = timed("constructor and prototype in extensions", () => parseDocumentJson(text));
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    const extensions = result.document.extensions!;
    expect(Object.keys(extensions)).toEqual(["constructor", "prototype"]);
    expect(extensions["constructor"]).toEqual({ prototype: { polluted: true } });
    expect(JSON.parse(JSON.stringify(result.document))).toEqual(JSON.parse(text));
    expectUnpolluted();
  });

  it('pollutes no prototype when "__proto__" is a key inside extensions', () => {
    const text = JSON.stringify({ ...smallDocument(), extensions: { "acme:x": 1 } }).replace(
      '"acme:x":1',
      '"__proto__":{"polluted":true},"nested":{"__proto__":{"polluted":true}}',
    );
    const result = timed("__proto__ in extensions", () => parseDocumentJson(text));
    expectUnpolluted();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.document.extensions)).not.toEqual({ polluted: true });
      expect((result.document.extensions as { polluted?: unknown }).polluted).toBeUndefined();
    }
  });

  // zod's record and json schemas skip an own "__proto__" key, so validateDocument looks
  // for one inside extensions itself and reports it rather than let it vanish.
  it('rejects "__proto__" inside extensions rather than drop it silently', () => {
    const text = JSON.stringify({ ...smallDocument(), extensions: { "acme:x": 1 } }).replace('"acme:x":1', '"__proto__":{"polluted":true}');
    const result = parseDocumentJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/extensions/__proto__" });
  });

  it("treats ids named like Object.prototype members as plain ids", () => {
    const document = smallDocument();
    const renames = new Map([
      ["japan", "constructor"],
      ["north-korea", "toString"],
      ["diplomatic-sources", "hasOwnProperty"],
      ["bilateral-issues", "valueOf"],
      ["next-round", "prototype"],
    ]);
    const text = [...renames].reduce((json, [from, to]) => json.replaceAll(`"${from}"`, `"${to}"`), JSON.stringify(document));
    expect(problemsOf(parseDocumentJson(text))).toEqual([]);
    // A reference to a name that only Object.prototype has must dangle.
    const dangling = parseDocumentJson(JSON.stringify(document).replace('"sourceId":"diplomatic-sources"', '"sourceId":"isPrototypeOf"'));
    expect(problemsOf(dangling)).toEqual([
      expect.objectContaining({ code: "dangling-reference", pointer: "/attributions/0/sourceId", message: expect.stringContaining('"isPrototypeOf"') }),
    ]);
    expectUnpolluted();
  });
});

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { deeper: value };
  return value;
}

/** One too-deep problem, at a path that runs from `place` down into the deep value. */
function tooDeep(result: ValidationResult, place = ""): void {
  const problems = problemsOf(result);
  expect(problems).toEqual([{ code: "too-deep", path: expect.any(Array), pointer: expect.any(String), message: expect.stringMatching(/more than 1,000 levels deep/) }]);
  expect(problems[0]!.pointer.startsWith(place), problems[0]!.pointer.slice(0, 80)).toBe(true);
  expect(problems[0]!.path).toHaveLength(1000);
}

describe("values JSON cannot hold", () => {
  it("reports a BigInt or a symbol in a field as not JSON, at its place", () => {
    const document = smallDocument();
    Object.assign(document.actors[0]!, { name: 1n });
    Object.assign(document.article, { text: Symbol("text") });
    const problems = problemsOf(validateDocument(document));
    expect(problems.map((found) => [found.code, found.pointer, found.message])).toEqual([
      ["not-json", "/article/text", "a symbol is not JSON"],
      ["not-json", "/actors/0/name", "the BigInt 1n is not JSON; write it as a number or a string"],
    ]);
  });

  it("reports a BigInt schemaVersion as not JSON instead of throwing", () => {
    expect(problemsOf(validateDocument({ ...smallDocument(), schemaVersion: 1n }))).toEqual([
      expect.objectContaining({ code: "not-json", pointer: "/schemaVersion" }),
    ]);
  });
});

describe("deep nesting", () => {
  type Small = ReturnType<typeof smallDocument> & { [key: string]: unknown };
  const places: readonly [string, (document: Small, deep: unknown) => void][] = [
    ["the document's extensions", (document, deep) => Object.assign(document, { extensions: { "acme:deep": deep } })],
    ["an actor's extensions", (document, deep) => Object.assign(document.actors[0]!, { extensions: { "acme:deep": deep } })],
    ["a meeting's extensions", (document, deep) => Object.assign(document.meetings[1]!, { extensions: { "acme:deep": deep } })],
    ["an issue's extensions", (document, deep) => Object.assign(document.issues[0]!, { extensions: { "acme:deep": deep } })],
  ];

  const pointers = ["/extensions/acme:deep", "/actors/0/extensions/acme:deep", "/meetings/1/extensions/acme:deep", "/issues/0/extensions/acme:deep"];
  for (const [index, [where, put]] of places.entries())
    for (const kind of ["array", "object"] as const)
      it(`reports ${DEPTH.toLocaleString("en")} levels of ${kind}s in ${where} as too deep, at the place, without a crash`, () => {
        const document = smallDocument() as Small;
        put(document, nested(DEPTH, kind));
        tooDeep(timed(`${DEPTH} ${kind}s in ${where}`, () => validateDocument(document)), pointers[index]);
      });

  // The depth is read with a walk of its own, before any parser, so it is the same
  // problem wherever the value sits: no parser is left to find the stack too short.
  it("reports deep nesting where the model wants no nesting as too deep at that place", () => {
    const deep = nested(DEPTH, "array");
    const cases: [string, (document: Small) => void, string][] = [
      ["a name", (document) => Object.assign(document.actors[0]!, { name: deep }), "/actors/0/name/0"],
      ["an evidence id", (document) => Object.assign(document.actors[0]!, { evidenceIds: [deep] }), "/actors/0/evidenceIds/0/0"],
      ["an unknown key", (document) => Object.assign(document.meetings[0]!, { deep }), "/meetings/0/deep/0"],
      ["the article", (document) => Object.assign(document, { article: deep }), "/article/0"],
    ];
    for (const [what, put, pointer] of cases) {
      const document = smallDocument() as Small;
      put(document);
      tooDeep(timed(`${DEPTH} levels in ${what}`, () => validateDocument(document)), pointer);
    }
    tooDeep(validateDocument(deep), "/0/0");
  });

  it("reports deep nesting in JSON text as too deep, never an exception", () => {
    const open = "[".repeat(DEPTH);
    const close = "]".repeat(DEPTH);
    tooDeep(timed("deep JSON text", () => parseDocumentJson(open + close)), "/0/0");
    const text = JSON.stringify({ ...smallDocument(), extensions: { "acme:deep": 0 } }).replace('"acme:deep":0', `"acme:deep":${open}${close}`);
    tooDeep(timed("deep JSON text in extensions", () => parseDocumentJson(text)), "/extensions/acme:deep/0");
  });

  // The limit counts arrays and objects from the document down: the document and its
  // extensions are two of them, an actor's extensions lie four down.
  it("keeps extensions nested up to 1,000 levels from the document, refuses one more, and validates normally after", () => {
    const atLimit = { ...smallDocument(), extensions: { "acme:deep": nested(998, "array") } };
    expect(problemsOf(validateDocument(atLimit))).toEqual([]);
    expect(problemsOf(parseDocumentJson(JSON.stringify(atLimit)))).toEqual([]);
    const actor = smallDocument();
    Object.assign(actor.actors[0]!, { extensions: { "acme:deep": nested(996, "object") } });
    expect(problemsOf(validateDocument(actor))).toEqual([]);
    const past = { ...smallDocument(), extensions: { "acme:deep": nested(999, "array") } };
    expect(problemsOf(validateDocument(past))).toEqual([expect.objectContaining({ code: "too-deep" })]);
    expect(problemsOf(parseDocumentJson(JSON.stringify(past)))).toEqual([expect.objectContaining({ code: "too-deep" })]);
    report("nesting", { deepestArrayNestingKeptInExtensions: 998 });
    expect(validateDocument(smallDocument()).ok).toBe(true);
  });
});

describe("huge arrays", () => {
  it(`accepts ${HUGE.toLocaleString("en")} evidence ids on one actor, and ${HUGE.toLocaleString("en")} numbers in extensions`, () => {
    const document = smallDocument();
    Object.assign(document.actors[0]!, { evidenceIds: new Array<string>(HUGE).fill("ev-japan") });
    Object.assign(document, { extensions: { "acme:series": Array.from({ length: HUGE }, (_, index) => index) } });
    const result = timed(`${HUGE} evidence ids and extension numbers`, () => validateDocument(document));
    expect(problemsOf(result)).toEqual([]);
    if (result.ok) expect(result.document.actors[0]!.evidenceIds).toHaveLength(HUGE);
  });

  it("reports each of 200,000 wrong-typed evidence spans at its own index", () => {
    // Every element is a problem of its own, so this costs time in proportion: 200,000
    // keeps the run short; 1,000,000 took 13 to 24 s on two busy cores.
    const count = 200_000;
    const document = { ...smallDocument(), evidence: new Array<number>(count).fill(7) };
    const problems = problemsOf(timed(`${count} wrong-typed evidence spans`, () => validateDocument(document)));
    expect(problems).toHaveLength(count);
    expect(problems[0]).toMatchObject({ code: "shape", pointer: "/evidence/0", zodCode: "invalid_type" });
    expect(problems[count - 1]).toMatchObject({ pointer: `/evidence/${count - 1}` });
  });

  it(`reports an array of ${HUGE.toLocaleString("en")} elements where an object or a string belongs with one problem`, () => {
    const huge = new Array<number>(HUGE).fill(1);
    expect(problemsOf(timed(`${HUGE} elements as the document`, () => validateDocument(huge)))).toEqual([
      expect.objectContaining({ code: "shape", pointer: "", zodCode: "invalid_type" }),
    ]);
    const document = smallDocument();
    Object.assign(document.article, { text: huge });
    expect(problemsOf(timed(`${HUGE} elements as the article text`, () => validateDocument(document)))).toEqual([
      expect.objectContaining({ code: "shape", pointer: "/article/text", zodCode: "invalid_type" }),
    ]);
  });

  it("reports 100,000 dangling references each at its own index", () => {
    const document = smallDocument();
    Object.assign(document.actors[0]!, { evidenceIds: Array.from({ length: 100_000 }, (_, index) => `missing-${index}`) });
    const problems = problemsOf(timed("100,000 dangling references", () => validateDocument(document)));
    expect(problems).toHaveLength(100_000);
    expect(problems.every((found) => found.code === "dangling-reference")).toBe(true);
  });

  // checkDocument gathers problems in a loop: spreading them as arguments overflowed the
  // stack past about 120,000 and turned a flat document into a "too-deep" problem.
  it("reports 200,000 dangling references as dangling references, not as too deep", () => {
    const document = smallDocument();
    Object.assign(document.actors[0]!, { evidenceIds: Array.from({ length: 200_000 }, (_, index) => `missing-${index}`) });
    const problems = problemsOf(validateDocument(document));
    expect(problems[0]?.code).toBe("dangling-reference");
    expect(problems).toHaveLength(200_000);
  });
});
