import * as z from "zod";
import { NewsDocument } from "../model/document.js";

/**
 * The result of checking a document's shape: zod's own safe-parse result for
 * {@link NewsDocument}.
 * @group Validation
 */
export type ShapeResult = z.ZodSafeParseResult<NewsDocument>;

/**
 * Which way {@link parseShape} checks a document's shape: `"compiled"` with a validator
 * that `z.compile` generated, or `"plain"` with zod's own parser.
 * @group Validation
 */
export type ShapePath = "compiled" | "plain";

/**
 * What a shape checker needs from its surroundings: zod's `compile` (absent before
 * zod 4.5) and whether code may be generated at run time.
 *
 * @remarks
 * Only for tests and benchmarks, which check each path on one machine;
 * {@link parseShape} reads the real surroundings.
 * @example
 * ```ts
 * const plain = shapeChecker({ compile: undefined, codeGenerationAllowed: () => true, compileAfterMs: 0 });
 * plain.path();
 * //=> "plain"
 * ```
 * @group Validation
 */
export interface ShapeSurroundings {
  /** `z.compile`, or `undefined` where the installed zod has none. */
  readonly compile: (<T extends z.core.$ZodType>(schema: T) => T) | undefined;
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

/** The definition keys that hold one child schema. */
const CHILD_KEYS = ["element", "innerType", "catchall", "keyType", "valueType", "in", "out", "left", "right"] as const;
/** The definition keys that hold a list of child schemas. */
const CHILD_LIST_KEYS = ["options", "items"] as const;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/**
 * Stands in for a lazy (recursive) schema inside the compiled twin: the generated code
 * calls it, and it runs the lazy schema on zod's own parser, so the twin has no cycle
 * for `z.compile` to refuse. Its failure is never shown: a failed fast check reruns the
 * plain schema, whose issues are the ones reported.
 */
function runtimeIsland(lazy: Schema): Schema {
  return z.unknown().transform((value, context) => {
    const parsed = z.safeParse(lazy, value);
    if (parsed.success) return parsed.data;
    context.addIssue({ code: "custom", message: "checked again by the plain parser" });
    return z.NEVER;
  });
}

/**
 * Rebuilds a schema with every lazy schema in it replaced by a runtime island, sharing
 * every part that holds none. `z.compile` refuses a schema that can reach itself, and
 * the JSON values under `extensions` can.
 */
function withoutCycles(schema: Schema, done: Map<Schema, Schema>): Schema {
  const known = done.get(schema);
  if (known) return known;
  done.set(schema, schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { readonly type: string };
  let result = schema;
  if (def.type === "lazy") {
    result = runtimeIsland(schema);
  } else {
    const changes: Record<string, unknown> = {};
    for (const key of CHILD_KEYS) {
      const child = def[key];
      if (isSchema(child)) {
        const next = withoutCycles(child, done);
        if (next !== child) changes[key] = next;
      }
    }
    for (const key of CHILD_LIST_KEYS) {
      const list = def[key];
      if (Array.isArray(list)) {
        const next = list.map((child: unknown) => (isSchema(child) ? withoutCycles(child, done) : child));
        if (next.some((child, index) => child !== list[index])) changes[key] = next;
      }
    }
    if (def.type === "object") {
      const shape = def["shape"] as Record<string, Schema>;
      const next: Record<string, Schema> = {};
      let changed = false;
      for (const [key, child] of Object.entries(shape)) {
        next[key] = withoutCycles(child, done);
        if (next[key] !== child) changed = true;
      }
      if (changed) changes["shape"] = next;
    }
    if (Object.keys(changes).length > 0) result = z.clone(schema, { ...def, ...changes } as never);
  }
  done.set(schema, result);
  return result;
}

function newFunctionWorks(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func
    new Function("");
    return true;
  } catch {
    return false;
  }
}

/** The real surroundings: this zod's `compile`, if it has one, and a probe of `new Function`. */
const runtimeSurroundings: ShapeSurroundings = {
  compile: (z as { readonly compile?: ShapeSurroundings["compile"] }).compile,
  codeGenerationAllowed: newFunctionWorks,
  // about what compiling the document schema costs: plain checks up to then, compiled after
  compileAfterMs: 50,
};

/** A check that only answers whether the input is valid: no copy, no issues. */
type Assertion = (input: unknown) => boolean;

/**
 * The compiled schema's assert-only check: zod's `validate` (4.6 and later) runs the
 * validator `z.compile` generated without building the output; where zod has no
 * `validate`, its safe parse stands in.
 */
function assertionOf(schema: Schema): Assertion {
  const classic = schema as Schema & { validate?: (input: unknown) => boolean; safeParse: (input: unknown) => { success: boolean } };
  if (typeof classic.validate === "function") return (input) => classic.validate!(input);
  return (input) => classic.safeParse(input).success;
}

/**
 * Compiles the document schema into one assert-only check: the root object's keys by
 * one compiled validator, each collection by its own. `undefined` where zod hands every
 * part back uncompiled.
 */
function compileAssertion(compile: NonNullable<ShapeSurroundings["compile"]>): Assertion | undefined {
  const twin = withoutCycles(NewsDocument, new Map()) as typeof NewsDocument;
  // One validator per collection: compiled whole, the document is one function too big
  // for the engine's optimising compiler to take on.
  const keys: string[] = [];
  const parts: Assertion[] = [];
  const skeleton: Record<string, Schema> = {};
  let changed = false;
  for (const [key, child] of Object.entries(twin.shape as Record<string, Schema>)) {
    const compiled = compile(child);
    if (compiled !== child) changed = true;
    keys.push(key);
    parts.push(assertionOf(compiled));
    skeleton[key] = z.unknown().optional();
  }
  if (!changed) return undefined;
  // The root's own rules: an object, with no key the document does not have. Whether
  // each key is present and right is the collection's check, run on the value or on
  // `undefined`, which only an optional key accepts.
  const root = assertionOf(compile(z.strictObject(skeleton)));
  return (input) => {
    if (!root(input)) return false;
    const record = input as Record<string, unknown>;
    for (let index = 0; index < keys.length; index++) if (!parts[index]!(record[keys[index]!])) return false;
    return true;
  };
}

/**
 * Builds a shape checker for {@link NewsDocument} that uses `z.compile` where it can and
 * zod's plain parser where it cannot: where zod is older than 4.5, or where `new Function`
 * is forbidden (a strict Content-Security-Policy).
 *
 * @remarks
 * On success the result's `data` is the input itself, now typed: the schemas have no
 * defaults and no transforms, so a parsed copy would be equal to it, and not building one
 * keeps the cost of a check linear in the document's size. On failure the issues are
 * zod's own, from its plain parser.
 *
 * Compiling the document schema takes tens of milliseconds, which a one-off check never
 * earns back, so the checker starts on the plain parser and compiles once its plain
 * checks after the first have taken {@link ShapeSurroundings.compileAfterMs} in all (the
 * first is left out: it runs on cold code, and a program that validates once should not
 * pay for compiling on top of it). Until then it parses
 * with zod's per-call `jitless` option, so a first check does not generate code for
 * every object schema either. The compiled validator only ever answers "valid": whenever
 * it rejects, the plain parser runs again and its issues are the ones returned, so both
 * paths give the same result and the same issues. The compiled copy is private to the
 * checker: zod's global configuration is never touched.
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
      possible ??= typeof surroundings.compile === "function" && surroundings.codeGenerationAllowed();
      const start = performance.now();
      const result = plain(input);
      // The first check also pays for the engine meeting zod's code cold: a program that
      // validates once must not pay for compiling on top of it.
      if (checks++ > 0) spent += performance.now() - start;
      if (spent >= surroundings.compileAfterMs) {
        jitless = false;
        if (possible) compiled = compileAssertion(surroundings.compile!);
      }
      return result;
    },
    path: () => (compiled ? "compiled" : "plain"),
  };
}

let shared: ShapeChecker | undefined;

/**
 * Checks the shape of unknown input against {@link NewsDocument}, with a validator
 * compiled by `z.compile` where the runtime allows it. Used by `validateDocument`.
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
