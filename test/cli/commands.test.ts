import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS as REGISTRY } from "../../src/cli/commands/index.js";
import { describeEntity } from "../../src/describe/describe-entity.js";
import { summarize } from "../../src/describe/summarize.js";
import { timeline } from "../../src/describe/timeline.js";
import * as exportFunctions from "../../src/export/index.js";
import { toJsonLd } from "../../src/jsonld/index.js";
import { jsonSchemaFor, SCHEMA_CONCEPTS } from "../../src/export/json-schema.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { indexDocument } from "../../src/query/index-document.js";
import { root, runCli } from "./cli.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-commands-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const COMMANDS = REGISTRY.map((command) => command.name);

// The relative modules a file imports for their values (type-only imports left out).
function valueImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^import (?!type )[^;]*? from "(\.{1,2}\/[^"]+)";/gm)].map((match) => resolve(dirname(file), match[1]!));
}

describe("the command registry", () => {
  it("lists each command once, in the order the help shows them", () => {
    expect(new Set(COMMANDS).size).toBe(COMMANDS.length);
    const help = runCli(["--help"]).stdout;
    const places = COMMANDS.map((name) => help.indexOf(`\n  ${name} `));
    expect(places.every((place) => place > 0)).toBe(true);
    expect(places).toEqual([...places].sort((a, b) => a - b));
  });

  it("loads no library module before a command runs, so --help and usage errors answer at once", () => {
    const cliFolder = join(root, "src", "cli");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of valueImports(file)) visit(imported.replace(/\.js$/, ".ts"));
    };
    visit(join(cliFolder, "run.ts"));
    for (const file of readdirSync(join(cliFolder, "commands"))) visit(join(cliFolder, "commands", file));
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((file) => !file.startsWith(`${cliFolder}/`))).toEqual([]);
  });
});

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
      stderr: 'news-events: unknown command "frobnicate"; the commands are validate, summary, timeline, schema, export, query, score, ingest; see news-events --help\n',
    });
    expect(runCli(["--frobnicate"]).stderr).toBe(
      'news-events: unknown option "--frobnicate"; the commands are validate, summary, timeline, schema, export, query, score, ingest; see news-events --help\n',
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

  it("finds a schema whatever the case and punctuation of its name", () => {
    const meeting = runCli(["schema", "meeting"]).stdout;
    for (const name of ["Meeting", "MEETING"]) expect(runCli(["schema", name])).toEqual({ status: 0, stdout: meeting, stderr: "" });
    expect(JSON.parse(runCli(["schema", "LLM_Document"]).stdout)).toEqual(jsonSchemaFor("llm-document"));
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

  it("refuses text that is not JSON as an input error (exit 3)", () => {
    const run = runCli(["summary", "-"], "{");
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^<stdin> is not a valid document \(1 problem\):\n  <stdin>:1:2: \/: the text is not valid JSON/);
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

  it("says a missing file cannot be read, with the exit code of an input error", () => {
    expect(runCli(["timeline", join(directory, "absent.json")])).toEqual({
      status: 3,
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
    ["plover", "toPloverJsonLines"],
    ["mermaid", "toMermaidGraph"],
  ])("writes --to %s with %s, or says plainly that this build lacks it", (target, name) => {
    const run = runCli(["export", "--to", target]);
    if (available(name)) {
      expect(run.status).toBe(0);
      const output = ((exporters as Record<string, unknown>)[name] as (document: unknown) => unknown)(japanNorthKorea2004);
      expect(run.stdout).toBe(typeof output === "string" ? `${output.replace(/\n$/, "")}\n` : `${JSON.stringify(output, null, 2)}\n`);
    } else {
      expect(run).toEqual({
        status: 2,
        stdout: "",
        stderr: `news-events export: --to ${target} is not available in this build of news-event-models (it has no ${name})\n`,
      });
    }
  });

  it("asks for a format when --to is missing or unknown", () => {
    expect(runCli(["export"])).toEqual({ status: 2, stdout: "", stderr: "news-events export: say which format with --to jsonld|plover|mermaid|parquet\n" });
    expect(runCli(["export", "--to", "pdf"]).stderr).toBe('news-events export: --to must be one of jsonld, plover, mermaid, parquet, not "pdf"\n');
  });
});

describe("news-events summary --json and timeline --json", () => {
  it("prints the summary as one JSON object: its text, the article's facts, each object described, and the timeline", () => {
    const run = runCli(["summary", "--json"]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as {
      text: string;
      article: Record<string, unknown>;
      entities: { id: string; kind: string; description: string }[];
      timeline: { id: string; when: string }[];
    };
    expect(result.text).toBe(summarize(japanNorthKorea2004));
    expect(result.article).toEqual({ ...pick(japanNorthKorea2004.article, ["headline", "publisher", "published", "referenceDate", "url"]) });
    const index = indexDocument(japanNorthKorea2004);
    expect(result.entities.map((entity) => entity.id)).toEqual([...index.entities.keys()]);
    for (const entity of result.entities) expect(entity.description).toBe(describeEntity(index, entity.id));
    expect(result.timeline.map((entry) => entry.when)).toEqual(timeline(japanNorthKorea2004).map((entry) => entry.when));
  });

  it("prints the timeline as a JSON array, one entry a line, with --mode applied", () => {
    const run = runCli(["timeline", "--json", "--mode", "planned"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    const planned = timeline(japanNorthKorea2004, { mode: "planned" });
    expect(lines).toHaveLength(planned.length + 2);
    const entries = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(entries).toEqual(
      planned.map((entry) =>
        expect.objectContaining({
          id: entry.subject.entity.id,
          kind: entry.subject.kind,
          timeId: entry.time.id,
          mode: "planned",
          when: entry.when,
          what: entry.what,
          earliest: entry.earliest ?? null,
          latest: entry.latest ?? null,
        }),
      ),
    );
  });
});

function pick<Value extends object, Key extends keyof Value>(value: Value, keys: readonly Key[]): Partial<Pick<Value, Key>> {
  return Object.fromEntries(keys.filter((key) => value[key] !== undefined).map((key) => [key, value[key]])) as Partial<Pick<Value, Key>>;
}
