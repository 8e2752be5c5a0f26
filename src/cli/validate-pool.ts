// Worker threads for `news-events validate --jobs N` and `ingest --jobs N`: NDJSON lines
// handled in parallel, their results handed back in input order, with only a bounded
// window in flight.
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import type { LocatedProblem } from "./check-document-text.js";
import type { LinesTask } from "./validate-worker.js";

/** What the threads of a pool run: a worker module beside this one, the function it exports, and data every thread is given once. */
export interface LineWorker {
  /** The module's name, without its extension. */
  readonly module: "validate-worker" | "ingest-worker";
  /** The function it exports, which takes a {@link LinesTask} and returns one result per line. */
  readonly name: string;
  /** Data each thread reads once as it starts (`Tinypool.workerData`). */
  readonly workerData?: unknown;
}

/** The threads of `validate --jobs`: each line's problems. */
export const VALIDATE_WORKER: LineWorker = { module: "validate-worker", name: "checkLines" };

/** How many lines a run handles on the main thread before its worker threads start: starting them costs more than a few documents. */
export const POOL_AFTER_LINES = 64;

/** How many lines go to a worker in one message, at most: passing a message costs more than a small line. */
const BATCH_LINES = 16;

/** How many bytes of lines go to a worker in one message, at most: 1 MiB. */
const BATCH_BYTES = 1024 * 1024;

/** How many batches may be in flight per worker before the oldest line is waited for. */
const BATCHES_PER_WORKER = 3;

/** How many bytes of lines may be in flight at most, whatever their number: 32 MiB. */
const MAX_BYTES_IN_FLIGHT = 32 * 1024 * 1024;

/** A worker thread that could not check a line: a bug, never a problem of the input. */
export class WorkerFailure extends Error {
  override readonly name = "WorkerFailure";
}

/** A line and its result: for `validate`, its problems, none when it is valid. */
export interface Checked<Result = readonly LocatedProblem[]> {
  readonly line: number;
  readonly result: Result;
}

/** One line handed to the pool, whose result comes back in its turn. */
interface InFlight<Result> {
  readonly line: number;
  readonly size: number;
  readonly result: Promise<Result>;
  /** The batch it goes in, until that is sent. */
  batch?: Batch<Result>;
}

/** Lines gathered to go to a worker in one message, and the promise of their results. */
interface Batch<Result> {
  readonly lines: Uint8Array[];
  readonly numbers: number[];
  readonly entries: InFlight<Result>[];
  bytes: number;
  readonly result: Promise<Result[]>;
  readonly deliver: (result: Promise<Result[]>) => void;
}

function newBatch<Result>(): Batch<Result> {
  let deliver!: Batch<Result>["deliver"];
  const result = new Promise<Result[]>((resolve) => (deliver = resolve));
  result.catch(() => undefined);
  return { lines: [], numbers: [], entries: [], bytes: 0, result, deliver };
}

