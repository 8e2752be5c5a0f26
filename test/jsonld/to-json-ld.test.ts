import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { validateDocument, type NewsDocument } from "../../src/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { smallDocument } from "../support/small-document.js";
import { walk } from "../export/ajv.js";

const SCHEMA = "https://schema.org/";

/** A local stand-in for the schema.org context: nothing is fetched. Any other address is an error. */
async function documentLoader(url: string) {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in tests: refused to load ${url}`);
  return { contextUrl: null, documentUrl: url, document: { "@context": { "@vocab": SCHEMA } } };
}

/** The properties and types used anywhere in a compact graph, as full IRIs. */
function termsBefore(graph: unknown): { properties: Set<string>; types: Set<string> } {
  const properties = new Set<string>();
  const types = new Set<string>();
  for (const [, node] of walk(graph)) {
    for (const key of Object.keys(node)) if (!key.startsWith("@")) properties.add(`${SCHEMA}${key}`);
    if (typeof node["@type"] === "string") types.add(`${SCHEMA}${node["@type"]}`);
  }
  return { properties, types };
}

/** The properties and types used anywhere in an expanded graph. */
function termsAfter(expanded: unknown): { properties: Set<string>; types: Set<string> } {
  const properties = new Set<string>();
  const types = new Set<string>();
  for (const [, node] of walk(expanded)) {
    for (const key of Object.keys(node)) if (!key.startsWith("@")) properties.add(key);
    for (const type of (node["@type"] as string[] | undefined) ?? []) types.add(type);
  }
  return { properties, types };
}

function small(): NewsDocument {
  const result = validateDocument(smallDocument());
  if (!result.ok) throw new Error("the small document must be valid");
  return result.document;
}

describe("toJsonLd", () => {
  it.each([
    ["the fixture", japanNorthKorea2004],
    ["the small document", small()],
  ])("writes JSON-LD for %s that expands offline with no errors and no dropped terms", async (_, document) => {
    const graph = toJsonLd(document);
    const expanded = await jsonld.expand(graph, { documentLoader, safe: true });
    const before = termsBefore(graph["@graph"]);
    const after = termsAfter(expanded);
    expect(before.properties.size).toBeGreaterThan(5);
    expect([...before.properties].filter((term) => !after.properties.has(term))).toEqual([]);
    expect([...before.types].filter((type) => !after.types.has(type))).toEqual([]);
    expect(expanded.filter((node) => node["@id"] !== undefined)).toHaveLength(graph["@graph"].length);
  });

  it("catches a term that does not survive expansion, so the test above can fail", async () => {
    const graph = { "@context": { name: SCHEMA + "name" }, "@graph": [{ "@id": "_:x", name: "Japan", colour: "red" }] };
    const after = termsAfter(await jsonld.expand(graph, { documentLoader }));
    expect(after.properties.has(SCHEMA + "colour")).toBe(false);
    await expect(jsonld.expand(graph, { documentLoader, safe: true })).rejects.toThrow();
  });

  it("types the article, meetings, people, states and organisations as schema.org does", () => {
    const types = new Map(toJsonLd(japanNorthKorea2004)["@graph"].map((node) => [(node as { "@id": string })["@id"], (node as { "@type": string })["@type"]]));
    expect(types.get("_:article")).toBe("NewsArticle");
    expect(types.get("_:chiefs-talks")).toBe("Event");
    expect(types.get("_:japan")).toBe("Country");
    expect(types.get("_:kim-kye-gwan")).toBe("Person");
    expect([...types.values()]).toContain("GovernmentOrganization");
    expect(types.get("_:pos-japan-denial")).toBe("Message");
    expect(types.get("_:six-party-talks")).toBe("EventSeries");
    expect(types.get(`_:${japanNorthKorea2004.issues[0]!.id}`)).toBe("Thing");
    expect(types.get("_:five-abductees")).toBe("Thing");
  });

  it("gives a meeting its status, place, series and attendees", () => {
    const graph = toJsonLd(small())["@graph"] as unknown as readonly Record<string, unknown>[];
    const next = graph.find((node) => node["@id"] === "_:next-round");
    expect(next).toMatchObject({
      "@type": "Event",
      name: "the next round of bilateral talks",
      superEvent: [{ "@id": "_:jp-nk-talks" }],
      attendee: [{ "@id": "_:japan" }, { "@id": "_:north-korea" }],
      about: [{ "@id": "_:bilateral-issues" }, { "@id": "_:abduction-issue" }],
    });
    expect(next).not.toHaveProperty("eventStatus");
    expect(next).not.toHaveProperty("startDate");
    const round = graph.find((node) => node["@id"] === "_:six-party-round");
    expect(round).toMatchObject({ eventStatus: { "@id": "https://schema.org/EventScheduled" }, location: { "@type": "Place", name: "Beijing" } });
  });

  it("dates a held meeting to its day, and only to a day", () => {
    const graph = toJsonLd(japanNorthKorea2004)["@graph"] as unknown as readonly Record<string, unknown>[];
    expect(graph.find((node) => node["@id"] === "_:chiefs-talks")).toMatchObject({ startDate: "2004-02-25" });
    expect(graph.find((node) => node["@id"] === "_:deputies-meeting")).toMatchObject({ startDate: "2004-02-25" });
    expect(graph.find((node) => node["@id"] === "_:repatriation")).not.toHaveProperty("startDate");
  });

  it("writes a position as a message from its holders, voiced by its speaker", () => {
    const graph = toJsonLd(japanNorthKorea2004)["@graph"] as unknown as readonly Record<string, unknown>[];
    expect(graph.find((node) => node["@id"] === "_:pos-saiki-proposal")).toMatchObject({
      "@type": "Message",
      genre: "proposal",
      sender: [{ "@id": "_:japan" }],
      author: { "@id": "_:akitaka-saiki" },
      recipient: [{ "@id": "_:li-gun" }],
    });
  });

  it("links people to their posts and delegations through roles", () => {
    const graph = toJsonLd(japanNorthKorea2004)["@graph"] as unknown as readonly Record<string, unknown>[];
    const saiki = graph.find((node) => node["@id"] === "_:akitaka-saiki");
    expect(saiki).toMatchObject({ "@type": "Person", memberOf: [{ "@type": "OrganizationRole", roleName: "deputy-head" }] });
    expect((saiki?.worksFor as { roleName: string }[])[0]?.roleName).toMatch(/deputy director general/);
  });

  it("names nodes under a base when given one, and leaves the document as it was", () => {
    const document = small();
    const copy = structuredClone(document);
    const graph = toJsonLd(document, { base: "https://example.org/a#" });
    expect(graph["@graph"][0]).toMatchObject({ "@id": "https://example.org/a#article" });
    expect(document).toEqual(copy);
  });

  it("types organisations by kind, and writes the article's publication details", () => {
    const document = small();
    const withOrgs = {
      ...document,
      article: { ...document.article, headline: "Talks", publisher: "Kyodo", url: "https://example.org/a", published: "2004-02-26" },
      actors: [
        ...document.actors,
        { kind: "organization", id: "kyodo", name: "Kyodo News", organizationKind: "media", evidenceIds: [] },
        { kind: "organization", id: "un", name: "the UN", organizationKind: "intergovernmental", evidenceIds: [] },
        { kind: "organization", id: "mofa", name: "Foreign Ministry", organizationKind: "ministry", parentId: "japan", evidenceIds: [] },
        { kind: "person", id: "p", name: "P", nativeName: { text: "ピ", script: "Jpan" }, externalIds: { wikidata: "Q1" }, evidenceIds: [] },
      ],
    } as unknown as NewsDocument;
    const graph = toJsonLd(withOrgs)["@graph"] as unknown as readonly Record<string, unknown>[];
    const byId = (id: string) => graph.find((node) => node["@id"] === `_:${id}`);
    expect(byId("kyodo")?.["@type"]).toBe("NewsMediaOrganization");
    expect(byId("un")?.["@type"]).toBe("Organization");
    expect(byId("mofa")).toMatchObject({ "@type": "GovernmentOrganization", areaServed: { "@id": "_:japan" } });
    expect(byId("mofa")).not.toHaveProperty("parentOrganization");
    expect(byId("p")).toMatchObject({ alternateName: ["ピ"], sameAs: "https://www.wikidata.org/wiki/Q1" });
    expect(graph[0]).toMatchObject({ headline: "Talks", publisher: { "@type": "Organization", name: "Kyodo" }, url: "https://example.org/a", datePublished: "2004-02-26" });
  });
});
