// Inputs an attacker would try on the command: binary devices, endless or oversized
// streams, deep nesting, control characters, durations past any calendar. Each runs the
// real program as a subprocess; where memory is at stake the program runs under a V8
// heap cap, and the test asserts that it finishes with its answer.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summarize } from "../../src/describe/summarize.js";
import { validateDocument } from "../../src/validate/validate-document.js";
import { runCli, runCliAsync, runShell } from "./cli.js";
import { changedFixture, fixtureLine, minimalDocument, minimalLine } from "./documents.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-hostile-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

// Under this heap cap the program holds one document and its schemas, and no more.
const HEAP_CAP = ["--max-old-space-size=48"];
const MiB = 1024 * 1024;
const LIMIT = "over the 64 MiB limit for one JSON document";

// A valid JSON document that is 70 MiB long: 70 MiB of spaces before the smallest document.
const paddedDocument = () => Buffer.concat([Buffer.alloc(70 * MiB, 0x20), Buffer.from(minimalLine)]);

describe("news-events validate on binary devices", () => {
  it.each(["/dev/zero", "/dev/urandom"])("stops at once on %s with a clear error, exit code 3, in bounded memory", async (device) => {
    const run = await runCliAsync(["validate", device], { node: HEAP_CAP });
    // Random bytes may begin with a line break, so the problem's line is any.
    expect(run.stdout).toMatch(new RegExp(`^${device}:\\d+:\\d+: /: the text is not valid (JSON|UTF-8): .+ \\((invalid-json|invalid-utf8)\\)\\n`));
    expect(run.stdout).toMatch(new RegExp(`\\n${device}: unreadable, 1 problem\\n1 document, 0 valid, 0 invalid, 1 problem, 1 unreadable\\n$`));
    expect(run.status).toBe(3);
  });

  it("answers summary /dev/zero with an input error too", async () => {
    const run = await runCliAsync(["summary", "/dev/zero"], { node: HEAP_CAP });
    expect(run.stderr).toMatch(/^\/dev\/zero is not a valid document \(1 problem\):\n {2}\/dev\/zero:1:1: \/: the text is not valid JSON/);
    expect(run.status).toBe(3);
  });

  it("escapes the NUL bytes it quotes from the input", async () => {
    const run = await runCliAsync(["validate", "/dev/zero"], { node: HEAP_CAP });
    expect(run.stdout).not.toMatch(/\u0000/);
    expect(run.stdout).toContain("\\u0000");
  });
});

// Each case moves 70 MiB through a pipe, some of them three times: slow on a busy machine.
describe("the 64 MiB limit for one JSON document", () => {
  it("holds for a FIFO, whose size is not known until it is read", async () => {
    const fifo = join(directory, "document.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = createWriteStream(fifo);
    writer.on("error", () => undefined);
    writer.end(paddedDocument());
    const run = await runCliAsync(["validate", fifo], { node: HEAP_CAP });
    writer.destroy();
    expect(run.stderr).toBe(`news-events validate: ${fifo}: more than 64 MiB, ${LIMIT}; put one document a line in an .ndjson file to validate more\n`);
    expect(run.stdout).toBe("0 documents, 0 valid, 0 invalid, 0 problems, 1 unreadable\n");
    expect(run.status).toBe(3);
  });

  it("holds for /dev/stdin fed by a pipe", () => {
    const path = file("minimal.json", minimalLine);
    const run = runShell(`{ head -c ${70 * MiB} /dev/zero | tr '\\0' ' '; cat '${path}'; } | $CLI validate /dev/stdin`);
    expect(run.stderr).toBe(`news-events validate: /dev/stdin: more than 64 MiB, ${LIMIT}; put one document a line in an .ndjson file to validate more\n`);
    expect(run.status).toBe(3);
  });

  it("holds for stdin, and for /dev/stdin when stdin is a socket", async () => {
    for (const name of ["/dev/stdin", "-"]) {
      const run = await runCliAsync(["validate", name], { input: paddedDocument(), node: HEAP_CAP });
      expect(run.stderr).toBe(`news-events validate: ${name === "-" ? "<stdin>" : name}: more than 64 MiB, ${LIMIT}; put one document a line in an .ndjson file to validate more\n`);
      expect(run.status).toBe(3);
    }
  });

  it("holds for /dev/stdin redirected from a file, refused by its size before it is read", () => {
    const path = join(directory, "huge.json");
    writeFileSync(path, "");
    truncateSync(path, 100 * MiB);
    const run = runShell(`$CLI validate /dev/stdin < '${path}'`);
    expect(run.stderr).toBe(`news-events validate: /dev/stdin: 100 MiB, ${LIMIT}; put one document a line in an .ndjson file to validate more\n`);
    expect(run.status).toBe(3);
  });

  it("holds for summary, timeline and export, which read one document the same way", async () => {
    for (const command of [["summary"], ["timeline"], ["export", "--to", "jsonld"]]) {
      const run = await runCliAsync([...command, "-"], { input: paddedDocument(), node: HEAP_CAP });
      expect(run.stderr).toBe(`<stdin>: more than 64 MiB, ${LIMIT}; put one document a line in an .ndjson file to validate more\n`);
      expect(run.status).toBe(3);
    }
  });
});

describe("deep nesting in NDJSON", () => {
  it("gives one problem for a line of 10^6 nested arrays and one for 2·10^5 nested objects, and leaves their neighbours' results intact", async () => {
    const arrays = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
    const objects = `${'{"a":'.repeat(200_000)}1${"}".repeat(200_000)}`;
    const path = file("deep.ndjson", [minimalLine, arrays, fixtureLine, objects, minimalLine, ""].join("\n"));
    // No heap cap here: 10^6 nested arrays are some 60 MiB of heap once parsed, and
    // what is at stake is that each deep line is one problem, not memory.
    const run = await runCliAsync(["validate", "--format", "ndjson", path]);
    expect(run.stderr).toBe("");
    const records = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { kind: string; line?: number; problems?: { code: string }[] });
    expect(records.slice(0, 5).map((record) => [record.kind, record.line, record.problems?.map((found) => found.code)])).toEqual([
      ["valid-document", 1, undefined],
      ["invalid-document", 2, ["too-deep"]],
      ["valid-document", 3, undefined],
      ["invalid-document", 4, ["too-deep"]],
      ["valid-document", 5, undefined],
    ]);
    expect(records.at(-1)).toMatchObject({ kind: "summary", documents: 5, valid: 3, invalid: 2, problems: 2 });
    expect(run.status).toBe(1);
  });
});

