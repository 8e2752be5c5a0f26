import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { runCli, runCliStreaming } from "./cli.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-validate-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};

const valid = JSON.stringify(japanNorthKorea2004, null, 2);
const withUnknownKey = (() => {
  const document = structuredClone(japanNorthKorea2004) as unknown as { meetings: Record<string, unknown>[] };
  document.meetings[1]!.venue = "Beijing";
  return document;
})();

// The 1-based line and column of an offset in a text.
function positionOf(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe("news-events validate", () => {
  it("accepts a valid document, says so on a line of its own, prints the count and exits 0", () => {
    const path = file("valid.json", valid);
    const run = runCli(["validate", path]);
    expect(run.stdout).toBe(`${path}: valid\n1 document, 1 valid, 0 invalid, 0 problems\n`);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("places a problem at the line and column of the value at fault, with its path, message and code", () => {
    const text = JSON.stringify(withUnknownKey, null, 2);
    const path = file("unknown-key.json", text);
    const run = runCli(["validate", path]);
    const at = positionOf(text, text.indexOf('"Beijing"', text.indexOf('"venue"')));
    expect(run.stdout).toBe(
      `${path}:${at.line}:${at.column}: /meetings/1/venue: unknown key "venue": it is not part of the model, so it would be lost; remove it or move it under "extensions" (shape)\n` +
        `${path}: invalid, 1 problem\n` +
        "1 document, 0 valid, 1 invalid, 1 problem\n",
    );
    expect(run.status).toBe(1);
  });

  it("places each whole-document problem at its value", () => {
    const document = structuredClone(japanNorthKorea2004) as unknown as { actors: { id: string }[] };
    const duplicated = document.actors[0]!.id;
    document.actors[2]!.id = duplicated;
    const text = JSON.stringify(document, null, 2);
    const run = runCli(["validate", file("duplicate.json", text)]);
    const secondActor = text.indexOf(`"id": "${document.actors[1]!.id}"`);
    const at = positionOf(text, text.indexOf(`"${duplicated}"`, secondActor));
    expect(run.stdout).toContain(`duplicate.json:${at.line}:${at.column}: /actors/2/id: `);
    expect(run.stdout).toMatch(/\(duplicate-id\)\n/);
    expect(run.status).toBe(1);
  });

  it("reports truncated JSON at the line and column where the text ends, as an input error (exit 3)", () => {
    const text = valid.slice(0, 4000);
    const path = file("truncated.json", text);
    const run = runCli(["validate", path]);
    const at = positionOf(text, text.length);
    expect(run.stdout).toMatch(new RegExp(`^${path}:${at.line}:${at.column}: /: the text is not valid JSON: .+ \\(invalid-json\\)\\n`));
    expect(run.stdout).toMatch(new RegExp(`\\n${path}: unreadable, 1 problem\\n1 document, 0 valid, 0 invalid, 1 problem, 1 unreadable\\n$`));
    expect(run.status).toBe(3);
  });

  it("reports invalid UTF-8 with the line and column of the bad byte, as an input error (exit 3)", () => {
    const before = '{\n  "schemaVersion": 1,\n  "x": "caf';
    const path = file("latin1.json", Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from('"\n}')]));
    const run = runCli(["validate", path]);
    const at = positionOf(before, before.length);
    expect(run.stdout).toBe(
      `${path}:${at.line}:${at.column}: /: the text is not valid UTF-8: byte 0xe9 at byte offset ${Buffer.byteLength(before)} does not start or continue a UTF-8 sequence (invalid-utf8)\n` +
        `${path}: unreadable, 1 problem\n` +
        "1 document, 0 valid, 0 invalid, 1 problem, 1 unreadable\n",
    );
    expect(run.status).toBe(3);
  });

  it("streams NDJSON one document a line, reporting the line of each invalid one and skipping blank lines", () => {
    const lines = [JSON.stringify(japanNorthKorea2004), JSON.stringify(withUnknownKey), "", JSON.stringify(japanNorthKorea2004), '{"schemaVersion": 1,'];
    const path = file("mixed.ndjson", `${lines.join("\r\n")}\n`);
    const run = runCli(["validate", path]);
    const column = lines[1]!.indexOf('"Beijing"', lines[1]!.indexOf('"venue"')) + 1;
    const reported = run.stdout.split("\n");
    expect(reported[0]).toBe(
      `${path}:2:${column}: /meetings/1/venue: unknown key "venue": it is not part of the model, so it would be lost; remove it or move it under "extensions" (shape)`,
    );
    expect(reported[1]).toMatch(new RegExp(`^${path}:5:${lines[4]!.length + 1}: /: the text is not valid JSON: .+ \\(invalid-json\\)$`));
    expect(reported.slice(2)).toEqual([`${path}: 4 documents, 2 valid, 1 invalid, 2 problems, 1 unreadable`, "4 documents, 2 valid, 1 invalid, 2 problems, 1 unreadable", ""]);
    expect(run.status).toBe(3);
  });

  it("reads stdin for -, as JSON, and as NDJSON with --ndjson", () => {
    expect(runCli(["validate", "-"], valid)).toEqual({ status: 0, stdout: "<stdin>: valid\n1 document, 1 valid, 0 invalid, 0 problems\n", stderr: "" });
    const ndjson = `${JSON.stringify(japanNorthKorea2004)}\n${JSON.stringify(japanNorthKorea2004)}\n`;
    expect(runCli(["validate", "--ndjson", "-"], ndjson).stdout).toBe(
      "<stdin>: 2 documents, 2 valid, 0 invalid, 0 problems\n2 documents, 2 valid, 0 invalid, 0 problems\n",
    );
  });

  it("reads NDJSON piped to stdin without --ndjson as NDJSON, since its first line is a whole document with more after it", () => {
    const ndjson = `\n${JSON.stringify(japanNorthKorea2004)}\n\n${JSON.stringify(withUnknownKey)}\n${JSON.stringify(japanNorthKorea2004)}\n`;
    const run = runCli(["validate"], ndjson);
    expect(run.stdout).toMatch(/^<stdin>:4:\d+: \/meetings\/1\/venue: unknown key "venue"/);
    expect(run.stdout).toMatch(/\n<stdin>: 3 documents, 2 valid, 1 invalid, 1 problem\n3 documents, 2 valid, 1 invalid, 1 problem\n$/);
    expect(run.status).toBe(1);
    // A pretty-printed document is never taken for NDJSON: its first line alone is not JSON.
    expect(runCli(["validate", "-"], `${valid}\n`).stdout).toBe("<stdin>: valid\n1 document, 1 valid, 0 invalid, 0 problems\n");
  });

  it("says to give --ndjson when JSON text goes on after a whole document", () => {
    const glued = `${JSON.stringify(japanNorthKorea2004)}${JSON.stringify(japanNorthKorea2004)}\n`;
    const pretty = `${valid}\n${valid}\n`;
    for (const text of [glued, pretty]) {
      const run = runCli(["validate"], text);
      expect(run.stdout).toMatch(
        /^<stdin>:\d+:\d+: \/: the text is not valid JSON: .+; the text goes on after one whole document: to check one document a line, give --ndjson or name the file \.ndjson \(invalid-json\)\n/,
      );
      expect(run.status).toBe(3);
    }
  });

  it("prints one JSON report with --json, listing invalid documents and unreadable files", () => {
    const path = file("report.ndjson", `${JSON.stringify(japanNorthKorea2004)}\n${JSON.stringify(withUnknownKey)}\n`);
    const missing = join(directory, "missing.json");
    const run = runCli(["validate", "--json", path, missing]);
    const report = JSON.parse(run.stdout) as { results: unknown[]; summary: unknown };
    expect(report.results).toEqual([
      {
        kind: "invalid-document",
        file: path,
        line: 2,
        problems: [
          expect.objectContaining({
            code: "shape",
            pointer: "/meetings/1/venue",
            path: ["meetings", 1, "venue"],
            zodCode: "unrecognized_keys",
            line: 2,
            column: JSON.stringify(withUnknownKey).indexOf('"Beijing"', JSON.stringify(withUnknownKey).indexOf('"venue"')) + 1,
          }),
        ],
      },
      { kind: "unreadable-file", file: missing, message: `${missing}: no such file` },
    ]);
    expect(report.summary).toEqual({ files: 2, documents: 2, valid: 1, invalid: 1, problems: 1, unreadable: 1, ok: false });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });

  it("says a missing file or a directory cannot be read, checks the other inputs and exits 3", () => {
    const folder = join(directory, "folder.json");
    mkdirSync(folder, { recursive: true });
    const run = runCli(["validate", join(directory, "nowhere.json"), folder, file("ok.json", valid)]);
    expect(run.stderr).toBe(
      `news-events validate: ${join(directory, "nowhere.json")}: no such file\nnews-events validate: ${folder}: is a directory, not a file\n`,
    );
    expect(run.stdout).toBe(`${join(directory, "ok.json")}: valid\n1 document, 1 valid, 0 invalid, 0 problems, 2 unreadable\n`);
    expect(run.status).toBe(3);
  });

  it("refuses a 100 MB JSON file before reading it, saying how to validate more", () => {
    const path = join(directory, "huge.json");
    writeFileSync(path, "");
    truncateSync(path, 100 * 1024 * 1024);
    const run = runCli(["validate", path]);
    expect(run.stderr).toBe(
      `news-events validate: ${path}: 100 MiB, over the 64 MiB limit for one JSON document; put one document a line in an .ndjson file to validate more\n`,
    );
    expect(run.stdout).toBe("0 documents, 0 valid, 0 invalid, 0 problems, 1 unreadable\n");
    expect(run.status).toBe(3);
  });

  it("refuses more than 64 MiB of JSON on stdin without reading on", async () => {
    const run = await runCliStreaming(["validate", "-"], async (stdin) => {
      const block = Buffer.alloc(1024 * 1024, 0x20);
      for (let written = 0; written < 70; written++)
        if (!stdin.write(block)) await new Promise((resolve) => stdin.once("drain", resolve));
    });
    expect(run.stderr).toBe("news-events validate: <stdin>: more than 64 MiB, over the 64 MiB limit for one JSON document; put one document a line in an .ndjson file to validate more\n");
    expect(run.status).toBe(3);
  });

  it("reports a 10 MB NDJSON line as a problem on that line, goes on to the next, and exits 3", () => {
    const long = `{"padding": "${"x".repeat(10 * 1024 * 1024)}"}`;
    const path = file("long-line.ndjson", `${JSON.stringify(japanNorthKorea2004)}\n${long}\n${JSON.stringify(japanNorthKorea2004)}\n`);
    const run = runCli(["validate", path]);
    expect(run.stdout).toBe(
      `${path}:2: /: the line is 10.0 MiB, over the 8 MiB limit for one NDJSON line; it was skipped unread (line-too-long)\n` +
        `${path}: 3 documents, 2 valid, 0 invalid, 1 problem, 1 unreadable\n` +
        "3 documents, 2 valid, 0 invalid, 1 problem, 1 unreadable\n",
    );
    expect(run.status).toBe(3);
  });

  it("shows progress on stderr with --progress and only the report on stdout", () => {
    const path = file("progress.ndjson", `${JSON.stringify(japanNorthKorea2004)}\n`.repeat(3));
    const run = runCli(["validate", "--progress", path]);
    expect(run.stdout).toBe(`${path}: 3 documents, 3 valid, 0 invalid, 0 problems\n3 documents, 3 valid, 0 invalid, 0 problems\n`);
    const updates = run.stderr.split("\n");
    expect(updates.at(-1)).toBe("");
    expect(updates.slice(0, -1).every((update) => /^validating: \d+ documents?, [\d.]+ KiB read, \d+ documents\/s$/.test(update))).toBe(true);
    expect(updates.at(-2)).toMatch(/^validating: 3 documents, /);
  });

  it("never prints a stack trace for bad input", () => {
    for (const run of [
      runCli(["validate", join(directory, "nowhere.json")]),
      runCli(["validate", directory]),
      runCli(["validate", "-"], "{"),
      runCli(["validate", "-"], Buffer.from([0xc3, 0x28])),
    ]) {
      expect(run.status).toBe(3);
      noStackTrace(run.stderr);
      noStackTrace(run.stdout);
    }
  });
});

describe("news-events validate --format", () => {
  it("prints one JSON object a line with --format ndjson: every document, valid ones too, each input, then the totals", () => {
    const path = file("stream.ndjson", `${JSON.stringify(japanNorthKorea2004)}\n${JSON.stringify(withUnknownKey)}\nnot json\n`);
    const missing = join(directory, "absent.ndjson");
    const run = runCli(["validate", "--format", "ndjson", path, missing]);
    const lines = run.stdout.split("\n");
    expect(lines.at(-1)).toBe("");
    const records = lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => [record.kind, record.line])).toEqual([
      ["valid-document", 1],
      ["invalid-document", 2],
      ["unreadable-document", 3],
      ["file", undefined],
      ["unreadable-file", undefined],
      ["summary", undefined],
    ]);
    expect(records[1]).toMatchObject({ file: path, problems: [{ code: "shape", pointer: "/meetings/1/venue", line: 2 }] });
    expect(records[2]).toMatchObject({ file: path, problems: [{ code: "invalid-json", line: 3, column: 1 }] });
    expect(records[3]).toEqual({ kind: "file", file: path, format: "ndjson", documents: 3, valid: 1, invalid: 1, unreadable: 1, problems: 2 });
    expect(records[4]).toEqual({ kind: "unreadable-file", file: missing, message: `${missing}: no such file` });
    expect(records[5]).toEqual({ kind: "summary", files: 2, documents: 3, valid: 1, invalid: 1, unreadable: 2, problems: 2, ok: false });
    expect(run.status).toBe(3);
  });

  it("takes --json as --format json, and refuses an unknown format or two at once with exit code 2", () => {
    const path = file("one.json", valid);
    expect(runCli(["validate", "--json", path]).stdout).toBe(runCli(["validate", "--format", "json", path]).stdout);
    expect(JSON.parse(runCli(["validate", "--format", "json", path]).stdout)).toEqual({
      results: [],
      summary: { files: 1, documents: 1, valid: 1, invalid: 0, unreadable: 0, problems: 0, ok: true },
    });
    expect(runCli(["validate", "--format", "xml", path])).toEqual({
      status: 2,
      stdout: "",
      stderr: 'news-events validate: --format must be one of pretty, json, ndjson, not "xml"\n',
    });
    expect(runCli(["validate", "--json", "--format", "ndjson", path]).status).toBe(2);
  });
});

describe("news-events validate with no documents", () => {
  it("does not call zero documents a success: an empty NDJSON input or one of blank lines exits 3 and says why", () => {
    for (const content of ["", "\n\n  \n"]) {
      const path = file("empty.ndjson", content);
      const run = runCli(["validate", path]);
      expect(run.stdout).toBe(`${path}: 0 documents, 0 valid, 0 invalid, 0 problems\n0 documents, 0 valid, 0 invalid, 0 problems\n`);
      expect(run.stderr).toBe("news-events validate: no documents were found: the inputs are empty or hold only blank lines\n");
      expect(run.status).toBe(3);
    }
    const json = runCli(["validate", "--json", file("nothing.ndjson", "")]);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { documents: 0, ok: false } });
    expect(json.status).toBe(3);
  });

  it("calls an empty JSON input unreadable, not valid", () => {
    const run = runCli(["validate", "-"], "");
    expect(run.stdout).toMatch(/^<stdin>:1:1: \/: the text is not valid JSON: .+ \(invalid-json\)\n/);
    expect(run.status).toBe(3);
  });
});
