import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  ActorId,
  Attribution,
  DelegationMember,
  entityCollections,
  MeetingId,
  NewsDocument,
  Position,
  referenceSites,
  referenceSitesOf,
  references,
  walkDocument,
} from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";

type Obj = { readonly [key: string]: unknown };

/** An id field the graph does not know: a field holding an id schema that no reference declares. */
interface UndeclaredId {
  readonly path: string;
}

/**
 * Walks every schema below `schema` with zod's public API and lists each field that holds
 * an id (a schema made from the package's id pattern) without being a declared reference,
 * other than an object's own `id`.
 */
function undeclaredIds(schema: z.ZodType, path = "", key = "", seen = new Set<z.ZodType>()): UndeclaredId[] {
  if (references.has(schema)) return [];
  if (schema instanceof z.ZodOptional) return undeclaredIds(schema.unwrap() as z.ZodType, path, key, seen);
  if (schema instanceof z.ZodArray) return undeclaredIds(schema.element as z.ZodType, `${path}/*`, key, seen);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((option) => undeclaredIds(option, path, key, seen));
  if (schema instanceof z.ZodRecord) return undeclaredIds(schema.valueType as z.ZodType, `${path}/*`, key, seen);
  if (schema instanceof z.ZodObject) {
    if (seen.has(schema)) return [];
    seen.add(schema);
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([field, inner]) => undeclaredIds(inner, `${path}/${field}`, field, seen));
  }
  // Every id schema, and every reference made from one, shares the id pattern's definition.
  const isId = schema instanceof z.ZodString && schema.def === ActorId.def;
  return isId && key !== "id" ? [{ path }] : [];
}

describe("the reference graph", () => {
  it("holds every field of the schemas that holds an id", () => {
    expect(undeclaredIds(NewsDocument)).toEqual([]);
  });

  it("would catch an id field added without its declaration", () => {
    const careless = z.strictObject({ id: MeetingId, followsId: MeetingId.optional(), relatedIds: z.array(ActorId) });
    expect(undeclaredIds(careless)).toEqual([{ path: "/followsId" }, { path: "/relatedIds/*" }]);
  });

  it("declares for each site only kinds its id schema can name", () => {
    for (const site of referenceSites()) expect(site.kinds.length, site.pattern).toBeGreaterThan(0);
    expect(referenceSitesOf(DelegationMember, "personId")).toMatchObject([{ kinds: ["person"], role: "a delegation member", pattern: "delegations/*/members/*/personId", field: "members/personId" }]);
  });

  it("finds the holders, voices and answers of positions where the schemas declare them", () => {
    const actors = ["person", "state", "organization", "counted-group", "unnamed-source"];
    expect(referenceSitesOf(Position, "holderIds")).toMatchObject([{ many: true, kinds: [...actors, "delegation"], pattern: "positions/*/holderIds/*" }]);
    expect(referenceSitesOf(Position, "voicedById")).toMatchObject([{ many: false, kinds: actors }]);
    expect(referenceSitesOf(Attribution, "withinId")).toMatchObject([{ kinds: ["attribution"] }]);
  });

  it("lists the document's collections with the kinds they hold", () => {
    expect(entityCollections()).toEqual([
      { key: "actors", kinds: ["person", "state", "organization", "counted-group", "unnamed-source"] },
      { key: "places", kinds: ["place"] },
      { key: "posts", kinds: ["post"] },
      { key: "delegations", kinds: ["delegation"] },
      { key: "series", kinds: ["series"] },
      { key: "meetings", kinds: ["meeting"] },
      { key: "positions", kinds: ["position"] },
      { key: "issues", kinds: ["issue"] },
      { key: "happenings", kinds: ["happening"] },
      { key: "times", kinds: ["time"] },
      { key: "attributions", kinds: ["attribution"] },
      { key: "evidence", kinds: ["evidence"] },
    ]);
  });
});

describe("walkDocument", () => {
  const fixture = NewsDocument.parse(japanNorthKorea2004);

  it("meets every reference once, at the path that holds its id", () => {
    const met: string[] = [];
    walkDocument(fixture, {
      reference(site, id, path) {
        let here: unknown = fixture;
        for (const part of path) here = (here as Obj)[part];
        expect(here).toBe(id);
        expect(path.at(-1) === site.key || path.at(-2) === site.key).toBe(true);
        met.push(path.join("/"));
      },
    });
    expect(new Set(met).size).toBe(met.length);
    // every id the fixture names from a field ending in Id or Ids is met
    const expected: string[] = [];
    const collect = (value: unknown, path: readonly (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, index) => collect(item, [...path, index]));
      else if (typeof value === "object" && value !== null)
        for (const [key, inner] of Object.entries(value)) {
          if (key === "extensions") continue;
          const ids = typeof inner === "string" || (Array.isArray(inner) && inner.every((item) => typeof item === "string"));
          // A GeoNames id is an id elsewhere, not a reference within the document.
          if (/Ids?$/.test(key) && key !== "geonamesId" && ids) (Array.isArray(inner) ? inner.map((_, i) => [...path, key, i]) : [[...path, key]]).forEach((at) => expected.push(at.join("/")));
          else collect(inner, [...path, key]);
        }
    };
    collect(fixture, []);
    expect([...met].sort()).toEqual(expected.sort());
  });

  it("meets every object that may carry inference marks once, with its path", () => {
    const met: string[] = [];
    walkDocument(fixture, {
      marks(object, path) {
        let here: unknown = fixture;
        for (const part of path) here = (here as Obj)[part];
        expect(here).toBe(object);
        met.push(path.join("/"));
      },
    });
    const expected = [
      "article",
      ...(["actors", "places", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings", "times", "attributions"] as const).flatMap((collection) =>
        fixture[collection].map((_, index) => `${collection}/${index}`),
      ),
      ...fixture.delegations.flatMap((delegation, index) => delegation.members.map((_, m) => `delegations/${index}/members/${m}`)),
      ...fixture.meetings.flatMap((meeting, index) => [
        ...(meeting.purpose ? [`meetings/${index}/purpose`] : []),
        ...(meeting.outcome ? [`meetings/${index}/outcome`] : []),
      ]),
    ];
    expect([...met].sort()).toEqual([...expected].sort());
    expect(new Set(met).size).toBe(met.length);
    expect(met[0]).toBe("article");
  });

  it("meets the extensions of the document and of each fact, wherever they sit", () => {
    const document = structuredClone(fixture) as NewsDocument;
    document.extensions = { "acme:a": 1 };
    document.meetings[0]!.purpose = { text: "t", evidenceIds: [], extensions: { "acme:b": 2 } };
    document.actors[1]!.extensions = { "acme:c": 3 };
    const met: string[] = [];
    walkDocument(document, { extensions: (_, path) => met.push(path.join("/")) });
    expect(met.sort()).toEqual(["actors/1/extensions", "extensions", "meetings/0/purpose/extensions"]);
  });

  it("reads a value that is not a document without throwing", () => {
    for (const value of [null, 3, "x", [], { actors: 3 }, { actors: [null, { id: 4 }, { id: "a", kind: "person", nationalityIds: "x" }] }])
      expect(() => walkDocument(value, { reference: () => {}, entity: () => {}, marks: () => {} })).not.toThrow();
  });
});
