import type { Readable } from "node:stream";

/** Somewhere to write text: the process's stdout or stderr, or a test's buffer. */
export interface Output {
  write(text: string): unknown;
  /** Whether this is a terminal. */
  readonly isTTY?: boolean;
}

/** What a command reads from and writes to, passed in so tests can stand in for the process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Output;
  readonly stderr: Output;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
}

/** A failure the user can act on: its message is printed as is, with no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** The exit code: 2 for a usage error, 1 for anything else. */
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Words for a count: `plural(1, "document")` is "1 document", `plural(2, "document")` is "2 documents". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** A size in bytes in words: "64 MiB", "10.0 MiB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, "byte");
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
