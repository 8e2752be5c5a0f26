import fc from "fast-check";
import * as z from "zod";
import { entityCollections, listReferences, NewsDocument, toPointer, validateDocument } from "../../src/index.js";
import type { NewsDocumentInput, ProblemCode } from "../../src/index.js";
import { copyJson, deleteAt, getAt, insideExtensions, nodesOf, setAt, type JsonPath } from "./json-tree.js";

/** The kinds of mutation, each of which breaks one valid document in one place. */
export const MUTATION_KINDS = [
  "dropped-required-field",
  "wrong-type",
  "dangling-reference",
  "duplicate-id",
  "span-off-by-one",
  "unknown-key",
] as const;
/** One kind of mutation. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A broken copy of a valid document, and the one problem it must be rejected with. */
export interface Mutation {
  readonly kind: MutationKind;
  readonly document: unknown;
  readonly expected: { readonly code: ProblemCode; readonly pointer: string; readonly zodCode?: string };
  /** What was done, for failure messages. */
  readonly description: string;
}

type Schema = z.core.$ZodType;

/**
 * The zod schema that governs the value at `path` of a document, found by walking the
 * model's own definitions (objects, arrays, optionals, discriminated unions); undefined
 * below a record or a plain union, where the mutations do not go.
 */
export function schemaAt(document: unknown, path: JsonPath): Schema | undefined {
  let schema: Schema | undefined = NewsDocument;
  for (let depth = 0; depth <= path.length && schema; depth++) {
    // Unwrap until the schema speaks for the value at this depth.
    for (;;) {
      const def = schema._zod.def as z.core.$ZodTypeDef & { [key: string]: unknown };
      if (def.type === "optional") schema = def.innerType as Schema;
      else if (def.type === "union" && typeof def.discriminator === "string") {
        const value = getAt(document, path.slice(0, depth)) as { [key: string]: unknown };
        const discriminator = def.discriminator;
        schema = (def.options as Schema[]).find((option) => option._zod.propValues?.[discriminator]?.has(value[discriminator] as string));
        if (!schema) return undefined;
      } else break;
    }
    if (depth === path.length) return schema;
    const def = schema._zod.def as z.core.$ZodTypeDef & { [key: string]: unknown };
    const part = path[depth]!;
    if (def.type === "object") schema = (def.shape as { [key: string]: Schema })[part];
    else if (def.type === "array") schema = def.element as Schema;
    else return undefined;
  }
  return schema;
}

/** Whether the key at the end of `path` is required by the schema of its object. */
export function isRequiredKey(document: unknown, path: JsonPath): boolean {
  const parent = schemaAt(document, path.slice(0, -1));
  if (parent?._zod.def.type !== "object") return false;
  const field = (parent._zod.def as z.core.$ZodObjectDef).shape[path.at(-1)!];
  return field !== undefined && field._zod.optin !== "optional";
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : 0;
  if (Array.isArray(value)) return { length: value.length };
  return [value];
}

/** Builds one mutation of a valid document, choosing where with `g`. */
export function mutate(kind: MutationKind, valid: NewsDocumentInput, g: fc.GeneratorValue): Mutation | undefined {
  const document = copyJson(valid) as unknown as { [key: string]: unknown[] } & { evidence: { start: number; end: number }[] };
  const pick = <Item>(items: readonly Item[]): Item | undefined =>
    items.length === 0 ? undefined : items[g(fc.integer, { min: 0, max: items.length - 1 })];
  const nodes = [...nodesOf(document)].filter((node) => node.path.length > 0 && !insideExtensions(node.path));

  switch (kind) {
    case "dropped-required-field": {
      const node = pick(nodes.filter((candidate) => typeof candidate.path.at(-1) === "string" && isRequiredKey(document, candidate.path)));
      if (!node) return undefined;
      deleteAt(document, node.path);
      return { kind, document, expected: { code: "shape", pointer: toPointer(node.path) }, description: `deleted ${toPointer(node.path)}` };
    }
    case "wrong-type": {
      const node = pick(nodes);
      if (!node) return undefined;
      setAt(document, node.path, wrongTypeFor(node.value));
      const code = node.path.length === 1 && node.path[0] === "schemaVersion" ? "unknown-version" : "shape";
      return { kind, document, expected: { code, pointer: toPointer(node.path) }, description: `retyped ${toPointer(node.path)}` };
    }
    case "dangling-reference": {
      const parsed = validateDocument(document);
      if (!parsed.ok) throw new Error("the base document must be valid");
      const reference = pick([...listReferences(parsed.document)]);
      if (!reference) return undefined;
      const missing = `missing.${g(fc.nat)}`;
      setAt(document, reference.path, missing);
      return {
        kind,
        document,
        expected: { code: "dangling-reference", pointer: toPointer(reference.path) },
        description: `pointed ${toPointer(reference.path)} at ${missing}`,
      };
    }
    case "duplicate-id": {
      const collection = pick(entityCollections().map(({ key }) => key).filter((name) => document[name]!.length > 0));
      if (!collection) return undefined;
      const items = document[collection]!;
      const original = g(fc.integer, { min: 0, max: items.length - 1 });
      const at = g(fc.integer, { min: original + 1, max: items.length });
      items.splice(at, 0, copyJson(items[original]));
      return {
        kind,
        document,
        expected: { code: "duplicate-id", pointer: toPointer([collection, at, "id"]) },
        description: `copied /${collection}/${original} to /${collection}/${at}`,
      };
    }
    case "span-off-by-one": {
      const index = pick(document.evidence.map((_, i) => i));
      if (index === undefined) return undefined;
      const span = document.evidence[index]!;
      const length = (valid.article as { text: string }).text.length;
      // One code unit more or less changes the length of the text at the offsets, so it
      // can never equal the quote; move whichever end stays inside the text.
      const moved = span.end < length ? "end" : span.start > 0 ? "start" : "end";
      const by = span.end < length ? 1 : -1;
      span[moved] += by;
      // An offset between the two code units of one character is a problem of its own:
      // step over the whole character instead.
      const text = (valid.article as { text: string }).text;
      const [high, low] = [text.charCodeAt(span[moved] - 1), text.charCodeAt(span[moved])];
      if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) span[moved] += by;
      return {
        kind,
        document,
        expected: { code: "quote-mismatch", pointer: toPointer(["evidence", index, "quote"]) },
        description: `moved the ${moved} of /evidence/${index} by ${by} code unit`,
      };
    }
    case "unknown-key": {
      const objects = [{ path: [] as JsonPath, value: document as unknown }, ...nodes].filter(
        (node) => node.value !== null && typeof node.value === "object" && !Array.isArray(node.value),
      );
      const node = pick(objects);
      if (!node) return undefined;
      // Keys with "/" and "~" check the escaping of the pointer in the problem.
      const key = `x-${g(fc.string, { maxLength: 6 })}`;
      setAt(document, [...node.path, key], true);
      return {
        kind,
        document,
        expected: { code: "shape", zodCode: "unrecognized_keys", pointer: toPointer([...node.path, key]) },
        description: `added the key ${JSON.stringify(key)} at ${toPointer(node.path) || "/"}`,
      };
    }
  }
}
