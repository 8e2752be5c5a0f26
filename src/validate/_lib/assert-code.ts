import * as z from "zod";
import { PATTERN_LOOPS } from "./id-text.js";

type Schema = z.core.$ZodType;

/** A part of a schema this generator leaves to zod's own parser. */
class Unsupported extends Error {}

/** A check that only answers whether the input is valid. */
export type Assertion = (input: unknown) => boolean;

/** The definition fields the generator reads, as zod 4 writes them. */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly coerce?: boolean;
  readonly format?: string;
  readonly check?: string;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly element?: Schema;
  readonly innerType?: Schema;
  readonly options?: readonly Schema[];
  readonly discriminator?: string;
  readonly unionFallback?: boolean;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
}

interface CheckDef {
  readonly check: string;
  readonly when?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
}

/** zod counts a string's length in code points: a surrogate pair is one character. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/**
 * Length checks, whose `when` zod fills in itself (skip the check where the value has no
 * length), so the generator runs them regardless: a `when` of the user's own on one
 * could only make the check stricter, which sends the document to zod's parser. Any
 * other check with a `when` is left to zod.
 */
const LENGTH_CHECKS = new Set(["min_length", "max_length", "length_equals"]);

/** The code being written, with the values it reads as named constants. */
class Writer {
  readonly lines: string[] = [];
  readonly names: string[] = [];
  readonly values: unknown[] = [];
  private variables = 0;
  private labels = 0;

  constant(value: unknown): string {
    const known = this.values.indexOf(value);
    if (known >= 0) return this.names[known]!;
    const name = `c${this.values.length}`;
    this.names.push(name);
    this.values.push(value);
    return name;
  }

  variable(): string {
    return `v${this.variables++}`;
  }

  label(): string {
    return `b${this.labels++}`;
  }

  /** The state to roll back to when a part turns out unsupported. */
  mark(): readonly [number, number, number, number] {
    return [this.lines.length, this.values.length, this.variables, this.labels];
  }

  rollback([lines, values, variables, labels]: readonly [number, number, number, number]): void {
    this.lines.length = lines;
    this.names.length = values;
    this.values.length = values;
    this.variables = variables;
    this.labels = labels;
  }
}

