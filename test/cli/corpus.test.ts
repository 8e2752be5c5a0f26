// `news-events export --to parquet` and `news-events query`, run as the built program,
// with the tables read back by DuckDB itself.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentRows } from "../../src/corpus/index.js";
import { toPloverEvents } from "../../src/export/to-plover-events.js";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { NewsDocument } from "../../src/index.js";
import { smallDocument as smallInput } from "../support/small-document.js";
import { runCli, runCliAsync } from "./cli.js";

const scratch = mkdtempSync(join(tmpdir(), "news-events-corpus-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const small = NewsDocument.parse(smallInput());
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

/** Every row of a query that DuckDB runs straight on the files, as JSON values. */
async function readWithDuckDb(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}

const events = (directory: string) => `read_parquet('${join(directory, "events", "**", "*.parquet")}', hive_partitioning = true)`;

let fixtureDirectory: string;
beforeAll(() => {
  fixtureDirectory = join(scratch, "fixture");
  const run = runCli(["export", "--to", "parquet", fixtureDirectory]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
});

describe("news-events export --to parquet", () => {
  it("writes the embedded example's tables, one row per event, coded as toPloverEvents codes them", async () => {
    const [row] = await readWithDuckDb(`SELECT count(*) AS events, count(plover_type) AS coded FROM ${events(fixtureDirectory)}`);
    expect(Number(row!.events)).toBe(documentRows(fixture).events.length);
    expect(Number(row!.coded)).toBe(toPloverEvents(fixture).events.length);
    const codes = await readWithDuckDb(`SELECT event_id, plover_type FROM ${events(fixtureDirectory)} WHERE plover_type IS NOT NULL ORDER BY event_id`);
    expect(codes).toEqual(
      toPloverEvents(fixture)
        .events.map((event) => ({ event_id: event.id, plover_type: event.eventType }))
        .sort((a, b) => (a.event_id < b.event_id ? -1 : 1)),
    );
  });

  it("partitions each table by date in Hive style", () => {
    const partitions = readdirSync(join(fixtureDirectory, "events"));
    expect(partitions).toContain("date=2004-02-25");
    expect(new Set(partitions)).toEqual(new Set(documentRows(fixture).events.map((event) => `date=${event.date ?? "__HIVE_DEFAULT_PARTITION__"}`)));
  });

  it("prints the directory, the document count and each table's rows", () => {
    const directory = join(scratch, "printed");
    const run = runCli(["export", "--to", "parquet", directory]);
    const rows = documentRows(fixture);
    expect(run.stdout.split("\n")[0]).toBe(`${directory}: 1 document`);
    expect(run.stdout).toMatch(new RegExp(`\\n  events +${rows.events.length} rows\\n`));
    expect(run.stdout).toMatch(new RegExp(`\\n  mentions +${rows.mentions.length} rows\\n`));
  });

  it("reads an NDJSON corpus from stdin, skipping blank lines", async () => {
    const directory = join(scratch, "ndjson");
    const input = `${JSON.stringify(fixture)}\n\n${JSON.stringify(small)}\n`;
    const run = runCli(["export", "--to", "parquet", directory, "-"], input);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(`${directory}: 2 documents`);
    const [row] = await readWithDuckDb(`SELECT count(*) AS events FROM ${events(directory)}`);
    expect(Number(row!.events)).toBe(documentRows(fixture).events.length + documentRows(small).events.length);
  });

  it("reads one JSON document from a file", () => {
    const path = join(scratch, "small.json");
    writeFileSync(path, JSON.stringify(small, null, 2));
    const run = runCli(["export", "--to", "parquet", join(scratch, "small"), path]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(`${join(scratch, "small")}: 1 document`);
  });

  it("stops at an invalid line of a corpus, naming it, and writes nothing", () => {
    const directory = join(scratch, "refused");
    const broken = structuredClone(small) as unknown as { actors: Record<string, unknown>[] };
    broken.actors[0]!.nickname = "x";
    const path = join(scratch, "broken.ndjson");
    writeFileSync(path, `${JSON.stringify(small)}\n${JSON.stringify(broken)}\n`);
    const run = runCli(["export", "--to", "parquet", directory, path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path}:2 is not a valid document (1 problem); nothing was written:`);
    expect(run.stderr).toMatch(/\/actors\/0\/nickname: unknown key "nickname"/);
    noStackTrace(run.stderr);
    expect(existsSync(directory)).toBe(false);
  });

  it("reports a line that is not JSON as an input error", () => {
    const path = join(scratch, "not-json.ndjson");
    writeFileSync(path, `${JSON.stringify(small)}\n{oops\n`);
    const run = runCli(["export", "--to", "parquet", join(scratch, "not-json"), path]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`${path}:2 is not a valid document`);
    expect(run.stderr).toContain("(invalid-json)");
  });

  it("asks for the directory when none is given", () => {
    const run = runCli(["export", "--to", "parquet"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("news-events export: --to parquet needs the directory to write the tables to: news-events export --to parquet <dir> [file]\n");
  });

  it("names the package and how to install it when DuckDB cannot be loaded, and exits 2", async () => {
    // A module hook that makes @duckdb/node-api impossible to resolve, as where it is not installed.
    const hooks = join(scratch, "no-duckdb-hooks.mjs");
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
  if (specifier.startsWith("@duckdb/")) throw Object.assign(new Error("Cannot find package '" + specifier + "'"), { code: "ERR_MODULE_NOT_FOUND" });
  return next(specifier, context);
}\n`,
    );
    const register = join(scratch, "no-duckdb.mjs");
    writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const directory = join(scratch, "no-duckdb");
    for (const args of [["export", "--to", "parquet", directory], ["query", fixtureDirectory, "SELECT 1"]]) {
      const run = await runCliAsync(args, { node: ["--import", pathToFileURL(register).href] });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(/needs DuckDB's Node API, the optional peer dependency @duckdb\/node-api, .*install it beside news-event-models: npm install @duckdb\/node-api\n$/);
      noStackTrace(run.stderr);
    }
    expect(existsSync(directory)).toBe(false);
  });
});

describe("news-events query", () => {
  it("counts the events as the export function makes them", () => {
    const run = runCli(["query", "--json", fixtureDirectory, "SELECT count(*) AS n FROM events"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ n: documentRows(fixture).events.length }]);
  });

  it("prints a table with a header, a rule, the rows and the count", () => {
    const run = runCli(["query", fixtureDirectory, "SELECT plover_type, count(*) AS n FROM events WHERE plover_type = 'CONSULT' GROUP BY ALL"]);
    const consults = toPloverEvents(fixture).events.filter((event) => event.eventType === "CONSULT").length;
    const n = String(consults);
    expect(run.stdout).toBe(`plover_type  ${"n".padStart(n.length)}\n-----------  ${"-".repeat(n.length)}\nCONSULT      ${n}\n(1 row)\n`);
    expect(run.status).toBe(0);
  });

  it("prints one JSON object a line with --format ndjson, with dates as YYYY-MM-DD and NULL as null", () => {
    const run = runCli(["query", "--format", "ndjson", fixtureDirectory, "SELECT event_id, date, plover_type FROM events ORDER BY date NULLS LAST, event_id"]);
    const rows = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(documentRows(fixture).events.length);
    expect(rows[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.some((row) => row.plover_type === null)).toBe(true);
  });

  it("reports SQL that DuckDB refuses with its message and exits 2, with no stack trace", () => {
    const run = runCli(["query", fixtureDirectory, "SELEC count(*) FROM events"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^news-events query: DuckDB refused the SQL: Parser Error: syntax error at or near "SELEC"/);
    noStackTrace(run.stderr);
    const missing = runCli(["query", fixtureDirectory, "SELECT * FROM meetings"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^news-events query: DuckDB refused the SQL: Catalog Error: Table with name meetings does not exist/);
  });

  it("refuses a directory that holds no exported table, and a missing one, with exit code 3", () => {
    const empty = mkdtempSync(join(scratch, "empty-"));
    const run = runCli(["query", empty, "SELECT 1"]);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(`news-events query: ${empty} holds none of the corpus tables (documents, actors`);
    const missing = runCli(["query", join(scratch, "missing"), "SELECT 1"]);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toBe(`news-events query: ${join(scratch, "missing")}: no such directory\n`);
  });

  it("is a usage error without SQL, or with an unknown format", () => {
    expect(runCli(["query", fixtureDirectory]).status).toBe(2);
    const format = runCli(["query", "--format", "csv", fixtureDirectory, "SELECT 1"]);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe('news-events query: --format must be one of table, json, ndjson, not "csv"\n');
  });
});
