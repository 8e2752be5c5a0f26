import { afterEach, describe, expect, it, vi } from "vitest";
import { NewsDocument } from "../../src/model/document.js";
import { checkDocumentShape, VALUES_REACHED } from "../../src/validate/_lib/document-check.generated.js";
import { generatedDocumentCheck, parseShape, shapeChecker, shapePath, type ShapeSurroundings } from "../../src/validate/compiled.js";
import { validateDocument } from "../../src/validate/validate-document.js";
import { smallDocument } from "../support/small-document.js";

type Small = ReturnType<typeof smallDocument> & { [key: string]: unknown };

/** The checker's real surroundings, but with the plain parser jitless for as long as a test needs. */
function surroundings(overrides: Partial<ShapeSurroundings> = {}): ShapeSurroundings {
  return { zodSupported: true, generated: generatedDocumentCheck(), jitlessForMs: 30, ...overrides };
}

/** Documents that break the shape in different places, each a fresh copy. */
const invalidDocuments: Record<string, () => unknown> = {
  "an unknown key on an actor": () => withActor({ colour: "red" }),
  "a status outside the enumeration": () => {
    const document: Small = smallDocument();
    Object.assign(document.meetings[0]!, { status: "adjourned" });
    return document;
  },
  "a union matching no branch": () => {
    const document: Small = smallDocument();
    Object.assign(document.article, { published: 2004 });
    return document;
  },
  "a value under extensions that is not JSON": () => ({ ...smallDocument(), extensions: { "acme:when": new Date(0) } }),
  "a JSON value nested inside extensions that is not JSON": () => ({ ...smallDocument(), extensions: { "acme:list": [1, { deep: [undefined] }] } }),
  "a missing collection and a wrong version type": () => {
    const { actors: _actors, ...rest } = smallDocument();
    return { ...rest, schemaVersion: "1" };
  },
  "input that is not an object": () => [smallDocument()],
};

