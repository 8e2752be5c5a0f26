// The documents the benchmark checks: the fixture, and copies of it scaled up with every
// id renamed per copy, so a big document is as valid as the fixture and no two copies
// share an id.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { NewsDocument, type NewsDocumentInput } from "../../src/model/document.js";
import { listReferences } from "../../src/validate/document-table.js";
import { entityCollections } from "../../src/validate/reference-graph.js";
import { smallDocument } from "../../test/support/small-document.js";

type Mutable = { [key: string]: unknown };

/** The fixture the figures are for, and its name. */
export interface Fixture {
  readonly name: string;
  readonly document: NewsDocumentInput;
}

/** The full article's fixture where it exists, else the small document of the first two sentences. */
export async function loadFixture(): Promise<Fixture> {
  const fixtures = (await import("../../src/fixtures/index.js")) as Record<string, unknown>;
  const found = fixtures["japanNorthKorea2004"];
  if (found !== undefined) {
    const document = (typeof found === "function" ? (found as () => unknown)() : found) as NewsDocumentInput;
    return { name: "japanNorthKorea2004", document: structuredClone(document) };
  }
  return { name: "smallDocument (test/support/small-document.ts)", document: smallDocument() };
}

/** How many objects with an id the document holds. */
export function countEntities(document: NewsDocumentInput): number {
  let count = 0;
  for (const { key } of entityCollections()) count += (document[key] as readonly unknown[]).length;
  return count;
}

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let at = root as Mutable;
  for (const key of path.slice(0, -1)) at = at[key] as Mutable;
  at[path.at(-1)!] = value;
}

/**
 * A document `copies` times the size of `base`: its text repeated, and every object
 * copied once per repetition with its id and every reference to it suffixed by the copy
 * number (found through the one table of references, `listReferences`), and its
 * evidence offsets moved into that copy's text.
 */
export function scaleDocument(base: NewsDocumentInput, copies: number): NewsDocumentInput {
  const text = base.article.text;
  const scaled = structuredClone(base) as NewsDocumentInput & Mutable;
  scaled.article.text = text.repeat(copies);
  const furniture = base.article.furniture ?? [];
  if (base.article.furniture)
    scaled.article.furniture = Array.from({ length: copies }, (_, copy) =>
      furniture.map((part) => ({ ...part, start: part.start + copy * text.length, end: part.end + copy * text.length })),
    ).flat();
  const collections = entityCollections().map(({ key }) => key);
  for (const collection of collections) scaled[collection] = [];
  for (let copy = 0; copy < copies; copy++) {
    const one = structuredClone(base) as NewsDocumentInput & Mutable;
    const suffix = `.c${copy}`;
    for (const reference of [...listReferences(one as NewsDocument)]) setAt(one, reference.path, reference.id + suffix);
    for (const collection of collections)
      for (const entity of one[collection] as Mutable[]) {
        entity["id"] = `${entity["id"] as string}${suffix}`;
        (scaled[collection] as unknown[]).push(entity);
      }
    for (const span of one.evidence) {
      span.start += copy * text.length;
      span.end += copy * text.length;
    }
  }
  return scaled;
}

/** The smallest number of copies of `base` holding at least `entities` objects with ids. */
export function copiesFor(base: NewsDocumentInput, entities: number): number {
  return Math.ceil(entities / countEntities(base));
}

/**
 * The shipped JSON Schema of a document, or, until it is written, the one zod generates
 * from the same schema.
 */
export function documentJsonSchema(): { readonly source: string; readonly schema: Record<string, unknown> } {
  const path = fileURLToPath(new URL("../../schemas/document.json", import.meta.url));
  if (existsSync(path)) return { source: "schemas/document.json", schema: JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown> };
  return { source: "z.toJSONSchema(NewsDocument)", schema: z.toJSONSchema(NewsDocument, { io: "input" }) as Record<string, unknown> };
}
