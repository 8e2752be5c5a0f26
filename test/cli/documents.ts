// Documents for the command's tests: the smallest valid one, and NDJSON made of it.
import * as z from "zod";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { NewsDocument } from "../../src/model/document.js";

/** The smallest valid document: an article of one character and nothing in it. */
export const minimalDocument = {
  schemaVersion: 2,
  article: { text: "x", offsetUnit: "utf-16-code-unit" },
  ...Object.fromEntries(
    Object.entries(NewsDocument.shape)
      .filter(([, schema]) => schema instanceof z.ZodArray)
      .map(([key]) => [key, []]),
  ),
};

/** {@link minimalDocument} on one line. */
export const minimalLine = JSON.stringify(minimalDocument);

/** The fixture on one line. */
export const fixtureLine = JSON.stringify(japanNorthKorea2004);

/** A copy of the fixture, changed by `change`. */
export function changedFixture(change: (document: Record<string, any>) => void): Record<string, any> {
  const document = structuredClone(japanNorthKorea2004) as unknown as Record<string, any>;
  change(document);
  return document;
}
