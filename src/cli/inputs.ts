import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { CliError, formatBytes, type CliIo } from "./io.js";

/** The largest single JSON document read whole: 64 MiB. Larger inputs belong in NDJSON. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** The longest NDJSON line read: 8 MiB. A longer line is a problem on that line. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** How a file argument is shown: `-` is `<stdin>`. */
export const displayName = (file: string): string => (file === "-" ? "<stdin>" : file);

/** Whether a file is NDJSON: by `--ndjson`, or by its extension `.ndjson` or `.jsonl`. */
export const isNdjson = (file: string, forced: boolean): boolean => forced || /\.(?:ndjson|jsonl)$/i.test(file);

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
  return new CliError(`${displayName(file)}: ${reason}`);
}

/** Checks that a path names a readable regular file and returns its size; throws a {@link CliError} that says why not. */
export async function fileSize(file: string): Promise<number> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw describeFileError(error, file);
  }
  if (info.isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
  return info.size;
}

const tooLarge = (file: string, size: string) =>
  new CliError(
    `${displayName(file)}: ${size}, over the ${formatBytes(MAX_JSON_BYTES)} limit for one JSON document; put one document a line in an .ndjson file to validate more`,
  );

/** Reads a whole JSON input, a file or stdin (`-`), refusing one over {@link MAX_JSON_BYTES} before reading it all. */
export async function readWhole(file: string, io: CliIo): Promise<Buffer> {
  if (file !== "-") {
    const size = await fileSize(file);
    if (size > MAX_JSON_BYTES) throw tooLarge(file, `${formatBytes(size)}`);
    try {
      return await readFile(file);
    } catch (error) {
      throw describeFileError(error, file);
    }
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_JSON_BYTES) {
      io.stdin.destroy();
      throw tooLarge(file, `more than ${formatBytes(MAX_JSON_BYTES)}`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Opens an input as a stream of byte chunks: a file, or stdin for `-`. */
export async function openStream(file: string, io: CliIo): Promise<AsyncIterable<Buffer | string>> {
  if (file === "-") return io.stdin as AsyncIterable<Buffer | string>;
  await fileSize(file);
  return createReadStream(file, { highWaterMark: 256 * 1024 });
}
