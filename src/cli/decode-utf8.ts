// Strict UTF-8 decoding that says where the first bad byte is, and the bytes that can
// never appear in JSON text.

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decoded text, or the byte offset of the first byte that is not valid UTF-8. */
export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly offset: number };

/**
 * The byte offset of the first invalid UTF-8 sequence (a stray continuation byte, an
 * overlong form, a surrogate, a code point past U+10FFFF, or a sequence cut short), or
 * -1 where every byte is valid.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index;
    }
    index += length;
  }
  return -1;
}

/** Decodes UTF-8 strictly, dropping a leading byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, offset: Math.max(0, invalidUtf8Offset(bytes)) };
  }
}

/** The 1-based line and column (in UTF-16 code units) of a byte offset in UTF-8 bytes valid up to that offset. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < offset; index = bytes.indexOf(0x0a, index + 1)) {
    line++;
    lineStart = index + 1;
  }
  const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/**
 * The offset of the first byte from `from` up to `to` that can never appear in JSON text
 * written in UTF-8, or -1: a control character other than tab, line feed and carriage
 * return (raw, even inside a string), or a byte that starts no UTF-8 sequence (0xC0,
 * 0xC1, 0xF5 to 0xFF). Binary input such as /dev/zero or /dev/urandom shows one within
 * its first bytes, so reading can stop there.
 */
export function impossibleByteOffset(bytes: Uint8Array, from = 0, to = bytes.length): number {
  for (let index = from; index < to; index++) {
    const byte = bytes[index]!;
    if (byte < 0x20 ? byte !== 0x09 && byte !== 0x0a && byte !== 0x0d : byte === 0xc0 || byte === 0xc1 || byte >= 0xf5) return index;
  }
  return -1;
}
