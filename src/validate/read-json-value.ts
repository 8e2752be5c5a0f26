import { problem, toPointer, type Problem } from "./problem.js";

/** A JSON value: what `JSON.parse` can return. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * What {@link readJsonValue} found: the value as plain JSON data, or every place where
 * the input is not JSON.
 */
export type JsonValueResult =
  | {
      /** The input is JSON data. */
      readonly ok: true;
      /** The input as plain objects, arrays and primitives, each property read once. */
      readonly value: JsonValue;
    }
  | {
      /** The input is not JSON data, or too deep or too large to check. */
      readonly ok: false;
      /** Every place where it is not, in the order the walk met them. */
      readonly problems: readonly Problem[];
    };

/**
 * The limits of what {@link readJsonValue} reads, which JSON text read by
 * `parseDocumentJson` is held to as well.
 */
export const JSON_LIMITS = {
  /** The deepest nesting of arrays and objects; zod's JSON schema recurses once per level. */
  depth: 1000,
  /** The most values the input may hold written out as a tree, as `JSON.stringify` writes it. */
  values: 2 ** 25,
  /** The longest key: every problem's path and pointer must stay a string JavaScript can build. */
  keyLength: 10_000,
} as const;

const MAX_DEPTH = JSON_LIMITS.depth;
const MAX_VALUES = JSON_LIMITS.values;
const MAX_KEY_LENGTH = JSON_LIMITS.keyLength;

type Path = (string | number)[];

/** One array or object on the walk: where it was first met, and what is known of it so far. */
interface Node {
  readonly parent: Node | undefined;
  readonly key: string | number;
  readonly depth: number;
  readonly copy: JsonValue[] | { [key: string]: JsonValue };
  /** Its keys or, for an array, undefined: the walk goes through them by `next`. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  next: number;
  /** How many values it holds as a tree, itself included. */
  values: number;
  /** Whether it is still being read: met again then, it contains itself. */
  open: boolean;
}

function pathOf(node: Node | undefined, ...rest: (string | number)[]): Path {
  const path: Path = rest;
  for (let at = node; at?.parent !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/** Says what an exception was, without letting a hostile one throw again. */
function describeError(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return typeof error === "string" ? error : `a thrown ${typeof error}`;
  } catch {
    return "an error that cannot be described";
  }
}

function isObjectPrototype(prototype: object): boolean {
  // Object.prototype of this realm, or of another (an iframe's, a vm context's).
  return prototype === Object.prototype || (Object.getPrototypeOf(prototype) === null && Object.hasOwn(prototype, "isPrototypeOf"));
}

function isPlainPrototype(prototype: object | null, isArray: boolean): boolean {
  if (prototype === null) return !isArray;
  if (!isArray) return isObjectPrototype(prototype);
  if (prototype === Array.prototype) return true;
  const above = Object.getPrototypeOf(prototype) as object | null;
  return Object.hasOwn(prototype, "concat") && above !== null && isObjectPrototype(above);
}

/** What kind of non-JSON object this is, for a message: "a Date", "an instance of Map". */
function describeObject(value: object, prototype: object | null): string {
  if (value instanceof Date) return "a Date";
  let name: unknown;
  try {
    name = (prototype as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  } catch {
    name = undefined;
  }
  return typeof name === "string" && name !== "" ? `an instance of ${name}` : "an object with a prototype of its own";
}

const ADVICE: { readonly [what: string]: string } = {
  "a Date": "write it as a string, such as an ISO 8601 date-time",
  bigint: "write it as a number or a string",
};

/** Why a primitive is not JSON, or undefined where it is. */
function primitiveProblem(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value) ? undefined : `${value} is not a JSON number (JSON.stringify would write null)`;
    case "bigint":
      return `the BigInt ${value}n is not JSON; ${ADVICE["bigint"]}`;
    case "symbol":
      return "a symbol is not JSON";
    case "function":
      return "a function is not JSON";
    case "undefined":
      return "undefined is not JSON (JSON.stringify would write null here)";
    default:
      return value === null ? undefined : "this value is not JSON";
  }
}

