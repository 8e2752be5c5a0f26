// The public surface of src/extract: one export line per file, in reading order.
export * from "./extraction-prompt.js";
export * from "./problems-for-model.js";
export * from "./extract-document.js";
