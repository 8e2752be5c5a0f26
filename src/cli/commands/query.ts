import { chosenFormat, CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";

/** The formats of `news-events query --format`, with what each prints. */
export const QUERY_FORMATS = {
  table: "a table with a header, one row a line, then the row count (the default)",
  json: "a JSON array of the rows, one object a line, keyed by column name",
  ndjson: "one JSON object a line, one per row",
} as const;

/** A format of the query's result. */
export type QueryFormat = keyof typeof QUERY_FORMATS;

const formats = Object.keys(QUERY_FORMATS) as QueryFormat[];

/** `news-events query <dir> <sql>`: SQL over the Parquet tables that `export --to parquet` wrote. */
export const query = defineCommand({
  name: "query",
  synopsis: '[--format table|json|ndjson] [--json] <dir> "<sql>"',
  summary: "run SQL over the Parquet tables of an exported corpus",
  help: `Runs SQL with DuckDB over the tables that news-events export --to parquet wrote
under <dir>: each table is a view of its name (documents, actors, places, events,
event_participants, mentions), with date read from the partition directories.
A table with no rows in the export has no view.

  news-events query corpus "SELECT plover_type, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC"

SQL that DuckDB refuses is reported with DuckDB's message, exit code 2; a
directory that holds no exported table, exit code 3. The SQL runs with DuckDB's
full powers on this machine (it can read and write files): run only your own.
Needs the optional peer dependency @duckdb/node-api (npm install @duckdb/node-api).

Options:
  --format <format>  how to print the result:
${formats.map((format) => `                       ${format.padEnd(8)}${QUERY_FORMATS[format]}`).join("\n")}
  --json             the same as --format json
  -h, --help         show this help

In a table, a missing value shows as NULL, a list as JSON, and text over 60
characters is cut short with …; json and ndjson give every value whole (a 64-bit
integer beyond 2^53 as text, a date as YYYY-MM-DD).
`,
  options: { json: { type: "boolean" }, format: { type: "string" } },
  positionals: { max: 2, noun: "argument" },
  async run({ values, positionals }, io) {
    const format = chosenFormat("query", values, formats, "table");
    const [directory, sql] = positionals;
    if (directory === undefined || sql === undefined)
      throw new CliError('news-events query: give the directory of the exported tables and the SQL: news-events query <dir> "<sql>"', EXIT.usage);
    if (sql.trim() === "") throw new CliError("news-events query: the SQL is empty", EXIT.usage);
    const { runQuery } = await import("../query-corpus.js");
    return runQuery(directory, sql, format, io);
  },
});
