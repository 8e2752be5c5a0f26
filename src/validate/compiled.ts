import * as z from "zod";
import { NewsDocument } from "../model/document.js";
import type { Assertion } from "./_lib/assert-runtime.js";
import { checkDocumentShape, VALUES_REACHED } from "./_lib/document-check.generated.js";

/**
 * The result of checking a document's shape: zod's own safe-parse result for
 * {@link NewsDocument}.
 * @group Validation
 */
export type ShapeResult = z.ZodSafeParseResult<NewsDocument>;

/**
 * Which way {@link parseShape} checks a document's shape: `"generated"` with the check
 * generated from the schema at build time, or `"plain"` with zod's own parser.
 * @group Validation
 */
export type ShapePath = "generated" | "plain";

/**
 * What a shape checker needs from its surroundings: whether the installed zod is one
 * the generated check is made for, and the generated check itself.
 *
 * @remarks
 * Only for tests and benchmarks, which check each path on one machine;
 * {@link parseShape} reads the real surroundings.
 * @example
 * ```ts
 * const plain = shapeChecker({ zodSupported: false, generated: undefined, jitlessForMs: 30 });
 * plain.path();
 * //=> "plain"
 * ```
 * @group Validation
 */
export interface ShapeSurroundings {
  /**
   * Whether the installed zod is one the generated check answers for: zod 4.6 and later.
   * The check is written from zod's schema definitions and answers as its parser does,
   * which is tested against these releases only.
   */
  readonly zodSupported: boolean;
  /** The document's generated check, or `undefined` where the values it reads could not be found in the schemas. */
  readonly generated: Assertion | undefined;
  /**
   * How long the plain parser's checks after the first may take in all, in milliseconds,
   * while they run with zod's `jitless` option; after that, zod decides.
   */
  readonly jitlessForMs: number;
}

/**
 * A shape checker for {@link NewsDocument}: `check` parses unknown input, and `path`
 * says which way it does so.
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
  /** Which way `check` parses valid input. */
  readonly path: () => ShapePath;
}

/** The first zod release whose definitions the generated check is written and tested against. */
const FIRST_SUPPORTED_MINOR = 6;

/**
 * The document's assert-only check, from the module generated at build time.
 *
 * @remarks `undefined` where the values it reads were not all found in the schemas.
 * @example
 * ```ts
 * generatedDocumentCheck()?.(fixture);
 * //=> true
 * ```
 * @group Validation
 */
export function generatedDocumentCheck(): Assertion | undefined {
  return VALUES_REACHED ? checkDocumentShape : undefined;
}

/** The real surroundings. */
const runtimeSurroundings: ShapeSurroundings = {
  // read from a schema, which carries the version of the zod that built it: reading
  // `z.core.version` would keep the whole of zod's core in a consumer's bundle
  zodSupported: NewsDocument._zod.version.major === 4 && NewsDocument._zod.version.minor >= FIRST_SUPPORTED_MINOR,
  generated: generatedDocumentCheck(),
  // zod generating code for the document's object schemas made the first parse of the
  // fixture about 40 ms slower on cold code: plain checks run jitless until about then
  jitlessForMs: 30,
};

/**
 * Builds a shape checker for {@link NewsDocument} that runs the check generated from
 * the schema at build time, and zod's plain parser where the generated check does not
 * answer: on input it rejects, and on a zod older than 4.6.
 *
 * @remarks
 * On success the result's `data` is the input itself, now typed: the schemas have no
 * defaults and no transforms, so a parsed copy would be equal to it, and not building one
 * keeps the cost of a check linear in the document's size. On failure the issues are
 * zod's own, from its plain parser.
 *
 * The generated check answers only whether a document is valid, and builds nothing: it
 * is written from the schemas' definitions, one statement per rule, with records and
 * the JSON values under `extensions` left to zod's parser where they sit. It is plain
 * code in the package, so it runs from the first check and where a
 * Content-Security-Policy forbids `new Function`. It only ever answers "valid": whenever
 * it rejects, the plain parser runs again and its issues are the ones returned, so both
 * paths give the same result and the same issues.
 *
 * The plain parser runs with zod's per-call `jitless` option until its checks after the
 * first have taken {@link ShapeSurroundings.jitlessForMs} in all, so a program that
 * checks a few documents does not pay for zod generating a function for each object
 * schema; after that zod decides. zod's global configuration is never touched.
 * @example
 * ```ts
 * const checker = shapeChecker();
 * const result = checker.check(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues);
 * ```
 * @group Validation
 */
export function shapeChecker(surroundings: ShapeSurroundings = runtimeSurroundings): ShapeChecker {
  let jitless = true;
  let spent = 0;
  let checks = 0;
  const plain = (input: unknown): ShapeResult => {
    if (!jitless) return settle(input, NewsDocument.safeParse(input));
    const start = performance.now();
    const result = NewsDocument.safeParse(input, { jitless: true });
    // The first check also pays for the engine meeting zod's code cold, and is left out.
    if (checks++ > 0) spent += performance.now() - start;
    if (spent >= surroundings.jitlessForMs) jitless = false;
    return settle(input, result);
  };
  const generated = surroundings.zodSupported ? surroundings.generated : undefined;
  return {
    check: generated ? (input) => (generated(input) ? accepted(input) : plain(input)) : plain,
    path: () => (generated ? "generated" : "plain"),
  };
}

/** A success whose data is the input itself. */
function accepted(input: unknown): ShapeResult {
  return { success: true, data: input as NewsDocument };
}

/** zod's result, with the input itself as the data of a success. */
function settle(input: unknown, result: ShapeResult): ShapeResult {
  return result.success ? accepted(input) : result;
}

let shared: ShapeChecker | undefined;

/**
 * Checks the shape of unknown input against {@link NewsDocument}, with the check
 * generated from the schema where the installed zod allows it. Used by `validateDocument`.
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
 * Which way {@link parseShape} checks valid shapes: `"generated"` on zod 4.6 and later,
 * `"plain"` on an older zod.
 * @example
 * ```ts
 * shapePath();
 * //=> "generated"
 * ```
 * @group Validation
 */
export function shapePath(): ShapePath {
  return (shared ??= shapeChecker()).path();
}
