// The public surface of src/query: one export line per file, in reading order.
export {};
