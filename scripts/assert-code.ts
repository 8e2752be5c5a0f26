import type * as z from "zod";
import { ID_PATTERN } from "../src/model/id.js";
import { toCodePointOffset } from "../src/model/evidence.js";
import { parseIsland, runCustom, type Assertion } from "../src/validate/_lib/assert-runtime.js";
import { isIdText } from "../src/validate/_lib/id-text.js";

export type { Assertion } from "../src/validate/_lib/assert-runtime.js";

type Schema = z.core.$ZodType;

/** Patterns whose test the generated check runs as a loop of the package's own, with that loop. */
export const PATTERN_LOOPS: ReadonlyMap<RegExp, (text: string) => boolean> = new Map([[ID_PATTERN, isIdText]]);

/** A part of a schema this generator leaves to zod's own parser. */
class Unsupported extends Error {}

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

/**
 * Length checks, whose `when` zod fills in itself (skip the check where the value has no
 * length), so the generator runs them regardless: a `when` of the user's own on one
 * could only make the check stricter, which sends the document to zod's parser. Any
 * other check with a `when` is left to zod.
 */
const LENGTH_CHECKS = new Set(["min_length", "max_length", "length_equals"]);

/** A function of its own, holding the check of a schema met in more than one place. */
export interface SharedCheck {
  /** The function's name: `s0`, `s1`, … */
  readonly name: string;
  /** Its body: statements on `input` that return whether it passes. */
  readonly body: string;
}

/** The state a {@link Writer} rolls back to when a part turns out unsupported. */
type Mark = readonly [lines: number, values: number, variables: number, labels: number, functions: number, reserved: number];

/** The code being written, with the values it reads as named constants. */
class Writer {
  lines: string[] = [];
  readonly names: string[] = [];
  readonly values: unknown[] = [];
  /** Checks written as functions of their own, in the order they were finished. */
  readonly functions: SharedCheck[] = [];
  /** Each schema given a function of its own, in the order their names were taken. */
  private readonly reserved: Schema[] = [];
  private readonly sharedNames = new Map<Schema, string>();
  private variables = 0;
  private labels = 0;

  /**
   * `places`: in how many places each part is checked ({@link countPlaces}); `named`:
   * parts that get a function of their own under the name given.
   */
  constructor(
    private readonly places: ReadonlyMap<Schema, number>,
    private readonly named: ReadonlyMap<Schema, string> = new Map(),
  ) {}

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

  /** Whether a part is checked by a function of its own ({@link hasOwnFunction}). */
  sharesCheckOf(schema: Schema): boolean {
    return hasOwnFunction(schema, this.places.get(schema) ?? 0, this.named);
  }

  /** The name of a part's function, and whether it still has to be written. */
  sharedName(schema: Schema): { readonly name: string; readonly written: boolean } {
    const known = this.sharedNames.get(schema);
    if (known !== undefined) return { name: known, written: true };
    const name = this.named.get(schema) ?? `s${this.reserved.filter((part) => !this.named.has(part)).length}`;
    this.reserved.push(schema);
    this.sharedNames.set(schema, name);
    return { name, written: false };
  }

  mark(): Mark {
    return [this.lines.length, this.values.length, this.variables, this.labels, this.functions.length, this.reserved.length];
  }

  rollback([lines, values, variables, labels, functions, reserved]: Mark): void {
    this.lines.length = lines;
    this.names.length = values;
    this.values.length = values;
    this.variables = variables;
    this.labels = labels;
    this.functions.length = functions;
    for (const schema of this.reserved.splice(reserved)) this.sharedNames.delete(schema);
  }
}

/** The schema parts the generated code descends into from a part. */
function childrenOf(schema: Schema): Schema[] {
  const d = def(schema);
  return [...(d.shape ? Object.values(d.shape) : []), ...(d.element ? [d.element] : []), ...(d.innerType ? [d.innerType] : []), ...(d.options ?? [])];
}

/**
 * Whether a part gets a function of its own: a part named for one, or an object or a
 * union written in more than one place, so its code is written once, whatever the number
 * of places.
 */
function hasOwnFunction(schema: Schema, places: number, named: ReadonlyMap<Schema, string>): boolean {
  if (named.has(schema)) return true;
  const type = def(schema).type;
  return (type === "object" || type === "union") && places > 1;
}

/**
 * In how many places the generated code checks each part of the schemas: once for each
 * place its holder is checked in, and a holder with a function of its own is checked in
 * one place, its function, however often it is called. Parts met behind the same
 * optional or array in many objects are so counted as many times as that wrapper is.
 */
