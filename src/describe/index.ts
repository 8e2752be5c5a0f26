// The public surface of src/describe: one export line per file, in reading order.
export {};
