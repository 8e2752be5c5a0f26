import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod";
import { NewsDocument } from "../../src/model/document.js";
import { parseShape, shapeChecker, shapePath, type ShapeSurroundings } from "../../src/validate/compiled.js";
import { validateDocument } from "../../src/validate/validate-document.js";
import { smallDocument } from "../support/small-document.js";

type Small = ReturnType<typeof smallDocument> & { [key: string]: unknown };

const compiledAtOnce: ShapeSurroundings = { zodSupported: true, codeGenerationAllowed: () => true, compileAfterMs: 0 };

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

function warmed(surroundings: ShapeSurroundings = compiledAtOnce) {
  const checker = shapeChecker(surroundings);
  checker.check(smallDocument());
  return checker;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("shapeChecker", () => {
  it("switches to the compiled validator once its plain checks have taken the allowed time", () => {
    const checker = shapeChecker(compiledAtOnce);
    expect(checker.path()).toBe("plain");
    checker.check(smallDocument());
    expect(checker.path()).toBe("compiled");
  });

  it("leaves the first check's time out of the budget, however long the cold start made it", () => {
    // every reading of the clock is 60 ms after the one before: each check takes 60 ms
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => (clock += 60));
    try {
      const checker = shapeChecker({ ...compiledAtOnce, compileAfterMs: 50 });
      checker.check(smallDocument());
      expect(checker.path()).toBe("plain");
      checker.check(smallDocument());
      expect(checker.path()).toBe("compiled");
    } finally {
      now.mockRestore();
    }
  });

  it("stays on the plain parser while the plain checks have taken less than the allowed time", () => {
    const checker = shapeChecker({ ...compiledAtOnce, compileAfterMs: 60_000 });
    for (let i = 0; i < 5; i++) expect(checker.check(smallDocument()).success).toBe(true);
    expect(checker.path()).toBe("plain");
  });

  it("returns the same parsed document on the compiled path as the plain parser", () => {
    const checker = warmed();
    const input = { ...smallDocument(), extensions: { "acme:scores": [1, 2, { nested: ["x", null, true] }] } };
    const compiled = checker.check(input);
    expect(checker.path()).toBe("compiled");
    expect(compiled.success).toBe(true);
    expect(compiled.data).toEqual(NewsDocument.parse(input));
  });

  it("hands back its input itself on the compiled path, rather than a copy", () => {
    const checker = warmed();
    const input = { ...smallDocument(), extensions: { "acme:scores": [1, 2] } };
    const result = checker.check(input);
    expect(checker.path()).toBe("compiled");
    expect(result.data).toBe(input);
  });

  it("hands back its input itself on the plain path too", () => {
    const checker = shapeChecker({ ...compiledAtOnce, compileAfterMs: 60_000 });
    const input = smallDocument();
    const result = checker.check(input);
    expect(checker.path()).toBe("plain");
    expect(result.data).toBe(input);
  });

  it("parses jitless until it compiles, then lets zod generate its code", () => {
    const safeParse = vi.spyOn(NewsDocument, "safeParse");
    try {
      const noCompile = shapeChecker({ ...compiledAtOnce, zodSupported: false, compileAfterMs: 0 });
      noCompile.check(smallDocument());
      noCompile.check(smallDocument());
      expect(safeParse.mock.calls.map((call) => call[1])).toEqual([{ jitless: true }, undefined]);
    } finally {
      safeParse.mockRestore();
    }
  });

  it.each([
    ["the small document", () => smallDocument()],
    ["a document with $schema and extensions", () => ({ $schema: "https://example.org/document.json", ...smallDocument(), extensions: { "acme:n": [1, { a: null }] } })],
  ])("accepts %s on the compiled validator alone, without the plain parser", (_name, make) => {
    const checker = warmed();
    expect(checker.path()).toBe("compiled");
    const safeParse = vi.spyOn(NewsDocument, "safeParse");
    try {
      expect(checker.check(make()).success).toBe(true);
      expect(safeParse).not.toHaveBeenCalled();
    } finally {
      safeParse.mockRestore();
    }
  });

  it("rejects a document whose required collection is missing on the compiled path", () => {
    const checker = warmed();
    const { evidence: _evidence, ...rest } = smallDocument();
    const result = checker.check(rest);
    expect(checker.path()).toBe("compiled");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "invalid_type", path: ["evidence"] });
  });

  it.each(Object.entries(invalidDocuments))("reports the same issues as the plain parser for %s", (_name, make) => {
    const checker = warmed();
    const compiled = checker.check(make());
    expect(checker.path()).toBe("compiled");
    const plain = NewsDocument.safeParse(make());
    expect(compiled.success).toBe(false);
    expect(plain.success).toBe(false);
    expect(compiled.error?.issues).toEqual(plain.error?.issues);
    expect(compiled.error?.issues.length).toBeGreaterThan(0);
  });

  it("reports an unknown key with its path, code and message on the compiled path", () => {
    const result = warmed().check(withActor({ colour: "red" }));
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", path: ["actors", 0], keys: ["colour"], message: 'Unrecognized key: "colour"' }),
    ]);
  });

  it("reports a bad JSON value under extensions with its path on the compiled path", () => {
    const result = warmed().check({ ...smallDocument(), extensions: { "acme:when": new Date(0) } });
    expect(result.error?.issues[0]).toMatchObject({ code: "invalid_union", path: ["extensions", "acme:when"] });
  });

  it("throws a RangeError for input nested too deeply, as the plain parser does", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const checker = warmed();
    expect(() => checker.check({ ...smallDocument(), extensions: { "acme:deep": deep } })).toThrow(RangeError);
    expect(() => NewsDocument.safeParse({ ...smallDocument(), extensions: { "acme:deep": deep } })).toThrow(RangeError);
  });

  it("uses the plain parser on a zod the generated check is not made for (before 4.6)", () => {
    const checker = warmed({ ...compiledAtOnce, zodSupported: false });
    expect(checker.path()).toBe("plain");
    const input = withActor({ colour: "red" });
    expect(checker.check(input).error?.issues).toEqual(NewsDocument.safeParse(input).error?.issues);
    expect(checker.check(smallDocument()).data).toEqual(NewsDocument.parse(smallDocument()));
  });

  it("uses the plain parser where code generation is forbidden, and probes only once", () => {
    const probe = vi.fn(() => false);
    const checker = shapeChecker({ ...compiledAtOnce, codeGenerationAllowed: probe });
    for (let i = 0; i < 3; i++) expect(checker.check(smallDocument()).success).toBe(true);
    expect(checker.path()).toBe("plain");
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it("probes new Function itself by default, and stays plain where it throws", () => {
    vi.stubGlobal(
      "Function",
      class {
        constructor() {
          throw new EvalError("Code generation from strings disallowed for this context");
        }
      },
    );
    const checker = shapeChecker();
    expect(checker.check(smallDocument()).success).toBe(true);
    vi.unstubAllGlobals();
    for (let i = 0; i < 200; i++) checker.check(smallDocument());
    expect(checker.path()).toBe("plain");
  });

  it("compiles by default once the plain checks have taken thirty milliseconds", () => {
    const checker = shapeChecker();
    const started = performance.now();
    while (checker.path() === "plain" && performance.now() - started < 20_000) checker.check(smallDocument());
    expect(checker.path()).toBe("compiled");
  });
});

describe("parseShape", () => {
  it("says it is plain before its first check", () => {
    expect(shapePath()).toBe("plain");
  });

  it("gives validateDocument the same problems once it has compiled", () => {
    const started = performance.now();
    while (shapePath() === "plain" && performance.now() - started < 20_000) parseShape(smallDocument());
    expect(shapePath()).toBe("compiled");
    const result = validateDocument(withActor({ colour: "red" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/actors/0/colour", zodCode: "unrecognized_keys" });
    expect(parseShape(smallDocument()).success).toBe(true);
  });
});
