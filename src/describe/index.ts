// The public surface of src/describe: one export line per file, in reading order.
export * from "./describe-entity.js";
export * from "./timeline.js";
export * from "./summarize.js";
