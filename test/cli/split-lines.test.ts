import { fc, it as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitLines, type Line } from "../../src/cli/split-lines.js";
import { bytePosition, decodeUtf8, invalidUtf8Offset } from "../../src/cli/decode-utf8.js";

async function collect(chunks: readonly (string | Buffer)[], maxBytes: number): Promise<Line[]> {
  const lines: Line[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const line of splitLines(source(), maxBytes)) lines.push(line);
  return lines;
}

const texts = (lines: readonly Line[]) => lines.map((line) => (line.tooLong ? { tooLong: line.length } : line.bytes.toString("utf8")));

describe("splitLines", () => {
  it("splits on \\n and \\r\\n, numbering lines from 1, with no line after a final newline", async () => {
    const lines = await collect(["ab\r\ncd\n", "\nef\n"], 100);
    expect(texts(lines)).toEqual(["ab", "cd", "", "ef"]);
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3, 4]);
  });

  it("yields a last line that has no newline", async () => {
    expect(texts(await collect(["ab\ncd"], 100))).toEqual(["ab", "cd"]);
  });

  it("measures a line over the limit without keeping it, and goes on to the next", async () => {
    const lines = await collect(["12345", "6789\nok\n"], 8);
    expect(texts(lines)).toEqual([{ tooLong: 9 }, "ok"]);
    expect(lines[1]!.number).toBe(2);
  });

  property.prop([fc.array(fc.string({ unit: "grapheme" }), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 5 })])(
    "gives the same lines however the bytes are cut into chunks",
    async (lines, cuts) => {
      const bytes = Buffer.from(lines.map((line) => line.replaceAll("\n", " ")).join("\n"));
      const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...points].map((start, index) => bytes.subarray(start, [...points, bytes.length][index]));
      expect(texts(await collect(chunks, 1_000_000))).toEqual(texts(await collect([bytes], 1_000_000)));
      expect((await collect([bytes], 1_000_000)).map((line) => (line.tooLong ? "" : line.bytes.toString()))).toEqual(
        bytes.toString().split("\n").slice(0, bytes.at(-1) === 0x0a || bytes.length === 0 ? -1 : undefined).map((line) => line.replace(/\r$/, "")),
      );
    },
  );
});

describe("UTF-8 decoding", () => {
  it("finds the first byte that is not UTF-8, and its line and column", () => {
    const bytes = Buffer.concat([Buffer.from("ok\nnaïve "), Buffer.from([0xc3, 0x28])]);
    expect(invalidUtf8Offset(bytes)).toBe(bytes.length - 2);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, offset: bytes.length - 2 });
    expect(bytePosition(bytes, bytes.length - 2)).toEqual({ line: 2, column: 7 });
  });

  it("rejects overlong forms, surrogates, code points past U+10FFFF and cut sequences", () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8], [0x80], [0xe2, 0x82]])
      expect(invalidUtf8Offset(Uint8Array.from([0x41, ...bad]))).toBe(1);
  });

  it("drops a leading byte-order mark", () => {
    expect(decodeUtf8(Buffer.from("\uFEFF{}"))).toEqual({ ok: true, text: "{}" });
  });

  property.prop([fc.uint8Array({ maxLength: 40 })])("agrees with the platform's strict decoder on any bytes", (bytes) => {
    let valid = true;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      valid = false;
    }
    expect(invalidUtf8Offset(bytes) === -1).toBe(valid);
    if (!valid) expect(decodeUtf8(bytes).ok).toBe(false);
  });
});
