import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CORPUS_TABLES } from "./tables.js";
import { openDuckDb, sqlString } from "./duckdb.js";

/**
 * The answer of {@link queryCorpus}: the columns and rows of the result, as JSON values
 * (a 64-bit integer beyond 2^53 as text, a date as `YYYY-MM-DD`).
 *
 * @group Corpora
 */
export interface QueryResult {
  /** The result's column names, in order. */
  readonly columns: readonly string[];
  /** Its rows, each an object keyed by column name. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/**
 * Runs SQL over a corpus exported by {@link writeCorpusParquet}, with DuckDB: each table
 * is a view of its name (`documents`, `actors`, `places`, `events`, `event_participants`,
 * `mentions`) over its Parquet files, with `date` read from the Hive partitions.
 *
 * @remarks Needs the optional peer dependency `@duckdb/node-api`. A table with no rows in
 * the export has no view. The SQL is the user's own and runs with DuckDB's full powers on
 * this machine: never pass it text from someone else.
 * @example
 * ```ts
 * const { rows } = await queryCorpus("corpus", "SELECT plover_type, count(*) AS n FROM events GROUP BY ALL ORDER BY n DESC");
 * ```
 * @group Corpora
 */
export async function queryCorpus(directory: string, sql: string): Promise<QueryResult> {
  const root = resolve(directory);
  const present = new Set(await readdir(root).catch(() => [] as string[]));
  const duckdb = await openDuckDb();
  const connection = await duckdb.connect();
  try {
    for (const table of CORPUS_TABLES) {
      if (!present.has(table.name)) continue;
      const files = sqlString(join(root, table.name, "**", "*.parquet"));
      await connection.run(`CREATE VIEW ${table.name} AS SELECT * FROM read_parquet(${files}, hive_partitioning = true, hive_types = {'date': DATE})`);
    }
    const reader = await connection.runAndReadAll(sql);
    // DuckDB's JSON form writes every 64-bit integer (a count, too) as text; one that a
    // JavaScript number holds exactly becomes a number.
    const types = reader.columnTypes();
    const integers = reader.columnNames().filter((_, index) => /^(BIGINT|HUGEINT|UBIGINT|UHUGEINT)$/.test(String(types[index])));
    const rows = reader.getRowObjectsJson().map((row) => {
      const out: Record<string, unknown> = { ...row };
      for (const name of integers) {
        const value = out[name];
        if (typeof value === "string" && Number.isSafeInteger(Number(value))) out[name] = Number(value);
      }
      return out;
    });
    return { columns: reader.columnNames(), rows };
  } finally {
    connection.closeSync();
  }
}