function withActor(extra: Record<string, unknown>): unknown {
  const document: Small = smallDocument();
  Object.assign(document.actors[0]!, extra);
  return document;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("shapeChecker", () => {
  it("runs the generated check from the first check on", () => {
    const checker = shapeChecker(surroundings());
    expect(checker.path()).toBe("generated");
    const safeParse = vi.spyOn(NewsDocument, "safeParse");
    try {
      expect(checker.check(smallDocument()).success).toBe(true);
      expect(safeParse).not.toHaveBeenCalled();
    } finally {
      safeParse.mockRestore();
    }
  });

  it("returns the same parsed document on the generated path as the plain parser", () => {
    const checker = shapeChecker(surroundings());
    const input = { ...smallDocument(), extensions: { "acme:scores": [1, 2, { nested: ["x", null, true] }] } };
    const result = checker.check(input);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(NewsDocument.parse(input));
  });

  it.each([
    ["generated", surroundings()],
    ["plain", surroundings({ zodSupported: false })],
  ] as const)("hands back its input itself on the %s path, rather than a copy", (path, around) => {
    const checker = shapeChecker(around);
    const input = { ...smallDocument(), extensions: { "acme:scores": [1, 2] } };
    expect(checker.path()).toBe(path);
    expect(checker.check(input).data).toBe(input);
  });

  it("parses jitless until the plain checks after the first have taken the allowed time, then lets zod decide", () => {
    // every reading of the clock is 60 ms after the one before: each check takes 60 ms
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => (clock += 60));
    const safeParse = vi.spyOn(NewsDocument, "safeParse");
    try {
      const checker = shapeChecker(surroundings({ zodSupported: false, jitlessForMs: 100 }));
      for (let i = 0; i < 5; i++) expect(checker.check(smallDocument()).success).toBe(true);
      // the first is left out of the sum; the second and third make 120 ms
      expect(safeParse.mock.calls.map((call) => call[1])).toEqual([{ jitless: true }, { jitless: true }, { jitless: true }, undefined, undefined]);
    } finally {
      safeParse.mockRestore();
      now.mockRestore();
    }
  });

  it.each([
    ["the small document", () => smallDocument()],
    ["a document with $schema and extensions", () => ({ $schema: "https://example.org/document.json", ...smallDocument(), extensions: { "acme:n": [1, { a: null }] } })],
  ])("accepts %s on the generated check alone, without the plain parser", (_name, make) => {
    const checker = shapeChecker(surroundings());
    const safeParse = vi.spyOn(NewsDocument, "safeParse");
    try {
      expect(checker.check(make()).success).toBe(true);
      expect(safeParse).not.toHaveBeenCalled();
    } finally {
      safeParse.mockRestore();
    }
  });

  it("rejects a document whose required collection is missing on the generated path", () => {
    const checker = shapeChecker(surroundings());
    const { evidence: _evidence, ...rest } = smallDocument();
    const result = checker.check(rest);
    expect(checker.path()).toBe("generated");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "invalid_type", path: ["evidence"] });
  });

  it.each(Object.entries(invalidDocuments))("reports the same issues as the plain parser for %s", (_name, make) => {
    const checker = shapeChecker(surroundings());
    const generated = checker.check(make());
    const plain = NewsDocument.safeParse(make());
    expect(generated.success).toBe(false);
    expect(plain.success).toBe(false);
    expect(generated.error?.issues).toEqual(plain.error?.issues);
    expect(generated.error?.issues.length).toBeGreaterThan(0);
  });

  it("rejects an inherited key the document does not have, as zod's parser does", () => {
    const input = Object.assign(Object.create({ colour: "red" }) as object, smallDocument());
    expect(shapeChecker(surroundings()).check(input).success).toBe(NewsDocument.safeParse(input).success);
    expect(shapeChecker(surroundings()).check(input).success).toBe(false);
  });

  it("reports an unknown key with its path, code and message on the generated path", () => {
    const result = shapeChecker(surroundings()).check(withActor({ colour: "red" }));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", path: ["actors", 0], keys: ["colour"], message: 'Unrecognized key: "colour"' }),
    ]);
  });

  it("reports a bad JSON value under extensions with its path on the generated path", () => {
    const result = shapeChecker(surroundings()).check({ ...smallDocument(), extensions: { "acme:when": new Date(0) } });
    expect(result.error?.issues[0]).toMatchObject({ code: "invalid_union", path: ["extensions", "acme:when"] });
  });

  it("throws a RangeError for input nested too deeply, as the plain parser does", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const checker = shapeChecker(surroundings());
    expect(() => checker.check({ ...smallDocument(), extensions: { "acme:deep": deep } })).toThrow(RangeError);
    expect(() => NewsDocument.safeParse({ ...smallDocument(), extensions: { "acme:deep": deep } })).toThrow(RangeError);
  });

  it.each([
    ["on a zod the generated check is not made for (before 4.6)", surroundings({ zodSupported: false })],
    ["where the values the generated check reads were not found", surroundings({ generated: undefined })],
  ])("uses the plain parser %s", (_name, around) => {
    const checker = shapeChecker(around);
    expect(checker.path()).toBe("plain");
    const input = withActor({ colour: "red" });
    expect(checker.check(input).error?.issues).toEqual(NewsDocument.safeParse(input).error?.issues);
    expect(checker.check(smallDocument()).data).toEqual(NewsDocument.parse(smallDocument()));
  });

  it("loads and runs the generated check where new Function is forbidden", async () => {
    const forbidden = vi.fn(() => {
      throw new EvalError("Code generation from strings disallowed for this context");
    });
    vi.stubGlobal(
      "Function",
      class {
        constructor() {
          forbidden();
        }
      },
    );
    vi.resetModules();
    const fresh = await import("../../src/validate/compiled.js");
    expect(fresh.shapePath()).toBe("generated");
    expect(fresh.parseShape(smallDocument()).success).toBe(true);
    expect(fresh.parseShape(withActor({ colour: "red" })).success).toBe(false);
    expect(forbidden).not.toHaveBeenCalled();
  });
});

describe("the generated document check", () => {
  it("found every value it reads in the schemas", () => {
    expect(VALUES_REACHED).toBe(true);
    expect(generatedDocumentCheck()).toBe(checkDocumentShape);
  });

  it("requires every required collection and accepts every optional one left out", () => {
    const check = generatedDocumentCheck()!;
    const required = Object.keys(NewsDocument.shape).filter((key) => !NewsDocument.shape[key as keyof typeof NewsDocument.shape].safeParse(undefined).success);
    expect(required.length).toBeGreaterThan(5);
    for (const key of Object.keys(NewsDocument.shape)) {
      const { [key]: _left, ...rest } = smallDocument() as Record<string, unknown>;
      expect(check(rest), key).toBe(!required.includes(key));
    }
  });

  it("rejects input that is not a plain object, and a key the document does not have", () => {
    const check = generatedDocumentCheck()!;
    expect([null, [], "document", 1].map((input) => check(input))).toEqual([false, false, false, false]);
    expect(check({ ...smallDocument(), colour: "red" })).toBe(false);
    expect(check(smallDocument())).toBe(true);
  });
});

describe("parseShape", () => {
  it("says it runs the generated check before its first check", () => {
    expect(shapePath()).toBe("generated");
  });

  it("gives validateDocument the same problems on the generated path", () => {
    const result = validateDocument(withActor({ colour: "red" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/actors/0/colour", zodCode: "unrecognized_keys" });
    expect(parseShape(smallDocument()).success).toBe(true);
  });
});