function countPlaces(roots: readonly Schema[], named: ReadonlyMap<Schema, string>): Map<Schema, number> {
  // the parts in an order where each comes before every part it holds
  const order: Schema[] = [];
  const seen = new Set<Schema>();
  const visit = (schema: Schema): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    for (const child of childrenOf(schema)) visit(child);
    order.push(schema);
  };
  for (const root of roots) visit(root);
  order.reverse();
  const places = new Map<Schema, number>();
  for (const root of roots) places.set(root, (places.get(root) ?? 0) + 1);
  for (const schema of order) {
    const here = places.get(schema) ?? 0;
    const written = hasOwnFunction(schema, here, named) ? 1 : here;
    for (const child of childrenOf(schema)) places.set(child, (places.get(child) ?? 0) + written);
  }
  return places;
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
function emit(w: Writer, schema: Schema, value: string, fail: string, own = false): void {
  if (!own && w.sharesCheckOf(schema)) {
    const { name, written } = w.sharedName(schema);
    if (!written) {
      const outer = w.lines;
      w.lines = [];
      emit(w, schema, "input", "return false", true);
      w.lines.push("return true;");
      w.functions.push({ name, body: w.lines.join("\n") });
      w.lines = outer;
    }
    w.lines.push(`if (!${name}(${value})) ${fail};`);
    return;
  }
  const at = w.mark();
  try {
    emitSupported(w, schema, value, fail);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    w.rollback(at);
    w.lines.push(`// zod's parser: ${error.message.replace(/\s+/g, " ")}`, `if (!${w.constant(parseIsland)}(${w.constant(schema)}, ${value})) ${fail};`);
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
        // zod counts a string's length in code points: a surrogate pair is one character
        else if (kind === "string") w.lines.push(`const ${length} = ${inDoubt} ? ${w.constant(toCodePointOffset)}(${value}, ${value}.length) : ${value}.length;`);
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
        emitTest(w, c.pattern, value, fail);
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
    emitTest(w, own.def.pattern, value, fail);
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
      // Up to sixteen string values compare faster one by one than a set hashes the input:
      // the document's two enums of 9 and 12 values took the fixture's whole check from 1
      // to 0.95 when they left their sets.
      if (values.size <= 16 && [...values].every((one) => typeof one === "string"))
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
  const w = new Writer(countPlaces([schema], new Map()));
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
 * Throws where `new Function` is forbidden: the package itself runs the document's
 * check written out at build time ({@link assertionSet}), and this only in tests.
 */
export function assertionFor(schema: Schema): Assertion {
  const w = generate(schema);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func
  const factory = new Function(...w.names, `${sharedSource(w.functions)}return function check(input) {\n${w.lines.join("\n")}\n};`) as (
    ...values: unknown[]
  ) => Assertion;
  return factory(...w.values);
}

function sharedSource(functions: readonly SharedCheck[]): string {
  return functions.map(({ name, body }) => `function ${name}(input) {\n${body}\n}\n`).join("");
}

/** The code {@link assertionFor} generates: the functions of shared parts, then the check's body. For tests and for reading. */
export function assertionSource(schema: Schema): string {
  const w = generate(schema);
  return `${sharedSource(w.functions)}${w.lines.join("\n")}`;
}

/** The checks of several schemas as source, with the one table of values they all read. */
export interface AssertionSet {
  /** Each schema's check: the body of a function of `input` that returns whether it passes. */
  readonly bodies: readonly string[];
  /** The checks of parts met in more than one place, each a function the bodies call by its name. */
  readonly functions: readonly SharedCheck[];
  /** The names the bodies read the values by, `c0`, `c1`, …, in the order of {@link AssertionSet.values}. */
  readonly names: readonly string[];
  /** The values themselves: patterns, sets, schema parts, checks and the functions of `assert-runtime`. */
  readonly values: readonly unknown[];
}

/**
 * Writes the checks of several schemas as {@link assertionFor} would, sharing one table
 * of the values they read, for a build step to write into a module of its own. Each part
 * in `named` is checked by a function of its own under that name, so a large schema can
 * be split into functions the engine's optimising compiler takes on.
 */
export function assertionSet(schemas: readonly Schema[], named: ReadonlyMap<Schema, string> = new Map()): AssertionSet {
  const w = new Writer(countPlaces(schemas, named), named);
  const bodies = schemas.map((schema) => {
    const first = w.lines.length;
    emit(w, schema, "input", "return false");
    w.lines.push("return true;");
    return w.lines.slice(first).join("\n");
  });
  return { bodies, functions: [...w.functions], names: [...w.names], values: [...w.values] };
}

/**
 * The path of property names from a schema to each part of it the generated check may
 * read: every schema under it, each check of those, their patterns, and each enum's set
 * of values. The shortest path is kept where a part is met more than once.
 */
export function schemaPaths(root: Schema): Map<unknown, readonly (string | number)[]> {
  const paths = new Map<unknown, readonly (string | number)[]>();
  const isSchema = (value: unknown): value is Schema =>
    typeof value === "object" && value !== null && typeof (value as { _zod?: { def?: unknown } })._zod?.def === "object";
  const queue: [Schema, readonly (string | number)[]][] = [[root, []]];
  const add = (value: unknown, path: readonly (string | number)[]): void => {
    if (paths.has(value)) return;
    paths.set(value, path);
    if (isSchema(value)) queue.push([value, path]);
  };
  // breadth first, so each part is reached by its shortest path
  for (let next = 0; next < queue.length; next++) {
    const [schema, path] = queue[next]!;
    const d = schema._zod.def as unknown as Record<string, unknown>;
    const at = (...steps: (string | number)[]) => [...path, "_zod", "def", ...steps];
    if (d["pattern"] instanceof RegExp) add(d["pattern"], at("pattern"));
    if (d["type"] === "enum" || d["type"] === "literal") {
      const values = (schema._zod as { readonly values?: unknown }).values;
      if (values instanceof Set) add(values, [...path, "_zod", "values"]);
    }
    for (const [field, value] of Object.entries(d)) {
      if (field === "checks" && Array.isArray(value)) {
        value.forEach((check, index) => {
          add(check, at("checks", index));
          const pattern = (check as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
          if (pattern instanceof RegExp) add(pattern, at("checks", index, "_zod", "def", "pattern"));
        });
      } else if (field === "shape" && typeof value === "object" && value !== null) {
        for (const key of Object.keys(value)) add((value as Record<string, unknown>)[key], at("shape", key));
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => isSchema(item) && add(item, at(field, index)));
      } else if (isSchema(value)) add(value, at(field));
    }
  }
  return paths;
}
