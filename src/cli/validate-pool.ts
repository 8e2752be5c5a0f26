// Worker threads for `news-events validate --jobs N`: NDJSON lines checked in parallel,
// their results handed back in input order, with only a bounded window in flight.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocatedProblem } from "./check-document-text.js";
import type { LineTask } from "./validate-worker.js";

/** How many lines may be in flight per worker before the oldest is waited for. */
const LINES_PER_WORKER = 8;

/** How many bytes of lines may be in flight at most, whatever their number: 32 MiB. */
const MAX_BYTES_IN_FLIGHT = 32 * 1024 * 1024;

/** A worker thread that could not check a line: a bug, never a problem of the input. */
export class WorkerFailure extends Error {
  override readonly name = "WorkerFailure";
}

/** A line and its problems, none when it is valid. */
export interface Checked {
  readonly line: number;
  readonly problems: readonly LocatedProblem[];
}

/** One line handed to the pool, whose problems come back in their turn. */
interface InFlight {
  readonly line: number;
  readonly size: number;
  readonly problems: Promise<readonly LocatedProblem[]>;
}

// The worker module beside this one, with this one's extension: validate-worker.js
// in the build, validate-worker.ts when run from source with tsx (whose hooks the
// workers inherit).
const workerFile = () => fileURLToPath(new URL(`./validate-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

/** Node's options for the workers: the main thread's, less those that name a script to run. */
export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index]!;
    if (/^(?:-e|--eval|-p|--print|--input-type)$/.test(option)) index++;
    else if (!/^(?:--input-type|--eval|--print)(?:=|$)/.test(option)) kept.push(option);
  }
  return kept;
}

/**
 * A pool of worker threads that check NDJSON lines. {@link LinePool.submit} hands a line
 * on and, once the window is full, waits for the oldest line in flight and returns it
 * with its problems; {@link LinePool.drain} returns the rest, in order. So results come
 * back in input order, and no more than a few lines per worker (and never more than
 * 32 MiB of them) are held, however long the input. The threads start with the first
 * line.
 */
export class LinePool {
  private pool: import("tinypool").Tinypool | undefined;
  private readonly inFlight: InFlight[] = [];
  private bytes = 0;

  constructor(private readonly jobs: number) {}

  private failed: Promise<never> | undefined;

  private async start(): Promise<import("tinypool").Tinypool> {
    const { Tinypool } = await import("tinypool");
    const pool = new Tinypool({
      filename: workerFile(),
      name: "checkLine",
      minThreads: this.jobs,
      maxThreads: this.jobs,
      idleTimeout: 60_000,
      // The workers take node's options but for those of a script given on the command
      // line (node --input-type=module -e …), which a worker refuses.
      execArgv: workerExecArgv(process.execArgv),
    });
    // A worker that cannot start or dies is reported by the pool, not by its tasks,
    // which would then wait for ever: it fails the line waited for instead.
    this.failed = new Promise<never>((_, reject) => pool.once("error", reject));
    this.failed.catch(() => undefined);
    this.pool = pool;
    return pool;
  }

  private async settle(): Promise<Checked> {
    const oldest = this.inFlight.shift()!;
    this.bytes -= oldest.size;
    try {
      return { line: oldest.line, problems: await (this.failed ? Promise.race([oldest.problems, this.failed]) : oldest.problems) };
    } catch (error) {
      throw new WorkerFailure(`a worker thread of --jobs failed on line ${oldest.line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /**
   * Hands a line to a worker; returns the lines whose turn has come (the oldest first),
   * having waited for them when the window is full.
   */
  async submit(bytes: Uint8Array, line: number): Promise<Checked[]> {
    const pool = this.pool ?? (await this.start());
    // A line is a view into a larger chunk, whose whole buffer a message would copy:
    // copy the line alone, and move that copy to the worker.
    const copy = new Uint8Array(bytes);
    const task: LineTask = { bytes: copy, line };
    const problems = pool.run(task, { transferList: [copy.buffer] }) as Promise<readonly LocatedProblem[]>;
    // Awaited in its turn; until then a failure must not count as unhandled.
    problems.catch(() => undefined);
    return this.push({ line, size: copy.length, problems });
  }

  /**
   * Queues a line already checked on this thread (one too long to read) behind those in
   * flight, so that it keeps its place; returns the lines whose turn has come.
   */
  async add(line: number, problems: readonly LocatedProblem[]): Promise<Checked[]> {
    return this.push({ line, size: 0, problems: Promise.resolve(problems) });
  }

  private async push(entry: InFlight): Promise<Checked[]> {
    this.inFlight.push(entry);
    this.bytes += entry.size;
    const ready: Checked[] = [];
    while (this.inFlight.length >= this.jobs * LINES_PER_WORKER || (this.bytes > MAX_BYTES_IN_FLIGHT && this.inFlight.length > 1)) ready.push(await this.settle());
    return ready;
  }

  /** Whether the worker threads have started. */
  get started(): boolean {
    return this.pool !== undefined;
  }

  /** Whether lines are in flight. */
  get pending(): boolean {
    return this.inFlight.length > 0;
  }

  /** Waits for the oldest line in flight and returns it with its problems. */
  next(): Promise<Checked> {
    return this.settle();
  }

  /** Stops the workers; lines still in flight are dropped. */
  async close(): Promise<void> {
    this.inFlight.length = 0;
    await this.pool?.destroy();
    this.pool = undefined;
  }
}