function def(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

/** A literal value as source code. */
function literal(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "boolean" || value === null) return String(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new Unsupported(`literal ${String(value)}`);
}

/**
 * Writes statements that run `fail` unless the value in variable `value` passes the
 * schema, falling back to zod's parser (an island) for any part it does not write out.
 */
function emit(w: Writer, schema: Schema, value: string, fail: string): void {
  const at = w.mark();
  try {
    emitSupported(w, schema, value, fail);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    w.rollback(at);
    const island = w.constant((input: unknown) => z.safeParse(schema, input).success);
    w.lines.push(`// zod's parser: ${error.message.replace(/\s+/g, " ")}`, `if (!${island}(${value})) ${fail};`);
  }
}

function emitChecks(w: Writer, schema: Schema, value: string, fail: string, kind: "string" | "number" | "array"): void {
  for (const check of def(schema).checks ?? []) {
    const c = check._zod.def;
    if (c.when !== undefined && !LENGTH_CHECKS.has(c.check)) throw new Unsupported(`a check with a when condition`);
    switch (c.check) {
      case "min_length":
      case "max_length":
      case "length_equals": {
        const bound = c.check === "min_length" ? c.minimum : c.check === "max_length" ? c.maximum : c.length;
        if (typeof bound !== "number" || !Number.isFinite(bound)) throw new Unsupported("a length bound");
        const length = w.variable();
        const inDoubt =
          c.check === "min_length"
            ? `${value}.length >= ${bound} && ${value}.length < ${bound * 2}`
            : c.check === "max_length"
              ? `${value}.length > ${bound}`
              : `${value}.length >= ${bound} && ${value}.length <= ${bound * 2}`;
        // a string of n units has at least n / 2 code points, and at least one if it has any
        if (kind === "string" && c.check === "min_length" && bound <= 1) w.lines.push(`const ${length} = ${value}.length;`);
        else if (kind === "string") w.lines.push(`const ${length} = ${inDoubt} ? ${w.constant(codePoints)}(${value}) : ${value}.length;`);
        else w.lines.push(`const ${length} = ${value}.length;`);
        const wrong = c.check === "min_length" ? `${length} < ${bound}` : c.check === "max_length" ? `${length} > ${bound}` : `${length} !== ${bound}`;
        w.lines.push(`if (${wrong}) ${fail};`);
        break;
      }
      case "greater_than":
      case "less_than": {
        if (kind !== "number" || typeof c.value !== "number" || Number.isNaN(c.value)) throw new Unsupported("a bound");
        const operator = c.check === "greater_than" ? (c.inclusive ? "<" : "<=") : c.inclusive ? ">" : ">=";
        w.lines.push(`if (${value} ${operator} ${c.value}) ${fail};`);
        break;
      }
      case "string_format": {
        if (kind !== "string" || c.format !== "regex" || !(c.pattern instanceof RegExp)) throw new Unsupported(`the string format ${c.format}`);
        const pattern = w.constant(c.pattern);
        emitTest(w, c.pattern, value, fail);
// (!${pattern}.test(${value})) ${fail};`);
        break;
      }
      default:
        throw new Unsupported(`the check ${c.check}`);
    }
  }
}

/**
 * Tests a string against a pattern as zod does. zod sets `lastIndex` to 0 first, which
 * matters only to a global or sticky pattern: any other ignores it.
 */
function emitTest(w: Writer, pattern: RegExp, value: string, fail: string): void {
  const loop = PATTERN_LOOPS.get(pattern);
  if (loop) {
    w.lines.push(`if (!${w.constant(loop)}(${value})) ${fail};`);
    return;
  }
  const name = w.constant(pattern);
  if (pattern.global || pattern.sticky) w.lines.push(`${name}.lastIndex = 0;`);
  w.lines.push(`if (!${name}.test(${value})) ${fail};`);
}

/** Formats whose whole check is their pattern, as zod defines them. */
const PATTERN_FORMATS = ["$ZodISODate", "$ZodISODateTime", "$ZodISOTime", "$ZodISODuration"];

/**
 * A string schema with a format is its own first check. The ISO date and time formats
 * are their pattern alone; any other format's own check is run as zod runs it.
 */
function emitFormat(w: Writer, schema: Schema, value: string, fail: string): void {
  const own = schema._zod as unknown as { readonly traits: Set<string>; readonly def: CheckDef; readonly check?: unknown };
  if (own.def.when !== undefined || typeof own.check !== "function") throw new Unsupported(`the string format ${own.def.format}`);
  if (PATTERN_FORMATS.some((trait) => own.traits.has(trait)) && own.def.pattern instanceof RegExp) {
    const pattern = w.constant(own.def.pattern);
    emitTest(w, own.def.pattern, value, fail);
// (!${pattern}.test(${value})) ${fail};`);
  } else {
    w.lines.push(`if (!${w.constant(runCustom)}(${w.constant(schema)}, ${value})) ${fail};`);
  }
}

function emitSupported(w: Writer, schema: Schema, value: string, fail: string): void {
  const d = def(schema);
  if (d.coerce) throw new Unsupported("coercion");
  switch (d.type) {
    case "string":
      w.lines.push(`if (typeof ${value} !== "string") ${fail};`);
      if (d.format !== undefined) emitFormat(w, schema, value, fail);
      emitChecks(w, schema, value, fail, "string");
      return;
    case "number":
      w.lines.push(`if (typeof ${value} !== "number" || !Number.isFinite(${value})) ${fail};`);
      if (d.check === "number_format") {
        if (d.format !== "safeint") throw new Unsupported(`the number format ${d.format}`);
        w.lines.push(`if (!Number.isSafeInteger(${value})) ${fail};`);
      }
      emitChecks(w, schema, value, fail, "number");
      return;
    case "boolean":
      if (d.checks?.length) throw new Unsupported("checks on a boolean");
      w.lines.push(`if (typeof ${value} !== "boolean") ${fail};`);
      return;
    case "null":
      if (d.checks?.length) throw new Unsupported("checks on null");
      w.lines.push(`if (${value} !== null) ${fail};`);
      return;
    case "literal": {
      if (d.checks?.length) throw new Unsupported("checks on a literal");
      const values = d.values ?? [];
      if (values.length === 0) throw new Unsupported("an empty literal");
      w.lines.push(`if (${values.map((one) => `${value} !== ${literal(one)}`).join(" && ")}) ${fail};`);
      return;
    }
    case "enum": {
      const values = (schema._zod as { readonly values?: Set<unknown> }).values;
      if (d.checks?.length || !values) throw new Unsupported("an enum without values");
      if (values.has(undefined)) throw new Unsupported("an enum with undefined");
      // a few string values compare faster one by one than a set hashes the input
      if (values.size <= 8 && [...values].every((one) => typeof one === "string"))
        w.lines.push(`if (${[...values].map((one) => `${value} !== ${JSON.stringify(one)}`).join(" && ")}) ${fail};`);
      else w.lines.push(`if (!${w.constant(values)}.has(${value})) ${fail};`);
      return;
    }
    case "optional": {
      const inner = d.innerType!;
      if (d.checks?.length || inner._zod.optin === "defaulted" || (schema._zod.traits as Set<string>).has("$ZodExactOptional"))
        throw new Unsupported("an optional that is not plain");
      w.lines.push(`if (${value} !== undefined) {`);
      emit(w, inner, value, fail);
      w.lines.push(`}`);
      return;
    }
    case "array": {
      w.lines.push(`if (!Array.isArray(${value})) ${fail};`);
      emitChecks(w, schema, value, fail, "array");
      const index = w.variable();
      const element = w.variable();
      w.lines.push(`for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {`, `const ${element} = ${value}[${index}];`);
      emit(w, d.element!, element, fail);
      w.lines.push(`}`);
      return;
    }
    case "object":
      emitObject(w, schema, value, fail);
      return;
    case "unknown":
    case "any":
      if (d.checks?.length) throw new Unsupported(`checks on ${d.type}`);
      return;
    case "never":
      w.lines.push(`${fail};`);
      return;
    case "union":
      if (d.checks?.length) throw new Unsupported("checks on a union");
      if (d.discriminator !== undefined) emitDiscriminated(w, schema, value, fail);
      else emitUnion(w, schema, value, fail);
      return;
    default:
      throw new Unsupported(`the type ${d.type}`);
  }
}

/**
 * Runs a custom check on a value that has passed its schema's own type, as zod's parser
 * does: the check reports by adding issues. A check that answers with a promise (an
 * async refinement) or throws fails here, so zod's parser decides.
 */
function runCustom(check: { readonly _zod: { readonly check: (payload: { value: unknown; issues: unknown[] }) => unknown } }, value: unknown): boolean {
  const payload = { value, issues: [] as unknown[] };
  try {
    const result = check._zod.check(payload);
    if (result instanceof Promise) {
      // zod's parser, which runs next, reports the asynchronous check; this run's outcome is not wanted
      result.catch(() => undefined);
      return false;
    }
    return payload.issues.length === 0;
  } catch {
    return false;
  }
}

function emitObject(w: Writer, schema: Schema, value: string, fail: string): void {
  const d = def(schema);
  const custom = (d.checks ?? []) as readonly { readonly _zod: { readonly def: CheckDef; readonly check: (payload: { value: unknown; issues: unknown[] }) => unknown } }[];
  if (custom.some((check) => check._zod.def.check !== "custom" || check._zod.def.when !== undefined || typeof check._zod.check !== "function"))
    throw new Unsupported("checks on an object");
  const shape = d.shape!;
  const keys = Object.keys(shape);
  if (keys.includes("__proto__") || Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported("an unusual key");
  const catchall = d.catchall === undefined ? undefined : def(d.catchall).type;
  if (catchall !== undefined && catchall !== "never") throw new Unsupported("a catchall");
  const required = keys.filter((key) => shape[key]!._zod.optin === undefined);
  if (required.length > 30) throw new Unsupported("more than 30 required keys");
  for (const key of keys) {
    const property = shape[key]!;
    // An optional key: absent or undefined passes, as zod's parser has it for a plain optional.
    if (property._zod.optin !== undefined && (def(property).type !== "optional" || property._zod.optout !== "optional"))
      throw new Unsupported("an optional key that is not plain");
  }
  w.lines.push(`if (typeof ${value} !== "object" || ${value} === null || Array.isArray(${value})) ${fail};`);
  // One pass over the object's keys, each value read by the key the loop gives: the
  // engine reads it by its place in the object, whatever the object's hidden class, where
  // a read by name at a site that meets many classes goes through a shared cache.
  const found = w.variable();
  const key = w.variable();
  const read = w.variable();
  w.lines.push(`let ${found} = 0;`, `for (const ${key} in ${value}) {`, `const ${read} = ${value}[${key}];`, `switch (${key}) {`);
  for (const name of keys) {
    w.lines.push(`case ${JSON.stringify(name)}: {`);
    emit(w, shape[name]!, read, fail);
    const bit = required.indexOf(name);
    if (bit >= 0) w.lines.push(`${found} |= ${2 ** bit};`);
    w.lines.push(`break;`, `}`);
  }
  // strict: any other key fails; stripping: any other key is ignored
  w.lines.push(`default:`, catchall === "never" ? `${fail};` : `break;`, `}`, `}`);
  // every required key was met (an absent one fails even where its schema would take `undefined`: a stricter check only sends a document to zod's parser)
  if (required.length > 0) w.lines.push(`if (${found} !== ${2 ** required.length - 1}) ${fail};`);
  for (const check of custom) w.lines.push(`if (!${w.constant(runCustom)}(${w.constant(check)}, ${value})) ${fail};`);
}

function emitDiscriminated(w: Writer, schema: Schema, value: string, fail: string): void {
  const d = def(schema);
  if (d.unionFallback) throw new Unsupported("a union fallback");
  const discriminator = d.discriminator!;
  const claimed = new Set<unknown>();
  const branches: [readonly string[], Schema][] = [];
  for (const option of d.options ?? []) {
    const values = (option._zod as { readonly propValues?: Record<string, Set<unknown>> }).propValues?.[discriminator];
    if (!values || values.size === 0) throw new Unsupported("an option without a discriminator value");
    for (const one of values) {
      if (typeof one !== "string" || claimed.has(one)) throw new Unsupported("a discriminator value");
      claimed.add(one);
    }
    branches.push([[...values] as string[], option]);
  }
  if (branches.length === 0) throw new Unsupported("an empty union");
  w.lines.push(`if (typeof ${value} !== "object" || ${value} === null || Array.isArray(${value})) ${fail};`);
  const tag = w.variable();
  w.lines.push(`const ${tag} = ${value}[${JSON.stringify(discriminator)}];`);
  branches.forEach(([values, option], index) => {
    w.lines.push(`${index === 0 ? "if" : "} else if"} (${values.map((one) => `${tag} === ${JSON.stringify(one)}`).join(" || ")}) {`);
    emit(w, option, value, fail);
  });
  w.lines.push(`} else ${fail};`);
}

function emitUnion(w: Writer, schema: Schema, value: string, fail: string): void {
  const d = def(schema);
  if (d.inclusive === false) throw new Unsupported("an exclusive union");
  const options = d.options ?? [];
  if (options.length === 0) throw new Unsupported("an empty union");
  // Each option in a labelled block of its own: the first to pass leaves the union.
  const passed = w.label();
  w.lines.push(`${passed}: {`);
  for (const option of options) {
    const failed = w.label();
    w.lines.push(`${failed}: {`);
    emit(w, option, value, `break ${failed}`);
    w.lines.push(`break ${passed};`, `}`);
  }
  w.lines.push(`${fail};`, `}`);
}

function generate(schema: Schema): Writer {
  const w = new Writer();
  emit(w, schema, "input", "return false");
  w.lines.push("return true;");
  return w;
}

/**
 * Generates an assert-only check of a zod schema: a function that answers whether the
 * input is valid, and builds nothing on the way. Strings (with length, pattern and
 * format checks), numbers, booleans, null, literals, enums, plain optionals, arrays,
 * objects (strict or stripping, with custom checks), unions and discriminated unions
 * are written out as code; any other part (a record, a lazy schema) is checked by
 * zod's own parser where it sits.
 *
 * @remarks It answers as zod's parser does, with one exception on the strict side: a
 * required key that is absent fails even where its schema would accept `undefined`. A
 * caller must therefore read `false` as "ask zod's parser", never as "invalid".
 * Throws where `new Function` is forbidden.
 */
export function assertionFor(schema: Schema): Assertion {
  const w = generate(schema);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func
  const factory = new Function(...w.names, `return function check(input) {\n${w.lines.join("\n")}\n};`) as (...values: unknown[]) => Assertion;
  return factory(...w.values);
}

/** The body of the function {@link assertionFor} generates, for tests and for reading. */
export function assertionSource(schema: Schema): string {
  return generate(schema).lines.join("\n");
}
