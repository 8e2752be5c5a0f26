/**
 * Typed news-event models: zod schemas and the TypeScript types inferred from them for
 * actors, places, posts, delegations, series of talks, meetings, positions, issues and
 * the acts event datasets code, with the time expressions, attributions and evidence
 * spans that tie each fact to the article's own words; whole-document validation,
 * queries, summaries, exports, extraction with language models and scoring.
 *
 * @module news-event-models
 * @packageDocumentation
 */

export * from "./model/id.js";
export * from "./model/article.js";
export * from "./model/evidence.js";
export * from "./model/inference.js";
export * from "./model/extensions.js";
export * from "./model/attribution.js";
export * from "./model/time.js";
export * from "./model/act.js";
export * from "./model/quantity.js";
export * from "./model/modality.js";
export * from "./model/actor.js";
export * from "./model/place.js";
export * from "./model/post.js";
export * from "./model/delegation.js";
export * from "./model/series.js";
export * from "./model/meeting.js";
export * from "./model/position.js";
export * from "./model/issue.js";
export * from "./model/happening.js";
export * from "./model/document.js";
export type { Fact } from "./model/fact.js";

export * from "./validate/index.js";

export * from "./time/index.js";
export * from "./query/index.js";
export * from "./describe/index.js";
export * from "./build/index.js";
export * from "./export/index.js";
export * from "./score/index.js";
export * from "./extract/index.js";
