import { formatBytes, plural } from "./format-quantity.js";

/** Where progress is written: stderr, or a test's stand-in. */
export interface ProgressOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** When to show progress: only on a terminal after a while (`auto`), or always. */
export type ProgressMode = "auto" | "always";

/** Options for {@link Progress}. */
export interface ProgressOptions {
  readonly mode: ProgressMode;
  readonly now: () => number;
  /** In `auto` mode, how long validation must run before progress shows (default 1000 ms). */
  readonly delayMs?: number;
  /** The least time between two updates (default 200 ms). */
  readonly intervalMs?: number;
}

/**
 * Progress of a long validation, on stderr. On a terminal it rewrites one line in
 * place and clears it at the end; elsewhere (with `--progress`) it writes a line per
 * update. In `auto` mode it shows only on a terminal, and only once validation has run
 * longer than the delay, so small inputs print nothing.
 */
export class Progress {
  private readonly started: number;
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly stderr: ProgressOutput,
    private readonly options: ProgressOptions,
  ) {
    this.started = options.now();
  }

  private get enabled(): boolean {
    return this.options.mode === "always" || this.stderr.isTTY === true;
  }

  private line(documents: number, bytes: number): string {
    const seconds = Math.max(0.001, (this.options.now() - this.started) / 1000);
    return `validating: ${plural(documents, "document")}, ${formatBytes(bytes)} read, ${Math.round(documents / seconds)} documents/s`;
  }

  /** Reports how far validation has got; prints only when it is time to. */
  update(documents: number, bytes: number): void {
    if (!this.enabled) return;
    const now = this.options.now();
    if (this.options.mode === "auto" && now - this.started < (this.options.delayMs ?? 1000)) return;
    if (now - this.last < (this.options.intervalMs ?? 200)) return;
    this.last = now;
    this.shown = true;
    this.stderr.write(this.stderr.isTTY ? `\r\x1b[K${this.line(documents, bytes)}` : `${this.line(documents, bytes)}\n`);
  }

  /** Ends the progress display: clears the terminal line, or writes a last line elsewhere. */
  finish(documents: number, bytes: number): void {
    if (!this.shown) {
      if (this.options.mode === "always") this.stderr.write(`${this.line(documents, bytes)}\n`);
      return;
    }
    this.stderr.write(this.stderr.isTTY ? "\r\x1b[K" : `${this.line(documents, bytes)}\n`);
  }
}
