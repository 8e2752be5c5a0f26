// Splits a byte stream into lines while counting bytes, so that a line too long to keep
// is measured and dropped rather than held in memory.

/** One line of a byte stream, without its line ending. */
export type Line =
  | {
      /** The line's number, from 1. */
      readonly number: number;
      /** The line's bytes, without `\n` or `\r\n`. */
      readonly bytes: Buffer;
      readonly tooLong: false;
    }
  | {
      readonly number: number;
      /** How many bytes the line had; none of them were kept. */
      readonly length: number;
      readonly tooLong: true;
    };

/**
 * Yields each line of a stream of byte chunks. A line longer than `maxBytes` is yielded
 * as `tooLong` with its length, its bytes discarded as they arrive, so memory stays
 * bounded by `maxBytes` plus one chunk whatever the input.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  let pending = false;
  const take = (piece: Buffer) => {
    pending = true;
    size += piece.length;
    if (tooLong) return;
    if (size > maxBytes) {
      tooLong = true;
      parts = [];
    } else if (piece.length > 0) parts.push(piece);
  };
  const finish = (): Line => {
    let line: Line;
    if (tooLong) line = { number, length: size, tooLong: true };
    else {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      line = { number, bytes, tooLong: false };
    }
    parts = [];
    size = 0;
    tooLong = false;
    pending = false;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0a, start); end !== -1; end = buffer.indexOf(0x0a, start)) {
      take(buffer.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    if (start < buffer.length) take(buffer.subarray(start));
  }
  if (pending) yield finish();
}

/** Whether a line holds nothing but spaces, tabs and a carriage return: a blank line of NDJSON, skipped. */
export function isBlankLine(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d);
}
