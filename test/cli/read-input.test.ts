import { fc, it as property } from "@fast-check/vitest";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { impossibleByteOffset } from "../../src/cli/decode-utf8.js";
import { Input, looksLikeNdjson, MAX_JSON_BYTES, readDocumentBytes } from "../../src/cli/read-input.js";

const inputOf = (chunks: readonly (string | Buffer)[], size?: number) => new Input("test", Readable.from(chunks.map((chunk) => Buffer.from(chunk))), size);

async function rest(input: Input): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input.chunks()) chunks.push(chunk);
  return Buffer.concat(chunks).toString();
}

describe("looksLikeNdjson", () => {
  it.each([
    ['{"a":1}\n{"b":2}\n', true],
    ['\n\n  {"a":1}\r\n\n[2]', true],
    ['{"a":1}\n', false],
    ['{"a":1}\n  \n', false],
    ['{\n  "a": 1\n}\n{\n  "a": 2\n}\n', false],
    ['{"a":1}{"b":2}\n{"c":3}', false],
    ["", false],
    ["\u0000\u0000\n{}", false],
  ])("reads %j as NDJSON: %s", async (text, expected) => {
    expect(await looksLikeNdjson(inputOf([text]))).toBe(expected);
  });

  property.prop([fc.array(fc.jsonValue(), { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 6 })])(
    "decides the same however the bytes are cut, and puts back every byte it read",
    async (values, cuts) => {
      const text = values.map((value) => JSON.stringify(value)).join("\n");
      const bytes = Buffer.from(text);
      const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...points].map((start, index) => bytes.subarray(start, [...points, bytes.length][index]));
      const input = inputOf(chunks);
      expect(await looksLikeNdjson(input)).toBe(values.length > 1);
      expect(await rest(input)).toBe(text);
    },
  );

  it("never takes a pretty-printed JSON value for NDJSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const text = JSON.stringify(value, null, 2);
        expect(await looksLikeNdjson(inputOf([text]))).toBe(false);
      }),
    );
  });
});

describe("readDocumentBytes", () => {
  it("stops at the first byte that cannot be JSON text, keeping the bytes up to it", async () => {
    const input = inputOf(['{"a": "x', "\u0000 and much more", "never read"]);
    expect((await readDocumentBytes(input)).toString()).toBe('{"a": "x\u0000');
  });

  it("refuses a regular file over the limit by its size, before reading it", async () => {
    await expect(readDocumentBytes(inputOf(["{}"], MAX_JSON_BYTES + 1))).rejects.toThrow("test: 64.0 MiB, over the 64 MiB limit for one JSON document");
  });

  it("refuses a stream once it passes the limit", async () => {
    const block = Buffer.alloc(1024 * 1024, 0x20);
    const chunks = Array.from({ length: 65 }, () => block);
    await expect(readDocumentBytes(inputOf(chunks))).rejects.toThrow("test: more than 64 MiB, over the 64 MiB limit for one JSON document");
  });
});

describe("impossibleByteOffset", () => {
  it("finds NUL, raw control characters and bytes that start no UTF-8 sequence, not tabs, newlines or UTF-8", () => {
    expect(impossibleByteOffset(Buffer.from("\t\r\n naïve 😀"))).toBe(-1);
    for (const byte of [0x00, 0x01, 0x1b, 0x1f, 0xc0, 0xc1, 0xf5, 0xff]) expect(impossibleByteOffset(Uint8Array.from([0x20, byte]))).toBe(1);
  });
});