// A worker module beside this one, with this one's extension: validate-worker.js in the
// build, validate-worker.ts when run from source with tsx (whose hooks the workers get).
const workerFile = (module: LineWorker["module"]) => fileURLToPath(new URL(`./${module}${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

// The options of node's command line that decide how modules are found and loaded, with
// whether each takes the next argument as its value: a worker runs the same modules, so
// it needs them. A worker refuses the others (V8's heap and stack sizes, `--expose-gc`,
// `--title`, a script given with `-e`), which belong to the process.
const MODULE_OPTIONS: ReadonlyMap<string, boolean> = new Map([
  ["--import", true],
  ["--require", true],
  ["-r", true],
  ["--loader", true],
  ["--experimental-loader", true],
  ["--conditions", true],
  ["-C", true],
  ["--enable-source-maps", false],
  ["--no-warnings", false],
  ["--no-deprecation", false],
  ["--disable-warning", true],
]);

/**
 * Node's options for the workers: those of the main thread's that decide how modules
 * load (`--import`, `--require`, `--conditions`, …, and the `--experimental-` ones); the
 * heap limit of `--max-old-space-size` goes to each worker as a resource limit instead.
 */
export function workerOptions(execArgv: readonly string[]): { execArgv: string[]; resourceLimits?: { maxOldGenerationSizeMb: number } } {
  const kept: string[] = [];
  let heap: number | undefined;
  for (let index = 0; index < execArgv.length; index++) {
    const option = execArgv[index]!;
    const [name, value] = option.startsWith("--") && option.includes("=") ? [option.slice(0, option.indexOf("=")), option.slice(option.indexOf("=") + 1)] : [option, undefined];
    if (name === "--max-old-space-size") heap = Number(value ?? execArgv[++index]);
    else if (MODULE_OPTIONS.has(name)) {
      kept.push(option);
      if (value === undefined && MODULE_OPTIONS.get(name) && index + 1 < execArgv.length) kept.push(execArgv[++index]!);
    } else if (/^--(?:no-)?experimental-/.test(name)) kept.push(option);
    else if (/^(?:-e|--eval|-p|--print|--input-type)$/.test(option)) index++;
  }
  return heap !== undefined && Number.isFinite(heap) && heap > 0 ? { execArgv: kept, resourceLimits: { maxOldGenerationSizeMb: heap } } : { execArgv: kept };
}

/**
 * A pool of worker threads that handle NDJSON lines. {@link LinePool.submit} hands a line
 * on and, once the window is full, waits for the oldest line in flight and returns it
 * with its result; {@link LinePool.next} returns the rest, one by one, in order. So
 * results come back in input order, and no more than a few batches of lines per worker
 * (and never more than 32 MiB of them) are held, however long the input. Lines go to
 * the workers in batches of up to 16 lines or 1 MiB, since passing a message costs more
 * than checking a small line; a batch is sent when it is full, or when its first line's
 * result is waited for. The threads start with the first line.
 */
export class LinePool<Result = readonly LocatedProblem[]> {
  private pool: import("tinypool").Tinypool | undefined;
  private readonly inFlight: InFlight<Result>[] = [];
  private batch: Batch<Result> | undefined;
  private bytes = 0;

  constructor(
    private readonly jobs: number,
    private readonly worker: LineWorker = VALIDATE_WORKER,
  ) {}

  /** Why the pool failed, once it has. */
  private failure: { readonly error: unknown } | undefined;
  /** Those waiting for a line's result, to be told if the pool fails first. */
  private readonly waiting = new Set<(error: unknown) => void>();

  private async start(): Promise<import("tinypool").Tinypool> {
    const { Tinypool } = await import("tinypool");
    const pool = new Tinypool({
      filename: workerFile(this.worker.module),
      name: this.worker.name,
      workerData: this.worker.workerData,
      minThreads: this.jobs,
      maxThreads: this.jobs,
      idleTimeout: 60_000,
      // The main thread's options that decide how modules load, and its heap limit as
      // each worker's: a worker refuses the rest.
      ...workerOptions(process.execArgv),
    });
    // A worker that cannot start or dies is reported by the pool, not by its tasks,
    // which would then wait for ever: it fails the line waited for instead.
    // (Not a race against a promise that never settles: each race would stay attached to
    // it, and keep its line's result alive for as long as the pool runs.)
    pool.once("error", (error: unknown) => {
      this.failure = { error };
      for (const fail of this.waiting) fail(error);
    });
    this.pool = pool;
    return pool;
  }

  // Sends the batch being gathered, if it holds a line.
  private send(): void {
    const batch = this.batch;
    if (batch === undefined || this.pool === undefined) return;
    this.batch = undefined;
    for (const entry of batch.entries) delete entry.batch;
    const task: LinesTask = { lines: batch.lines, numbers: batch.numbers };
    batch.deliver(this.pool.run(task, { transferList: batch.lines.map((line) => line.buffer as ArrayBuffer) }));
  }

  private async settle(): Promise<Checked<Result>> {
    const oldest = this.inFlight.shift()!;
    if (oldest.batch) this.send();
    this.bytes -= oldest.size;
    try {
      if (this.failure) throw this.failure.error;
      let fail!: (error: unknown) => void;
      const result = new Promise<Result>((resolve, reject) => {
        fail = reject;
        oldest.result.then(resolve, reject);
      });
      this.waiting.add(fail);
      try {
        return { line: oldest.line, result: await result };
      } finally {
        this.waiting.delete(fail);
      }
    } catch (error) {
      throw new WorkerFailure(`a worker thread of --jobs failed on line ${oldest.line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }

  /**
   * Hands a line to a worker; returns the lines whose turn has come (the oldest first),
   * having waited for them when the window is full.
   */
  async submit(bytes: Uint8Array, line: number): Promise<Checked<Result>[]> {
    if (this.pool === undefined) await this.start();
    // A line is a view into a larger chunk, whose whole buffer a message would copy:
    // copy the line alone, and move that copy to the worker.
    const copy = new Uint8Array(bytes);
    const batch = (this.batch ??= newBatch<Result>());
    const index = batch.lines.push(copy) - 1;
    batch.numbers.push(line);
    batch.bytes += copy.length;
    const result = batch.result.then((results) => results[index]!);
    // Awaited in its turn; until then a failure must not count as unhandled.
    result.catch(() => undefined);
    const entry: InFlight<Result> = { line, size: copy.length, result, batch };
    batch.entries.push(entry);
    if (batch.lines.length >= BATCH_LINES || batch.bytes >= BATCH_BYTES) this.send();
    return this.push(entry);
  }

  /**
   * Queues a line already handled on this thread (one too long to read) behind those in
   * flight, so that it keeps its place; returns the lines whose turn has come.
   */
  async add(line: number, result: Result): Promise<Checked<Result>[]> {
    return this.push({ line, size: 0, result: Promise.resolve(result) });
  }

  private async push(entry: InFlight<Result>): Promise<Checked<Result>[]> {
    this.inFlight.push(entry);
    this.bytes += entry.size;
    const ready: Checked<Result>[] = [];
    while (this.inFlight.length >= this.jobs * BATCHES_PER_WORKER * BATCH_LINES || (this.bytes > MAX_BYTES_IN_FLIGHT && this.inFlight.length > 1)) ready.push(await this.settle());
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

  /** Waits for the oldest line in flight and returns it with its result. */
  next(): Promise<Checked<Result>> {
    return this.settle();
  }

  /** Stops the workers; lines still in flight are dropped. */
  async close(): Promise<void> {
    this.inFlight.length = 0;
    this.batch = undefined;
    await this.pool?.destroy();
    this.pool = undefined;
  }
}
