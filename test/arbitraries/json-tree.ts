/** A path from the root of a JSON value to one of its nodes. */
export type JsonPath = readonly (string | number)[];

/** One node of a JSON value, with its path. */
export interface JsonNode {
  readonly path: JsonPath;
  readonly value: unknown;
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Every node of a JSON value, root first, depth first. */
export function* nodesOf(value: unknown, path: JsonPath = []): Generator<JsonNode> {
  yield { path, value };
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* nodesOf(item, [...path, index]);
  else if (isObject(value)) for (const key of Object.keys(value)) yield* nodesOf(value[key], [...path, key]);
}

/** Whether a path runs through an `extensions` field, where any JSON is allowed. */
export function insideExtensions(path: JsonPath): boolean {
  return path.includes("extensions");
}

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let here = root;
  for (const part of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as { [key: string]: unknown })[part];
  }
  return here;
}

function parentOf(root: unknown, path: JsonPath): { [key: string]: unknown } {
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== "object") throw new Error(`no container at ${JSON.stringify(path)}`);
  return parent as { [key: string]: unknown };
}

/** Replaces the value at a (non-root) path, in place. */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  Object.defineProperty(parentOf(root, path), path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
}

/** Deletes the key at a (non-root) object path, in place. */
export function deleteAt(root: unknown, path: JsonPath): void {
  delete parentOf(root, path)[path.at(-1)!];
}

/** A deep copy of a JSON value. */
export function copyJson<Value>(value: Value): Value {
  return JSON.parse(JSON.stringify(value)) as Value;
}

/** RFC 6901 escaping of one reference token. */
export function escapeToken(token: string | number): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}
