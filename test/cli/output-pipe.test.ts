// What the program does when its output is a pipe: a reader that stops early (| head)
// and a reader slower than validation. Memory is checked by a V8 heap cap under which
// the program must finish with its whole report, never by timing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCliAsync, runShell } from "./cli.js";
import { minimalDocument, minimalLine } from "./documents.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-pipe-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const file = (name: string, content: string) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

// Each line fails to fit the model in 2,000 ways: a large report from little validation.
const manyProblems = JSON.stringify({ ...minimalDocument, ...Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`unknown-${index}`, index])) });

describe("news-events validate | head -1", () => {
  const invalid = file("invalid.ndjson", "[]\n".repeat(20_000));
  const valid = file("valid.ndjson", `${minimalLine}\n`.repeat(5_000));

  it("exits 1 when the documents are invalid, though the reader stops after one line", () => {
    for (const format of ["pretty", "json", "ndjson"]) {
      const run = runShell(`$CLI validate --format ${format} '${invalid}' | head -1 > /dev/null; echo "exit \${PIPESTATUS[0]}"`);
      expect(run.stdout).toBe("exit 1\n");
      expect(run.stderr).toBe("");
    }
  });

  it("never exits 0 when the reader stops before every document was checked", () => {
    const run = runShell(`$CLI validate --format ndjson '${valid}' | head -1; echo "exit \${PIPESTATUS[0]}"`);
    expect(run.stdout).toBe(`${JSON.stringify({ kind: "valid-document", file: valid, line: 1 })}\nexit 141\n`);
    expect(run.stderr).toBe("");
  });

  it("exits 0 when it could check and report everything", () => {
    const run = runShell(`$CLI validate '${valid}' | head -1; echo "exit \${PIPESTATUS[0]}"`);
    expect(run.stdout).toBe(`${valid}: 5000 documents, 5000 valid, 0 invalid, 0 problems\nexit 0\n`);
  });
});

// The report of 120 documents of 2,000 problems each is 40 to 60 MB of text: held in
// memory while the reader waits, it would not fit in the 64 MB heap the program gets. The
// program itself needs about 45 MB at most however long the report, so the heap leaves it
// room even when the machine is busy and the collector runs late. One job: what is tested
// is the wait for the reader, not the window of lines in flight to worker threads, whose
// results (2,000 problems a line) the main thread holds while it waits.
describe("news-events validate into a slow pipe", () => {
  const documents = 120;
  const path = file("many-problems.ndjson", `${manyProblems}\n`.repeat(documents));

  it.each(["pretty", "json", "ndjson"])("waits for the reader with --format %s, finishing its whole report under a small heap", async (format) => {
    const run = await runCliAsync(["validate", "--jobs", "1", "--format", format, path], { node: ["--max-old-space-size=64"], pauseReadingMs: 3000 });
    expect(run.signal).toBe(null);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const totals = { documents, valid: 0, invalid: documents, unreadable: 0, problems: documents * 2000 };
    if (format === "pretty") {
      expect(run.stdout.split("\n")).toHaveLength(documents * 2000 + 3);
      expect(run.stdout).toMatch(/\n120 documents, 0 valid, 120 invalid, 240000 problems\n$/);
    } else if (format === "json") expect((JSON.parse(run.stdout) as { summary: unknown }).summary).toEqual({ files: 1, ...totals, ok: false });
    else expect(JSON.parse(run.stdout.trimEnd().split("\n").at(-1)!)).toEqual({ kind: "summary", files: 1, ...totals, ok: false });
  });
});