/**
 * Reads an unknown JavaScript value as JSON data, as `JSON.stringify` would write it and
 * `JSON.parse` read it back, and returns it as plain objects and arrays, or the problem
 * at each place where it is not JSON. Never throws, and takes time in proportion to the
 * number of distinct objects in the input, however they are shared or nested.
 *
 * @remarks
 * Each array and object is copied one level at a time (`slice` and a spread), so each
 * property is read once, and what was read is what the result holds: the code after it
 * meets only plain data, no getter runs twice, no Proxy trap is asked again, no
 * prototype is consulted. Where a copy throws, the properties are read one by one to
 * say which. Shared values (one `evidenceIds` array used
 * by two facts) are read once and shared in the result.
 *
 * Problems, each at its path:
 * - `not-json`: a cycle (a value that contains itself), a getter or Proxy trap that
 *   throws, a revoked Proxy, a function, a `Date`, a `BigInt`, a symbol, `NaN` or an
 *   infinity, `undefined` or a hole in an array, an object of a class or with a
 *   prototype of its own (a `Map`, a typed array). An
 *   object property whose value is `undefined` is kept, and read as absent by the
 *   schemas, as `JSON.stringify` leaves it out; a `toJSON` method is never called, and
 *   is reported as a function. Properties keyed by symbols, and those not enumerable,
 *   are not read, as `JSON.stringify` does not write them.
 * - `too-deep`: arrays and objects nested more than 1,000 levels deep, found without
 *   recursion; the walk does not go below that level.
 * - `too-large`: a value that, written out as a tree, would hold more than 2²⁵
 *   (33,554,432) values, counted once per distinct object, so a small object shared
 *   2⁴⁰ times is refused at once; an array that long; a key longer than 10,000
 *   characters, reported at the object that holds it.
 * @example
 * ```ts
 * const cyclic: { self?: unknown } = {};
 * cyclic.self = cyclic;
 * readJsonValue({ extensions: { "acme:x": cyclic } });
 * //=> { ok: false, problems: [{ code: "not-json", pointer: "/extensions/acme:x/self", … }] }
 * readJsonValue({ a: [1, "two", null] });
 * //=> { ok: true, value: { a: [1, "two", null] } }
 * ```
 * @group Validation
 */
export function readJsonValue(input: unknown): JsonValueResult {
  const reading = new Reading();
  const holder = { "": input } as { [key: string]: JsonValue };
  const first = reading.enter(input, undefined, "", holder);
  if (first) reading.walk(first);
  return reading.problems.length > 0 ? { ok: false, problems: reading.problems } : { ok: true, value: holder[""]! };
}

type Container = JsonValue[] | { [key: string]: JsonValue };

/** One reading of a value: the objects met, and the problems found. */
class Reading {
  readonly problems: Problem[] = [];
  private readonly seen = new Map<object, Node>();
  private stop = false;

  private report(code: "not-json" | "too-deep" | "too-large", node: Node | undefined, key: string | number | undefined, message: string): void {
    this.problems.push(problem(code, key === undefined || node === undefined ? pathOf(node) : pathOf(node, key), message));
  }

  /**
   * Reads the value met at `key` of `parent`, whose copy is `target`, and returns the node
   * to walk into where it is an array or object met for the first time. A primitive is in
   * the parent's copy already and is only checked; an array or object is copied one level
   * deep, and its copy put in the parent's in its place.
   */
  enter(value: unknown, parent: Node | undefined, key: string | number, target: Container): Node | undefined {
    if (typeof value !== "object" || value === null) {
      const wrong = primitiveProblem(value);
      if (wrong !== undefined) this.report("not-json", parent, key, wrong);
      else if (parent) parent.values++;
      return undefined;
    }
    // The key is the copy's own already, so a plain store sets it, "__proto__" included.
    const place = target as { [key: string | number]: JsonValue };
    const met = this.seen.get(value);
    if (met) {
      if (met.open)
        this.report(
          "not-json",
          parent,
          key,
          `a cycle: this is the value at "${toPointer(pathOf(met)) || "/"}", which contains it; JSON cannot hold a value that contains itself`,
        );
      else {
        place[key] = met.copy;
        if (parent) parent.values += met.values;
      }
      return undefined;
    }
    const depth = (parent?.depth ?? 0) + 1;
    if (depth > MAX_DEPTH) {
      this.report("too-deep", parent, key, `the value nests arrays and objects more than ${MAX_DEPTH.toLocaleString("en")} levels deep, too deeply to check`);
      return undefined;
    }
    let isArray: boolean;
    try {
      isArray = Array.isArray(value);
      const prototype = Object.getPrototypeOf(value) as object | null;
      if (prototype !== (isArray ? Array.prototype : Object.prototype) && !isPlainPrototype(prototype, isArray)) {
        const what = describeObject(value, prototype);
        this.report("not-json", parent, key, `${what} is not JSON${ADVICE[what] ? `; ${ADVICE[what]}` : ""}`);
        return undefined;
      }
      const length = isArray ? (value as unknown[]).length : 0;
      if (length > MAX_VALUES) {
        this.report("too-large", parent, key, `the array holds ${length.toLocaleString("en")} elements, more than the ${MAX_VALUES.toLocaleString("en")} values a document may hold`);
        this.stop = true;
        return undefined;
      }
    } catch (error) {
      this.report("not-json", parent, key, `reading this value threw (${describeError(error)}); JSON data cannot throw`);
      return undefined;
    }
    let copy: Container;
    try {
      // The one read of each property: getters run and Proxy traps answer here, once.
      copy = isArray ? (Array.prototype.slice.call(value) as JsonValue[]) : { ...(value as { [key: string]: JsonValue }) };
    } catch (error) {
      this.locate(value, isArray, parent, key, error);
      return undefined;
    }
    const keys = isArray ? undefined : Object.keys(copy);
    const length = keys === undefined ? (copy as JsonValue[]).length : keys.length;
    const node: Node = { parent, key, depth, copy, keys, length, next: 0, values: 1, open: true };
    this.seen.set(value, node);
    place[key] = copy;
    return node;
  }

