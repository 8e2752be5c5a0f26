import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { Meeting, NewsDocument, SCHEMA_BASE_URI, SCHEMA_CONCEPTS, TimeValue, jsonSchemaFor, validateDocument, type SchemaName } from "../../src/index.js";
import { ROOT } from "../../scripts/generate.js";
import { smallDocument } from "../support/small-document.js";
import { compileStrict, walk } from "./ajv.js";

const names = Object.keys(SCHEMA_CONCEPTS) as SchemaName[];
const documentValidator = compileStrict(jsonSchemaFor("document"));

type Mutable = Record<string, any>;

/** The cases both validators must reject: one change each to a valid document, and where zod reports it. */
const invalid: readonly { readonly name: string; readonly change: (document: Mutable) => void; readonly pointer: string; readonly message: RegExp }[] = [
  { name: "a wrong type", change: (d) => (d.meetings[0].status = 3), pointer: "/meetings/0/status", message: /expected one of/ },
  { name: "an unknown key", change: (d) => (d.actors[0].colour = "red"), pointer: "/actors/0/colour", message: /unknown key "colour"/ },
  { name: "a missing field", change: (d) => delete d.issues[0].name, pointer: "/issues/0/name", message: /expected string/ },
  { name: "a bad enum value", change: (d) => (d.meetings[1].formality = "casual"), pointer: "/meetings/1/formality", message: /formal/ },
  { name: "an id that breaks the pattern", change: (d) => (d.issues[0].id = "-bad id"), pointer: "/issues/0/id", message: /must be an id/ },
  { name: "an unknown actor kind", change: (d) => (d.actors[2].kind = "crowd"), pointer: "/actors/2/kind", message: /person|Invalid input/ },
  { name: "a malformed date", change: (d) => (d.article.referenceDate = "26/02/2004"), pointer: "/article/referenceDate", message: /date/ },
  { name: "a wrong schema version", change: (d) => (d.schemaVersion = "1"), pointer: "/schemaVersion", message: /schemaVersion/ },
  { name: "an unknown key at the root", change: (d) => (d.meta = {}), pointer: "/meta", message: /unknown key "meta"/ },
  { name: "a month precision without a month", change: (d) => delete d.times[0].value.month, pointer: "/times/0/value/month", message: /needs a month/ },
  { name: "a day precision with neither day nor weekday", change: (d) => delete d.times[1].value.weekday, pointer: "/times/1/value/day", message: /needs a day or a weekday/ },
  { name: "an empty holder list", change: (d) => d.positions.push({ id: "p", kind: "demand", holderIds: [], content: "x", evidenceIds: [] }), pointer: "/positions/0/holderIds", message: /1 item/ },
];

describe("jsonSchemaFor", () => {
  it.each(names)("generates a %s schema that ajv compiles in strict mode", (name) => {
    const schema = jsonSchemaFor(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`${SCHEMA_BASE_URI}${name}.json`);
    expect(() => compileStrict(schema)).not.toThrow();
  });

  it("gives each concept its own namespaced $id", () => {
    const ids = names.map((name) => jsonSchemaFor(name).$id);
    expect(new Set(ids).size).toBe(names.length);
    for (const id of ids) expect(id).toMatch(/^https:\/\/unpkg\.com\/news-event-models\/schemas\/[a-z-]+\.json$/);
  });

  it("keeps the root inline and names the concepts it uses under $defs", () => {
    const schema = jsonSchemaFor("meeting") as { type?: string; title?: string; $defs?: Record<string, unknown> };
    expect(schema.type).toBe("object");
    expect(schema.title).toBe("Meeting");
    expect(Object.keys(schema.$defs ?? {})).toEqual(expect.arrayContaining(["MeetingParticipant", "Modality", "Inference"]));
    expect(Object.keys(schema.$defs ?? {})).not.toContain("Meeting");
  });

  it("registers nothing in zod's global registry", () => {
    jsonSchemaFor("document");
    expect(z.globalRegistry.get(Meeting)?.id).toBeUndefined();
    expect(z.globalRegistry.get(NewsDocument)?.id).toBeUndefined();
    expect(z.globalRegistry.get(TimeValue)?.id).toBeUndefined();
  });

  it("returns a fresh object on every call", () => {
    const first = jsonSchemaFor("time") as Mutable;
    first.$defs.TimeValue.allOf.length = 0;
    expect((jsonSchemaFor("time") as Mutable).$defs.TimeValue.allOf).toHaveLength(7);
  });

  it("throws for a name it does not know, listing the names it does", () => {
    expect(() => jsonSchemaFor("meetings" as SchemaName)).toThrow(/no schema named "meetings"; use one of document, article/);
    expect(() => jsonSchemaFor("toString" as SchemaName)).toThrow(TypeError);
  });

  it.each(names)("describes every field of the %s schema", (name) => {
    const schema = jsonSchemaFor(name) as { $defs?: Record<string, { description?: string }> };
    const undescribed: string[] = [];
    let fields = 0;
    for (const [pointer, node] of walk(schema)) {
      const properties = node.properties;
      if (pointer.includes("/allOf/") || properties === null || typeof properties !== "object") continue;
      for (const [key, field] of Object.entries(properties as Record<string, { description?: string; $ref?: string }>)) {
        fields++;
        const target = field.$ref?.startsWith("#/$defs/") ? schema.$defs?.[field.$ref.slice("#/$defs/".length)] : undefined;
        if (!field.description && !target?.description) undescribed.push(`${pointer}/properties/${key}`);
      }
    }
    expect(fields).toBeGreaterThan(0);
    expect(undescribed).toEqual([]);
  });
});

