import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { resolveDocumentTimes } from "../../src/time/index.js";

describe("resolveDocumentTimes on the encoded article", () => {
  const times = resolveDocumentTimes(japanNorthKorea2004);

  it("resolves every time expression of the article", () => {
    const failed = [...times].filter(([, result]) => !result.ok);
    expect(failed).toEqual([]);
    expect(times.size).toBe(japanNorthKorea2004.times.length);
  });

  it.each(japanNorthKorea2004.times.filter((time) => time.resolved).map((time) => [time.text, time] as const))(
    "reproduces the interval stored for %s",
    (_, time) => {
      expect(times.get(time.id)).toEqual({ ok: true, interval: time.resolved });
    },
  );
});
