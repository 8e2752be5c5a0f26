import * as z from "zod";
import { NewsDocument } from "../model/document.js";
import { assertionFor, type Assertion } from "./_lib/assert-code.js";

/**
 * The result of checking a document's shape: zod's own safe-parse result for
 * {@link NewsDocument}.
 * @group Validation
 */
export type ShapeResult = z.ZodSafeParseResult<NewsDocument>;

/**
 * Which way {@link parseShape} checks a document's shape: `"compiled"` with a check
 * generated from the schema, or `"plain"` with zod's own parser.
 * @group Validation
 */
export type ShapePath = "compiled" | "plain";

/**
 * What a shape checker needs from its surroundings: whether the installed zod is one
 * the generated check is made for, and whether code may be generated at run time.
 *
 * @remarks
 * Only for tests and benchmarks, which check each path on one machine;
 * {@link parseShape} reads the real surroundings.
 * @example
 * ```ts
 * const plain = shapeChecker({ zodSupported: false, codeGenerationAllowed: () => true, compileAfterMs: 0 });
 * plain.path();
 * //=> "plain"
 * ```
 * @group Validation
 */
export interface ShapeSurroundings {
  /**
   * Whether the installed zod is one the generated check reads the schemas of: zod 4.6
   * and later. The check is written from zod's schema definitions and answers as its
   * parser does, which is tested against these releases only.
   */
  readonly zodSupported: boolean;
  /** Whether `new Function` works here: false under a strict Content-Security-Policy. */
  readonly codeGenerationAllowed: () => boolean;
  /** How long plain checks after the first may take in all, in milliseconds, before the checker compiles. */
  readonly compileAfterMs: number;
}

/**
 * A shape checker for {@link NewsDocument}: `check` parses unknown input, and `path`
 * says which way it does so.
 *
 * @remarks
 * Nothing is compiled at import, so importing the package stays cheap; whether
 * `new Function` works is probed once, on the first `check`.
 * @example
 * ```ts
 * const checker = shapeChecker();
 * checker.check(JSON.parse(text)).success;
 * ```
 * @group Validation
 */
export interface ShapeChecker {
  /** Checks the input: the same success and the same issues as `NewsDocument.safeParse`, with the input itself as `data` on success. */
  readonly check: (input: unknown) => ShapeResult;
  /** Which way `check` parses now: `"plain"` until the compiled validator is built. */
  readonly path: () => ShapePath;
}

type Schema = z.core.$ZodType;

function newFunctionWorks(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func
    new Function("");
    return true;
  } catch {
    return false;
  }
}

/** The first zod release whose definitions the generated check is written and tested against. */
const FIRST_SUPPORTED_MINOR = 6;

/** The real surroundings: whether this zod is one the generated check is made for, and a probe of `new Function`. */
const runtimeSurroundings: ShapeSurroundings = {
  // read from a schema, which carries the version of the zod that built it: reading
  // `z.core.version` would keep the whole of zod's core in a consumer's bundle
  zodSupported: NewsDocument._zod.version.major === 4 && NewsDocument._zod.version.minor >= FIRST_SUPPORTED_MINOR,
  codeGenerationAllowed: newFunctionWorks,
  // about what generating the document's check costs on cold code (15 to 40 ms here):
  // plain checks up to then, generated after
  compileAfterMs: 30,
};

/**
 * Generates the document's assert-only check: one function per collection, and the root
 * object's keys checked here. Generated whole, the document is one function of some
 * 80 kB of source, more than the engine's optimising compiler takes on.
 */
function compileAssertion(): Assertion {
  const shape = NewsDocument.shape as unknown as Record<string, Schema>;
  const keys = Object.keys(shape);
  const parts = keys.map((key) => assertionFor(shape[key]!));
  const known = new Set(keys);
  return (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return false;
    // strict, as the schema is: every enumerable key, inherited ones too, must be the document's
    for (const key in input) if (!known.has(key)) return false;
    const record = input as Record<string, unknown>;
    // each collection's check runs on the value or on `undefined`, which only an optional key accepts
    for (let index = 0; index < keys.length; index++) if (!parts[index]!(record[keys[index]!])) return false;
    return true;
  };
}