describe("the schema files", () => {
  it("include the document's own schema at schemas/document.json", () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, "schemas", "document.json"), "utf8")) as { $id: string; title: string };
    expect(shipped.$id).toBe(`${SCHEMA_BASE_URI}document.json`);
    expect(shipped.title).toBe("NewsDocument");
  });
});

describe("ajv and zod", () => {
  it.each([
    ["the small document", smallDocument()],
    ["the fixture", japanNorthKorea2004],
  ])("both accept %s", (_, document) => {
    expect(validateDocument(document).ok).toBe(true);
    expect(documentValidator(document), JSON.stringify(documentValidator.errors)).toBe(true);
  });

  it.each(invalid)("both reject $name", ({ change, pointer, message }) => {
    const document = smallDocument() as Mutable;
    change(document);
    const result = validateDocument(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.find((problem) => problem.pointer === pointer);
    expect(found, JSON.stringify(result.problems)).toBeDefined();
    expect(found?.code).toMatch(/^(shape|unknown-version)$/);
    expect(found?.message).toMatch(message);

    expect(documentValidator(document)).toBe(false);
    // ajv reports at the value, or at the object that holds a missing or unknown key.
    const ajvPointers = (documentValidator.errors ?? []).map((error) => error.instancePath);
    expect(ajvPointers.some((at) => pointer === at || pointer.startsWith(`${at}/`)), JSON.stringify(ajvPointers)).toBe(true);
  });

  const wholeDocument: readonly [string, (document: Mutable) => void, string][] = [
    ["a duplicate id", (d) => void (d.issues[1].id = "bilateral-issues"), "duplicate-id"],
    ["a reference to the wrong kind", (d) => void (d.meetings[1].seriesId = "japan"), "wrong-kind"],
    ["a quote that differs from the article", (d) => void (d.evidence[0].quote = "Japan!"), "quote-mismatch"],
  ];
  it.each(wholeDocument)("leave %s to the whole-document checks, which JSON Schema cannot express", (_, change, code) => {
    const document = smallDocument() as Mutable;
    change(document);
    expect(documentValidator(document)).toBe(true);
    const result = validateDocument(document);
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toContain(code);
  });

  it("agree that each concept's own schema accepts the fixture's objects", () => {
    const lists: Partial<Record<SchemaName, readonly unknown[]>> = {
      article: [japanNorthKorea2004.article],
      actor: japanNorthKorea2004.actors,
      post: japanNorthKorea2004.posts,
      delegation: japanNorthKorea2004.delegations,
      series: japanNorthKorea2004.series,
      meeting: japanNorthKorea2004.meetings,
      position: japanNorthKorea2004.positions,
      issue: japanNorthKorea2004.issues,
      happening: japanNorthKorea2004.happenings,
      time: japanNorthKorea2004.times,
      attribution: japanNorthKorea2004.attributions,
      evidence: japanNorthKorea2004.evidence,
    };
    for (const [name, objects] of Object.entries(lists) as [SchemaName, readonly unknown[]][]) {
      const validate = compileStrict(jsonSchemaFor(name));
      expect(objects.length, name).toBeGreaterThan(0);
      for (const object of objects) {
        expect(SCHEMA_CONCEPTS[name].safeParse(object).success).toBe(true);
        expect(validate(object), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });
});
