import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";

function fakeStderr(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("Progress", () => {
  it("stays silent on a terminal until validation has run longer than the delay, then rewrites one line", () => {
    let now = 0;
    const stderr = fakeStderr(true);
    const progress = new Progress(stderr, { mode: "auto", now: () => now, delayMs: 1000, intervalMs: 200 });
    progress.update(10, 1000);
    now = 999;
    progress.update(500, 50_000);
    expect(stderr.written).toEqual([]);
    now = 1000;
    progress.update(1000, 2048);
    now = 1100;
    progress.update(1100, 4096);
    now = 1200;
    progress.update(1200, 8192);
    expect(stderr.written).toEqual([
      "\r\x1b[Kvalidating: 1000 documents, 2 KiB read, 1000 documents/s",
      "\r\x1b[Kvalidating: 1200 documents, 8 KiB read, 1000 documents/s",
    ]);
    progress.finish(1300, 9000);
    expect(stderr.written.at(-1)).toBe("\r\x1b[K");
  });

  it("prints nothing in auto mode when stderr is not a terminal", () => {
    let now = 0;
    const stderr = fakeStderr(false);
    const progress = new Progress(stderr, { mode: "auto", now: () => now });
    now = 60_000;
    progress.update(1, 1);
    progress.finish(1, 1);
    expect(stderr.written).toEqual([]);
  });

  it("prints nothing on a terminal for input validated within the delay", () => {
    const stderr = fakeStderr(true);
    const progress = new Progress(stderr, { mode: "auto", now: () => 5 });
    progress.update(1, 1);
    progress.finish(1, 1);
    expect(stderr.written).toEqual([]);
  });

  it("writes whole lines when forced on where stderr is not a terminal, ending with the totals", () => {
    let now = 0;
    const stderr = fakeStderr(false);
    const progress = new Progress(stderr, { mode: "always", now: () => now, intervalMs: 200 });
    now = 500;
    progress.update(5, 100);
    now = 600;
    progress.update(6, 120);
    now = 1000;
    progress.finish(10, 3 * 1024 * 1024);
    expect(stderr.written).toEqual(["validating: 5 documents, 100 bytes read, 10 documents/s\n", "validating: 10 documents, 3 MiB read, 10 documents/s\n"]);
  });
});
