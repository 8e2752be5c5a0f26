// Writing to stdout and stderr without holding what a slow reader has not taken yet,
// and noticing when the reader has gone.
import type { Readable } from "node:stream";

/** The part of a writable stream that {@link Output} needs: process.stdout, or a test's stand-in. */
export interface WritableText {
  write(text: string): boolean;
  once(event: "drain" | "error" | "close", listener: (...args: unknown[]) => void): unknown;
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  removeListener(event: "drain" | "error" | "close", listener: (...args: unknown[]) => void): unknown;
  readonly isTTY?: boolean;
}

/**
 * A stream of text that respects backpressure: {@link Output.write} resolves at once
 * while the stream takes data, and waits for it to drain when its buffer is full, so a
 * slow reader (`| less`, `| cat` on a busy machine) never makes the program hold the
 * report in memory. When the reader closes the pipe (`| head -1`), {@link Output.closed}
 * turns true and writes are dropped; nothing throws.
 */
export class Output {
  private gone = false;

  constructor(private readonly stream: WritableText) {
    stream.on("error", () => {
      // EPIPE (the reader went away) or any other failure to write: either way nothing
      // more can be delivered, and the command decides what that means for its result.
      this.gone = true;
    });
  }

  /** Whether this is a terminal. */
  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  /** Whether the reader has gone, so that nothing written now will arrive. */
  get closed(): boolean {
    return this.gone;
  }

  /** Writes text, and waits only when the stream's buffer is full, until it drains or closes. */
  write(text: string): Promise<void> | undefined {
    if (this.gone || text === "") return undefined;
    if (this.stream.write(text)) return undefined;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.removeListener("drain", done);
        this.stream.removeListener("error", failed);
        this.stream.removeListener("close", done);
        resolve();
      };
      const failed = () => {
        this.gone = true;
        done();
      };
      this.stream.once("drain", done);
      this.stream.once("error", failed);
      this.stream.once("close", done);
    });
  }

  /** Waits until everything written so far has been handed on (or the reader has gone). */
  flush(): Promise<void> {
    if (this.gone) return Promise.resolve();
    return new Promise((resolve) => {
      const stream = this.stream as WritableText & { write(text: string, callback: () => void): boolean };
      try {
        stream.write("", () => resolve());
      } catch {
        resolve();
      }
    });
  }
}

/** What a command reads from and writes to, passed in so the program can be run in tests. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Output;
  readonly stderr: Output;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
}
