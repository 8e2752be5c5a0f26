// The public surface of src/validate, in reading order.
export * from "./problem.js";
export * from "./reference-graph.js";
export * from "./document-table.js";
export * from "./check-shape.js";
export * from "./check-ids.js";
export * from "./check-references.js";
export * from "./check-evidence.js";
export * from "./check-times.js";
export * from "./check-inferences.js";
export * from "./check-consistency.js";
export * from "./prototype-keys.js";
export * from "./migrate.js";
export * from "./migrate-v1.js";
export * from "./validate-document.js";
export * from "./checked-news-document.js";
