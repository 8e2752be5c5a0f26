// Reading the inputs of a command, whatever they are (a file, a FIFO, a device such as
// /dev/stdin or /dev/zero, or stdin itself), within the same limits: a JSON document is
// read up to 64 MiB and no further, NDJSON a line at a time.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { CliError } from "./command.js";
import { impossibleByteOffset } from "./decode-utf8.js";
import { EXIT } from "./exit-codes.js";
import { formatBytes } from "./format-quantity.js";
import type { CliIo } from "./output.js";

/** The largest single JSON document read: 64 MiB. Larger inputs belong in NDJSON. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** The longest NDJSON line read: 8 MiB. A longer line is a problem on that line. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** How a file argument is shown: `-` is `<stdin>`. */
export const displayName = (file: string): string => (file === "-" ? "<stdin>" : file);

/** Whether a file's name says it is NDJSON: it ends `.ndjson` or `.jsonl`. */
export const namedNdjson = (file: string): boolean => /\.(?:ndjson|jsonl)$/i.test(file);

/** A file-system error in words, naming the file: "missing.json: no such file". */
export function describeFileError(error: unknown, file: string): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "is a directory, not a file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : `cannot be read (${(error as Error | undefined)?.message ?? String(error)})`;
  return new CliError(`${displayName(file)}: ${reason}`, EXIT.input);
}

/**
 * An input opened for reading: its bytes as they arrive, and its size where the file
 * system knows it in advance (a regular file).
 */
export class Input {
  private readonly source: AsyncIterator<Buffer | string>;
  private readonly pending: Buffer[] = [];
  private ended = false;

  constructor(
    /** The argument that named it: a path, or `-` for stdin. */
    readonly file: string,
    chunks: AsyncIterable<Buffer | string>,
    /** The size of a regular file; `undefined` for a pipe, a device or stdin. */
    readonly size: number | undefined,
  ) {
    this.source = chunks[Symbol.asyncIterator]();
  }

  /** The next chunk of bytes, or `undefined` at the end. */
  async next(): Promise<Buffer | undefined> {
    const kept = this.pending.shift();
    if (kept) return kept;
    if (this.ended) return undefined;
    let result: IteratorResult<Buffer | string>;
    try {
      result = await this.source.next();
    } catch (error) {
      this.ended = true;
      throw describeFileError(error, this.file);
    }
    if (result.done) {
      this.ended = true;
      return undefined;
    }
    return typeof result.value === "string" ? Buffer.from(result.value) : result.value;
  }

  /** Puts chunks back, to be read again first. */
  unread(chunks: readonly Buffer[]): void {
    this.pending.unshift(...chunks);
  }

  /** Every chunk left, as an iterable. */
  async *chunks(): AsyncGenerator<Buffer> {
    try {
      for (let chunk = await this.next(); chunk !== undefined; chunk = await this.next()) yield chunk;
    } finally {
      this.close();
    }
  }

  /** Stops reading: the stream is closed, and no more is read from a pipe or a device. */
  close(): void {
    if (this.ended && this.pending.length === 0) return;
    this.ended = true;
    this.pending.length = 0;
    void this.source.return?.().catch(() => undefined);
  }
}

/**
 * Opens an input: a file by its path (a regular file, a FIFO or a device), or stdin for
 * `-`. A missing file, a directory or one that cannot be read is a {@link CliError}
 * that says so.
 */
export async function openInput(file: string, io: CliIo): Promise<Input> {
  if (file === "-") return new Input(file, io.stdin as AsyncIterable<Buffer | string>, undefined);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw describeFileError(error, file);
  }
  if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a file`, EXIT.input);
  // A socket cannot be opened by its path: /dev/stdin is then stdin itself, as when a
  // program runs this one with its stdin a socket pair.
  if (info.isSocket() && STDIN_PATHS.has(file)) return new Input(file, io.stdin as AsyncIterable<Buffer | string>, undefined);
  return new Input(file, createReadStream(file, { highWaterMark: 256 * 1024 }), info.isFile() ? info.size : undefined);
}

/** The names of stdin as a path. */
const STDIN_PATHS: ReadonlySet<string> = new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);

const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Whether an input holds NDJSON though neither its name nor `--ndjson` says so: its
 * first line that is not blank is a whole JSON value, and more follows it. No single
 * JSON document looks like that, so nothing that could be valid JSON is taken for
 * NDJSON. Reads at most {@link MAX_LINE_BYTES}, to the end of the first line and the
 * next byte that is not white space, then puts back what it read.
 */
export async function looksLikeNdjson(input: Input): Promise<boolean> {
  const seen: Buffer[] = [];
  let size = 0;
  let start = -1;
  let firstLine: Buffer | undefined;
  try {
    for (let chunk = await input.next(); chunk !== undefined; chunk = await input.next()) {
      const offset = size;
      seen.push(chunk);
      size += chunk.length;
      let index = 0;
      if (firstLine === undefined) {
        if (start === -1) {
          while (index < chunk.length && isSpace(chunk[index]!)) index++;
          if (index === chunk.length) {
            if (size > MAX_LINE_BYTES) return false;
            continue;
          }
          start = offset + index;
        }
        const end = chunk.indexOf(0x0a, index);
        if (impossibleByteOffset(chunk, index, end === -1 ? chunk.length : end) !== -1) return false;
        if (end === -1) {
          if (size > MAX_LINE_BYTES) return false;
          continue;
        }
        firstLine = Buffer.concat(seen).subarray(start, offset + end);
        try {
          JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(firstLine));
        } catch {
          return false;
        }
        index = end + 1;
      }
      while (index < chunk.length && isSpace(chunk[index]!)) index++;
      if (index < chunk.length) return true;
      if (size > MAX_LINE_BYTES) return false;
    }
    return false;
  } finally {
    input.unread(seen);
  }
}

const tooLarge = (file: string, size: string) =>
  new CliError(
    `${displayName(file)}: ${size}, over the ${formatBytes(MAX_JSON_BYTES)} limit for one JSON document; put one document a line in an .ndjson file to validate more`,
    EXIT.input,
  );

/**
 * Reads one JSON document's bytes whole, refusing an input over {@link MAX_JSON_BYTES}:
 * a regular file by its size before it is read, anything else once that much has
 * arrived, so memory stays within the limit whatever the input. Reading also stops at the
 * first byte that cannot be in JSON text (a NUL, a raw control character, a byte that
 * starts no UTF-8 sequence), keeping the bytes up to it: validation then reports what
 * is wrong there, and /dev/zero or /dev/urandom is answered at once.
 */
export async function readDocumentBytes(input: Input): Promise<Buffer> {
  if (input.size !== undefined && input.size > MAX_JSON_BYTES) {
    input.close();
    throw tooLarge(input.file, formatBytes(input.size));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for (let chunk = await input.next(); chunk !== undefined; chunk = await input.next()) {
      const impossible = impossibleByteOffset(chunk);
      const kept = impossible === -1 ? chunk : chunk.subarray(0, impossible + 1);
      size += kept.length;
      if (size > MAX_JSON_BYTES) throw tooLarge(input.file, `more than ${formatBytes(MAX_JSON_BYTES)}`);
      chunks.push(kept);
      if (impossible !== -1) break;
    }
  } finally {
    input.close();
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}
