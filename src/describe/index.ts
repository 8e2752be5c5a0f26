// The public surface of src/describe: one export line per file, in reading order.
export * from "./describe.js";
export * from "./timeline.js";
export * from "./summarize.js";
