// The public surface of src/build: one export line per file, in reading order.
export * from "./create-document-builder.js";