  /** Finds which properties of an object threw when it was read, reading them one by one. */
  private locate(value: object, isArray: boolean, parent: Node | undefined, key: string | number, thrown: unknown): void {
    const before = this.problems.length;
    const here = parent === undefined ? [] : pathOf(parent, key);
    try {
      const names: (string | number)[] = isArray ? Array.from({ length: (value as unknown[]).length }, (_, index) => index) : Object.keys(value);
      for (const name of names)
        try {
          void (value as { [key: string | number]: unknown })[name];
        } catch (error) {
          this.problems.push(problem("not-json", [...here, name], `reading this value threw (${describeError(error)}); JSON data cannot throw`));
        }
    } catch (error) {
      thrown = error;
    }
    if (this.problems.length === before) this.problems.push(problem("not-json", here, `reading this value threw (${describeError(thrown)}); JSON data cannot throw`));
  }

  /** Walks every array and object under `first`, depth first, with a stack of its own. */
  walk(first: Node): void {
    const stack: Node[] = [first];
    while (stack.length > 0 && !this.stop) {
      const node = stack[stack.length - 1]!;
      if (node.next === node.length) {
        stack.pop();
        this.leave(node);
        continue;
      }
      const index = node.next++;
      const keys = node.keys;
      const key = keys === undefined ? index : keys[index]!;
      if (typeof key === "string" && key.length > MAX_KEY_LENGTH) {
        this.report(
          "too-large",
          node,
          undefined,
          `a key of ${key.length.toLocaleString("en")} characters, starting ${JSON.stringify(key.slice(0, 20))}, is longer than the ${MAX_KEY_LENGTH.toLocaleString("en")} a key may have`,
        );
        continue;
      }
      const value = (node.copy as { [key: string | number]: unknown })[key];
      // The common case first, without a call: a string, a boolean, null, a finite number.
      if (typeof value === "string" || typeof value === "boolean" || value === null || (typeof value === "number" && Number.isFinite(value))) {
        node.values++;
        continue;
      }
      if (value === undefined) {
        // An object's undefined value is kept: zod reads it as absent, as JSON.stringify leaves it out.
        if (keys !== undefined) continue;
        if (!(index in node.copy)) {
          this.report("not-json", node, key, "a hole in a sparse array is not JSON (JSON.stringify would write null here)");
          continue;
        }
      }
      const child = this.enter(value, node, key, node.copy);
      if (child) stack.push(child);
    }
  }

  /** Closes a node whose values are all read, and counts them into its parent. */
  private leave(node: Node): void {
    node.open = false;
    if (node.values > MAX_VALUES) {
      this.report(
        "too-large",
        node,
        undefined,
        `written out as JSON, this value would hold ${node.values.toLocaleString("en")} values, counting a shared object once for each place it appears: more than the ${MAX_VALUES.toLocaleString("en")} a document may hold`,
      );
      this.stop = true;
    } else if (node.parent) node.parent.values += node.values;
  }
}
