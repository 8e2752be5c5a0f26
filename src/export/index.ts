// The public surface of src/export: one export line per file, in reading order.
export * from "./json-schema.js";
export * from "./llm-news-document.js";
export * from "./to-llm-output.js";
export * from "./anchor-quote.js";
export * from "./article-source.js";
export * from "./from-llm-output.js";
export * from "./cameo-plover-codes.js";
export * from "./event-code-table.js";
export * from "./event-codes.js";
export * from "./to-plover-events.js";
export * from "./to-plover-records.js";
export * from "./to-mermaid-graph.js";
export * from "./to-mermaid-timeline.js";
