// The public surface of src/time: one export line per file, in reading order.
export {};
