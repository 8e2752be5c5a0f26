// The public surface of src/score: one export line per file, in reading order.
export * from "./align-documents.js";
export * from "./score-counts.js";
export * from "./score-document.js";