/**
 * Builds a shape checker for {@link NewsDocument} that runs a check generated from the
 * schema where it can, and zod's plain parser where it cannot: where zod is older than
 * 4.6, or where `new Function` is forbidden (a strict Content-Security-Policy).
 *
 * @remarks
 * On success the result's `data` is the input itself, now typed: the schemas have no
 * defaults and no transforms, so a parsed copy would be equal to it, and not building one
 * keeps the cost of a check linear in the document's size. On failure the issues are
 * zod's own, from its plain parser.
 *
 * The generated check answers only whether a document is valid, and builds nothing: it
 * is written from the schemas' definitions, one statement per rule, with records and
 * the JSON values under `extensions` left to zod's parser where they sit.
 *
 * Generating it takes milliseconds that a one-off check never
 * earns back, so the checker starts on the plain parser and compiles once its plain
 * checks after the first have taken {@link ShapeSurroundings.compileAfterMs} in all (the
 * first is left out: it runs on cold code, and a program that validates once should not
 * pay for compiling on top of it). Until then it parses
 * with zod's per-call `jitless` option, so a first check does not generate code for
 * every object schema either. The generated check only ever answers "valid": whenever
 * it rejects, the plain parser runs again and its issues are the ones returned, so both
 * paths give the same result and the same issues. zod's global configuration is never
 * touched.
 * @example
 * ```ts
 * const checker = shapeChecker();
 * const result = checker.check(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues);
 * ```
 * @group Validation
 */
export function shapeChecker(surroundings: ShapeSurroundings = runtimeSurroundings): ShapeChecker {
  // True while the checker is still counting time towards the compile budget: until
  // then zod generates no code for the plain parser either.
  let jitless = true;
  const plain = (input: unknown): ShapeResult => {
    const result = NewsDocument.safeParse(input, jitless ? { jitless: true } : undefined);
    return result.success ? { success: true, data: input as NewsDocument } : result;
  };
  let compiled: Assertion | undefined;
  let possible: boolean | undefined;
  let spent = 0;
  let checks = 0;
  return {
    check: (input) => {
      if (compiled) return compiled(input) ? { success: true, data: input as NewsDocument } : plain(input);
      if (!jitless) return plain(input);
      possible ??= surroundings.zodSupported && surroundings.codeGenerationAllowed();
      const start = performance.now();
      const result = plain(input);
      // The first check also pays for the engine meeting zod's code cold: a program that
      // validates once must not pay for compiling on top of it.
      if (checks++ > 0) spent += performance.now() - start;
      if (spent >= surroundings.compileAfterMs) {
        jitless = false;
        if (possible) compiled = compileAssertion();
      }
      return result;
    },
    path: () => (compiled ? "compiled" : "plain"),
  };
}

let shared: ShapeChecker | undefined;

/**
 * Checks the shape of unknown input against {@link NewsDocument}, with a check generated
 * from the schema where the runtime allows it. Used by `validateDocument`.
 *
 * @remarks
 * Same result and same issues as `NewsDocument.safeParse`; see {@link shapeChecker}.
 * @example
 * ```ts
 * parseShape({ schemaVersion: 1 }).success;
 * //=> false
 * ```
 * @group Validation
 */
export function parseShape(input: unknown): ShapeResult {
  return (shared ??= shapeChecker()).check(input);
}

/**
 * Which way {@link parseShape} checks shapes now: `"plain"` until enough checks have run
 * for it to compile, where it can.
 * @example
 * ```ts
 * shapePath();
 * //=> "plain"
 * ```
 * @group Validation
 */
export function shapePath(): ShapePath {
  return shared?.path() ?? "plain";
}
