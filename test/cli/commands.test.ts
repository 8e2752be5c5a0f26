import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { summarize } from "../../src/describe/summarize.js";
import { timeline } from "../../src/describe/timeline.js";
import * as exportFunctions from "../../src/export/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { jsonSchemaFor, SCHEMA_CONCEPTS } from "../../src/export/json-schema.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { root, runCli } from "./cli.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-commands-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const COMMANDS = ["validate", "summary", "timeline", "schema", "export"];

describe("news-events", () => {
  it("prints the version of its package.json with --version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"])).toEqual({ status: 0, stdout: `${version}\n`, stderr: "" });
    expect(runCli(["-v"]).stdout).toBe(`${version}\n`);
  });

  it("lists every command in its help", () => {
    const run = runCli(["--help"]);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  it("prints each command's own help with --help, and the same with help <command>", () => {
    for (const command of COMMANDS) {
      const run = runCli([command, "--help"]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: news-events ${command} `));
    }
    expect(runCli(["help", "timeline"]).stdout).toBe(runCli(["timeline", "-h"]).stdout);
  });

  it("prints the help on stderr and exits 2 when given no command", () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^news-events: validate, describe and export/);
  });

  it("rejects an unknown command or option with a message and exit code 2, never a stack trace", () => {
    expect(runCli(["frobnicate"])).toEqual({
      status: 2,
      stdout: "",
      stderr: 'news-events: unknown command "frobnicate"; the commands are validate, summary, timeline, schema, export; see news-events --help\n',
    });
    expect(runCli(["--frobnicate"]).stderr).toBe(
      'news-events: unknown option "--frobnicate"; the commands are validate, summary, timeline, schema, export; see news-events --help\n',
    );
    expect(runCli(["validate", "--frobnicate", "x.json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "news-events validate: unknown option '--frobnicate'; see news-events validate --help\n",
    });
    expect(runCli(["summary", "a.json", "b.json"])).toEqual({
      status: 2,
      stdout: "",
      stderr: "news-events summary: takes at most one file, got 2: a.json b.json\n",
    });
    expect(runCli(["export", "--to"]).stderr).toBe("news-events export: option '--to <value>' argument missing; see news-events export --help\n");
  });
});

describe("news-events schema", () => {
  it("prints the JSON Schema of a whole document by default", () => {
    const run = runCli(["schema"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(jsonSchemaFor("document"));
  });

  it("prints the JSON Schema of a named concept, and lists the names with --list", () => {
    expect(JSON.parse(runCli(["schema", "meeting"]).stdout)).toEqual(jsonSchemaFor("meeting"));
    expect(runCli(["schema", "--list"]).stdout).toBe(`${Object.keys(SCHEMA_CONCEPTS).join("\n")}\n`);
  });

  it("rejects an unknown schema name, listing the names there are", () => {
    expect(runCli(["schema", "unicorn"])).toEqual({
      status: 2,
      stdout: "",
      stderr: `news-events schema: there is no schema named "unicorn"; use one of ${Object.keys(SCHEMA_CONCEPTS).join(", ")}\n`,
    });
  });
});

describe("news-events summary and timeline", () => {
  it("summarizes the embedded example document when given no file", () => {
    expect(runCli(["summary"])).toEqual({ status: 0, stdout: `${summarize(japanNorthKorea2004)}\n`, stderr: "" });
  });

  it("summarizes a document from a file or from stdin", () => {
    const text = JSON.stringify(japanNorthKorea2004);
    const path = join(directory, "document.json");
    writeFileSync(path, text);
    expect(runCli(["summary", path]).stdout).toBe(`${summarize(japanNorthKorea2004)}\n`);
    expect(runCli(["summary", "-"], text).stdout).toBe(`${summarize(japanNorthKorea2004)}\n`);
  });

  it("lists the timeline one entry a line, when and then what, marking what did not happen", () => {
    const entries = timeline(japanNorthKorea2004);
    const run = runCli(["timeline"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(entries.length);
    entries.forEach((entry, index) => {
      expect(lines[index]!.startsWith(entry.when)).toBe(true);
      expect(lines[index]!.endsWith(entry.mode === "happened" ? entry.what : `${entry.what} [${entry.mode}]`)).toBe(true);
    });
  });

  it("lists only the entries of one mode with --mode, and rejects an unknown mode", () => {
    const planned = timeline(japanNorthKorea2004, { mode: "planned" });
    const lines = runCli(["timeline", "--mode", "planned"]).stdout.trimEnd().split("\n");
    const width = Math.max(...planned.map((entry) => entry.when.length));
    expect(lines).toEqual(planned.map((entry) => `${entry.when.padEnd(width)}  ${entry.what} [planned]`));
    expect(runCli(["timeline", "--mode", "someday"])).toEqual({
      status: 2,
      stdout: "",
      stderr: 'news-events timeline: --mode must be one of happened, planned, called-off, not "someday"\n',
    });
  });

  it("refuses an invalid document, listing its problems with their places, and exits 1", () => {
    const path = join(directory, "broken.json");
    writeFileSync(path, '{\n  "schemaVersion": 1,\n  "article": 7\n}');
    const run = runCli(["summary", path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^${path} is not a valid document \\(\\d+ problems\\):\\n`));
    expect(run.stderr).toContain(`  ${path}:3:14: /article: `);
  });

  it("says a missing file cannot be read", () => {
    expect(runCli(["timeline", join(directory, "absent.json")])).toEqual({
      status: 1,
      stdout: "",
      stderr: `${join(directory, "absent.json")}: no such file\n`,
    });
  });
});

const exporters = { ...exportFunctions, toJsonLd };

describe("news-events export", () => {
  const available = (name: string) => typeof (exporters as Record<string, unknown>)[name] === "function";

  it.each([
    ["jsonld", "toJsonLd"],
    ["plover", "toPloverEvents"],
    ["mermaid", "toMermaidGraph"],
  ])("writes --to %s with %s, or says plainly that this build lacks it", (target, name) => {
    const run = runCli(["export", "--to", target]);
    if (available(name)) {
      expect(run.status).toBe(0);
      const output = ((exporters as Record<string, unknown>)[name] as (document: unknown) => unknown)(japanNorthKorea2004);
      expect(run.stdout).toBe(typeof output === "string" ? `${output.replace(/\n$/, "")}\n` : `${JSON.stringify(output, null, 2)}\n`);
    } else {
      expect(run).toEqual({
        status: 1,
        stdout: "",
        stderr: `news-events export: --to ${target} is not available in this build of news-event-models (it has no ${name})\n`,
      });
    }
  });

  it("asks for a format when --to is missing or unknown", () => {
    expect(runCli(["export"])).toEqual({ status: 2, stdout: "", stderr: "news-events export: say which format with --to jsonld|plover|mermaid\n" });
    expect(runCli(["export", "--to", "pdf"]).stderr).toBe('news-events export: --to must be one of jsonld, plover, mermaid, not "pdf"\n');
  });
});
