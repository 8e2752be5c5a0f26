// `news-events validate --jobs N`: NDJSON lines checked on worker threads give the same
// report, byte for byte and in the same order, and the same exit code, as one thread.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { changedFixture, fixtureLine, minimalLine } from "./documents.js";
import { runCli, runCliAsync } from "./cli.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-jobs-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Several hundred lines of every sort: valid documents large and small, documents with
// a shape problem or a whole-document problem, text that is not JSON, blank lines, and a
// line too long to read, all interleaved so that workers finish them out of order.
function mixedLines(count: number): string[] {
  const venue = JSON.stringify(changedFixture((document) => (document.meetings[1].venue = "Beijing")));
  const duplicate = JSON.stringify(changedFixture((document) => (document.actors[2].id = document.actors[0].id)));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 5 === 1) lines.push(venue);
    else if (i % 7 === 2) lines.push(duplicate);
    else if (i % 11 === 3) lines.push(`{"schemaVersion": 2, oops ${i}`);
    else if (i % 13 === 4) lines.push("");
    else if (i % 17 === 5) lines.push("   \t");
    else if (i % 3 === 0) lines.push(minimalLine);
    else lines.push(fixtureLine);
  }
  return lines;
}

const mixed = join(directory, "mixed.ndjson");
const mixedText = `${mixedLines(600).join("\n")}\n`;
writeFileSync(mixed, mixedText);

describe("news-events validate --jobs", () => {
  it("prints the same report, byte for byte, and exits the same with 2 jobs as with 1, in every format", async () => {
    for (const format of ["pretty", "json", "ndjson"]) {
      const [one, two] = await Promise.all([
        runCliAsync(["validate", "--jobs", "1", "--format", format, mixed]),
        runCliAsync(["validate", "--jobs", "2", "--format", format, mixed]),
      ]);
      expect(one.status, format).toBe(3);
      expect(two.status, format).toBe(one.status);
      expect(two.stdout, format).toBe(one.stdout);
      expect(two.stderr, format).toBe(one.stderr);
    }
  });

  it("reports what one thread reports: every line, in input order, with the right counts", () => {
    const run = runCli(["validate", "--jobs", "2", "--format", "ndjson", mixed]);
    const records = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { kind: string; line?: number });
    const documents = records.filter((record) => record.kind.endsWith("-document"));
    const expected = mixedLines(600).flatMap((text, index) => (text.trim() === "" ? [] : [index + 1]));
    expect(documents.map((record) => record.line)).toEqual(expected);
    expect(records.at(-1)).toMatchObject({ kind: "summary", documents: expected.length });
  });

  it("keeps a line too long to read in its place among lines checked by the workers", async () => {
    const lines = mixedLines(200);
    lines.splice(150, 0, `{"padding": "${" ".repeat(8 * 1024 * 1024 + 10)}"}`);
    const path = join(directory, "too-long.ndjson");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const [one, two] = await Promise.all([runCliAsync(["validate", "--jobs", "1", path]), runCliAsync(["validate", "--jobs", "2", path])]);
    expect(one.stdout).toMatch(/:151: \/: the line is 8\.0 MiB, over the 8 MiB limit/);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
  });

  it("gives the same report over several inputs, stdin and a missing file among them", async () => {
    const valid = join(directory, "valid.ndjson");
    writeFileSync(valid, `${Array.from({ length: 150 }, () => minimalLine).join("\n")}\n`);
    const args = (jobs: string) => ["validate", "--jobs", jobs, valid, join(directory, "missing.ndjson"), "-", mixed];
    const [one, two] = await Promise.all([runCliAsync(args("1"), { input: mixedText }), runCliAsync(args("2"), { input: mixedText })]);
    expect(one.stdout).toContain(`${valid}: 150 documents, 150 valid, 0 invalid, 0 problems\n`);
    expect(one.stderr).toContain("missing.ndjson: no such file");
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
  });

  it("runs its workers when node was given options a worker refuses (a heap limit, --expose-gc)", async () => {
    const [one, two] = await Promise.all([
      runCliAsync(["validate", "--jobs", "1", "--format", "ndjson", mixed]),
      runCliAsync(["validate", "--jobs", "2", "--format", "ndjson", mixed], { node: ["--max-old-space-size=96", "--expose-gc"] }),
    ]);
    expect(two.stderr).toBe("");
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
  });

  it("exits 0 with 2 jobs on an input of valid documents only", () => {
    const path = join(directory, "all-valid.ndjson");
    writeFileSync(path, `${Array.from({ length: 300 }, (_, i) => (i % 2 ? minimalLine : fixtureLine)).join("\n")}\n`);
    const run = runCli(["validate", "--jobs", "2", path]);
    expect(run.stdout).toBe(`${path}: 300 documents, 300 valid, 0 invalid, 0 problems\n300 documents, 300 valid, 0 invalid, 0 problems\n`);
    expect(run.status).toBe(0);
  });

  it("starts the worker threads asked for, and none with one job", async () => {
    // Counts the worker threads the program starts, by wrapping node's Worker before it runs.
    const log = join(directory, "workers.log");
    const preload = join(directory, "count-workers.mjs");
    writeFileSync(
      preload,
      `import threads from "node:worker_threads";
import { appendFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const Original = threads.Worker;
threads.Worker = class extends Original {
  constructor(...args) {
    super(...args);
    appendFileSync(${JSON.stringify(log)}, "worker\\n");
  }
};
syncBuiltinESMExports();
`,
    );
    const started = async (jobs: string) => {
      writeFileSync(log, "");
      const run = await runCliAsync(["validate", "--jobs", jobs, mixed], { node: ["--import", pathToFileURL(preload).href] });
      expect(run.status).toBe(3);
      return readFileSync(log, "utf8").split("\n").filter(Boolean).length;
    };
    expect(await started("1")).toBe(0);
    expect(await started("2")).toBe(2);
    expect(await started("3")).toBe(3);
  });

  it("is a usage error for a count of threads that is not a whole number from 1", () => {
    for (const jobs of ["0", "x", "-1", "1.5", "", "2x"]) {
      const run = runCli(["validate", `--jobs=${jobs}`, mixed]);
      expect(run.status, jobs).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr, jobs).toBe(`news-events validate: --jobs must be a whole number of threads, 1 or more, not ${JSON.stringify(jobs)}\n`);
    }
  });
});
