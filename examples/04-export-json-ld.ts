// Export a document as schema.org JSON-LD, ready for a page's <script type="application/ld+json">.
// Run: npx tsx examples/04-export-json-ld.ts
import assert from "node:assert/strict";
import { toJsonLd } from "news-event-models/jsonld";
import { japanNorthKorea2004 } from "news-event-models/fixtures";

// #region export
const graph = toJsonLd(japanNorthKorea2004, { base: "https://example.org/articles/japan-north-korea-2004#" });
const script = `<script type="application/ld+json">${JSON.stringify(graph)}</script>`;
// #endregion export

// #region read
const nodes = graph["@graph"] as readonly { "@type": string; "@id": string; name?: string; eventStatus?: { "@id": string } }[];
const count = (type: string) => nodes.filter((node) => node["@type"] === type).length;
console.log(`${nodes.length} nodes: ${count("Event")} events, ${count("Person")} people, ${count("Country")} countries, ${count("Message")} positions`);
for (const event of nodes.filter((node) => node["@type"] === "Event" && node.eventStatus))
  console.log(`${event.name}: ${event.eventStatus!["@id"].replace("https://schema.org/", "")}`);
//=> the six-party talks …: EventScheduled
// #endregion read

assert.equal(nodes[0]!["@type"], "NewsArticle");
assert.equal(count("Country"), japanNorthKorea2004.actors.filter((actor) => actor.kind === "state").length);
assert.ok(nodes.every((node) => node["@id"].startsWith("https://example.org/articles/japan-north-korea-2004#")));
assert.ok(script.startsWith('<script type="application/ld+json">{"@context":"https://schema.org"'));
