// The public surface of src/score: one export line per file, in reading order.
export * from "./align-documents.js";
export * from "./score-counts.js";
export * from "./score-document.js";
export * from "./cohens-kappa.js";
export * from "./fleiss-kappa.js";
export * from "./krippendorff-alpha.js";
export * from "./agreement.js";
export * from "./compare-documents.js";
export * from "./combine-scores.js";
export * from "./format-score-table.js";
