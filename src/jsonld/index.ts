/**
 * The document as a schema.org JSON-LD graph, typed with `schema-dts`.
 *
 * @remarks
 * Import it from the `news-event-models/jsonld` subpath. It lives apart from the root
 * entry so that schema.org's types, a large share of what a type check of the whole API
 * reads, reach only the programs that write JSON-LD.
 * @example
 * ```ts
 * import { toJsonLd } from "news-event-models/jsonld";
 * import { japanNorthKorea2004 } from "news-event-models/fixtures";
 * toJsonLd(japanNorthKorea2004)["@graph"][0];
 * //=> { "@type": "NewsArticle", "@id": "_:article", … }
 * ```
 * @module news-event-models/jsonld
 * @packageDocumentation
 */
export * from "./to-json-ld.js";
