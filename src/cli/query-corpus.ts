// The work of `news-events query`: check the directory, run the SQL, print the rows.
import { stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { queryCorpus, type QueryResult } from "../corpus/query-corpus.js";
import { CORPUS_TABLES } from "../corpus/tables.js";
import { CliError } from "./command.js";
import type { QueryFormat } from "./commands/query.js";
import { escapeControl, escapeControlKeepingLines, toJsonLine } from "./escape-control.js";
import { EXIT } from "./exit-codes.js";
import { plural } from "./format-quantity.js";
import type { CliIo } from "./output.js";
import { requireDuckDb } from "./require-duckdb.js";

/** The widest a text cell of a table is printed, in characters. */
const CELL_WIDTH = 60;

/** A value as a table cell shows it: NULL, a number, text cut short, a list as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  const text = typeof value === "string" ? escapeControl(value) : typeof value === "object" ? toJsonLine(value) : String(value);
  return text.length > CELL_WIDTH ? `${text.slice(0, CELL_WIDTH - 1)}…` : text;
}

/** The rows as a table: a header, a rule, a row a line (numbers to the right), then the count. */
export function formatTable(result: QueryResult): string[] {
  const header = result.columns.map((column) => escapeControl(column));
  const cells = result.rows.map((row) => result.columns.map((column) => cellText(row[column])));
  const numeric = result.columns.map((column) => result.rows.length > 0 && result.rows.every((row) => row[column] === null || typeof row[column] === "number"));
  const widths = header.map((name, index) => Math.max(name.length, ...cells.map((row) => row[index]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(line), `(${plural(result.rows.length, "row")})`];
}

/**
 * Runs SQL over an exported corpus and prints the result in a format; returns the exit
 * code. A directory with no exported table is an input error (3); SQL that DuckDB
 * refuses, a usage error (2) with DuckDB's own message; files DuckDB cannot read, an
 * input error.
 */
export async function runQuery(directory: string, sql: string, format: QueryFormat, io: CliIo): Promise<number> {
  const info = await stat(directory).catch(() => undefined);
  if (info === undefined) throw new CliError(`news-events query: ${escapeControl(directory)}: no such directory`, EXIT.input);
  if (!info.isDirectory()) throw new CliError(`news-events query: ${escapeControl(directory)}: is a file, not the directory of an exported corpus`, EXIT.input);
  if (!CORPUS_TABLES.some((table) => existsSync(join(directory, table.name))))
    throw new CliError(
      `news-events query: ${escapeControl(directory)} holds none of the corpus tables (${CORPUS_TABLES.map((table) => table.name).join(", ")}); write them with news-events export --to parquet ${escapeControl(directory)} corpus.ndjson`,
      EXIT.input,
    );
  await requireDuckDb("query");
  let result: QueryResult;
  try {
    result = await queryCorpus(directory, sql);
  } catch (error) {
    const message = escapeControlKeepingLines((error instanceof Error ? error.message : String(error)).trim().replace(/\n\s*\n/g, "\n"));
    // DuckDB names the kind of error first: "Parser Error: …", "IO Error: …".
    const unreadable = /^IO Error/.test(message);
    throw new CliError(`news-events query: ${unreadable ? "DuckDB cannot read the tables" : "DuckDB refused the SQL"}: ${message}`, unreadable ? EXIT.input : EXIT.usage);
  }
  if (format === "table") {
    for (const line of formatTable(result)) await io.stdout.write(`${line}\n`);
  } else if (format === "ndjson") {
    for (const row of result.rows) await io.stdout.write(`${toJsonLine(row)}\n`);
  } else {
    await io.stdout.write("[");
    for (const [index, row] of result.rows.entries()) await io.stdout.write(`${index === 0 ? "" : ","}\n${toJsonLine(row)}`);
    await io.stdout.write(`${result.rows.length === 0 ? "" : "\n"}]\n`);
  }
  return EXIT.success;
}
