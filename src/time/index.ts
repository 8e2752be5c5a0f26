// The public surface of src/time: one export line per file, in reading order.
export * from "./day-ranges.js";
export * from "./time-resolution.js";
export * from "./resolve-time-value.js";
export * from "./resolve-time.js";
export * from "./resolve-document-times.js";
export * from "./compare-intervals.js";
export * from "./interval-is-before.js";
export * from "./interval-is-after.js";
export * from "./intervals-overlap.js";
export * from "./interval-contains.js";
