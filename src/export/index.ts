// The public surface of src/export: one export line per file, in reading order.
export * from "./json-schema.js";
