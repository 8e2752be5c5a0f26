import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { indexDocument, listReferences, NewsDocument, referencesTo } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { talksInput } from "./talks-document.js";

describe("the index agrees with the table of references", () => {
  const documents = [japanNorthKorea2004, NewsDocument.parse(talksInput())];

  test.prop([fc.constantFrom(...documents), fc.nat()])("files every reference under the id it names", (document, pick) => {
    const references = [...listReferences(document)];
    const reference = references[pick % references.length]!;
    const index = indexDocument(document);
    const filed = referencesTo(index, reference.id).map((ref) => ref.path.join("/"));
    expect(filed).toContain(reference.path.join("/"));
  });

  test.prop([fc.constantFrom(...documents)])("lists, for each field and id, each object that refers once, in document order", (document) => {
    const index = indexDocument(document);
    const expected = new Map<string, unknown[]>();
    for (const [id, references] of index.references)
      for (const reference of references) {
        const key = `${reference.site.pattern} ${id}`;
        const distinct = expected.get(key) ?? [];
        if (!distinct.includes(reference.from)) distinct.push(reference.from);
        expected.set(key, distinct);
      }
    const listed = new Map<string, unknown[]>();
    for (const [site, byId] of index.referrers) for (const [id, found] of byId) listed.set(`${site.pattern} ${id}`, [...found]);
    expect(listed).toEqual(expected);
  });

  test.prop([fc.constantFrom(...documents), fc.nat()])("holds no reference the table does not list", (document, pick) => {
    const listed = new Set([...listReferences(document)].map((ref) => `${ref.id}@${ref.path.join("/")}`));
    const ids = [...indexDocument(document).references.keys()];
    const id = ids[pick % ids.length]!;
    for (const ref of referencesTo(indexDocument(document), id)) expect(listed).toContain(`${id}@${ref.path.join("/")}`);
  });
});