describe("control characters from a document", () => {
  const forged = "x\n1 document, 1 valid, 0 invalid, 0 problems\n\u001b[2K\u009b2K\u2028\u202e";
  const document = { ...minimalDocument, [forged]: true };

  it("are escaped in the text report, so a key cannot forge a report line or reach the terminal", () => {
    const path = file("forged.json", JSON.stringify(document));
    const run = runCli(["validate", path]);
    const lines = run.stdout.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("x\\n1 document, 1 valid, 0 invalid, 0 problems\\n\\u001b[2K\\u009b2K\\u2028\\u202e");
    expect(lines.slice(1)).toEqual([`${path}: invalid, 1 problem`, "1 document, 0 valid, 1 invalid, 1 problem", ""]);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(run.status).toBe(1);
  });

  it("are escaped in JSON and NDJSON reports, which still parse back to the key", () => {
    const path = file("forged.ndjson", `${JSON.stringify(document)}\n`);
    for (const format of ["json", "ndjson"]) {
      const run = runCli(["validate", "--format", format, path]);
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      expect(run.stdout).toContain("x\\n1 document, 1 valid, 0 invalid, 0 problems\\n\\u001b[2K\\u009b2K\\u2028\\u202e");
      const report = format === "json" ? (JSON.parse(run.stdout) as { results: unknown[] }).results[0] : JSON.parse(run.stdout.split("\n")[0]!);
      expect(report).toMatchObject({ kind: "invalid-document", problems: [{ path: [forged], pointer: `/${forged}` }] });
    }
  });

  it("are escaped in summary and timeline, whose lines stay their own", () => {
    const named = changedFixture((fixture) => {
      fixture.actors[0].name = `Japan\n${"  - "}Forged (state)\u001b[31m`;
    });
    expect(validateDocument(named).ok).toBe(true);
    const plain = changedFixture((fixture) => {
      fixture.actors[0].name = "Japan";
    });
    const path = file("named.json", JSON.stringify(named));
    const summary = runCli(["summary", path]);
    expect(summary.status).toBe(0);
    expect(summary.stdout.split("\n")).toHaveLength(summarize(plain as never).split("\n").length + 1);
    expect(summary.stdout).toContain("Japan\\n  - Forged (state)\\u001b[31m");
    expect(summary.stdout).not.toMatch(/\u001b/);
    const timeline = runCli(["timeline", path]);
    expect(timeline.stdout).not.toMatch(/\u001b/);
    expect(timeline.stdout.split("\n")).toHaveLength(runCli(["timeline"]).stdout.split("\n").length);
  });
});

describe("summary and timeline on hostile values their schemas accept", () => {
  // The fixture's "24 years" made 10^20 days, with no stored interval, so it must be worked out.
  const endless = changedFixture((fixture) => {
    const time = fixture.times.find((expression: { kind: string }) => expression.kind === "duration");
    time.duration = { ...time.duration, amount: 1e20, unit: "day" };
    delete time.resolved;
    time.inferred = time.inferred?.filter((mark: { path: string }) => mark.path !== "/resolved");
    if (time.inferred?.length === 0) delete time.inferred;
  });

  it("accepts the document as valid, so the helpers must answer for it", () => {
    expect(validateDocument(endless).ok).toBe(true);
  });

  it.each([["summary"], ["timeline"], ["timeline", "--json"], ["summary", "--json"]])("answers %s with a result, not exit 70, for a 10^20-day duration", (...command) => {
    const run = runCli([...command, file("endless.json", JSON.stringify(endless))]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("24 years");
  });

  it("summarizes a delegation named with a million spaces", () => {
    const spaces = changedFixture((fixture) => {
      fixture.delegations[0].name = " ".repeat(1_000_000);
    });
    expect(validateDocument(spaces).ok).toBe(true);
    const run = runCli(["summary", file("spaces.json", JSON.stringify(spaces))]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
