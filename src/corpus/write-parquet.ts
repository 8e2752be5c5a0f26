import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { NewsDocument } from "../model/document.js";
import { CORPUS_TABLES, COLUMN_TYPES, type TableName } from "./tables.js";
import { documentRows, type CorpusIds } from "./document-rows.js";
import { openDuckDb, sqlString } from "./duckdb.js";

/**
 * How {@link writeCorpusParquet} writes.
 *
 * @group Corpora
 */
export interface WriteParquetOptions {
  /** Corpus-wide ids for each document, by its position in the input (from {@link mergeCorpus}). */
  readonly corpusIds?: (index: number) => CorpusIds | undefined;
  /** The largest row group, in bytes, before compression: 16 MiB by default, as warehouses prefer. */
  readonly rowGroupBytes?: number;
  /**
   * How much memory DuckDB may use while it writes the tables, in DuckDB's units
   * (`"512MB"`, `"2GB"`); DuckDB's own default (80% of the machine's memory) where
   * absent. The rows are streamed to disk before DuckDB runs, so the JavaScript side of
   * the export needs the same memory whatever the corpus size; DuckDB's partitioned
   * writer keeps a row group open for each date it is writing (about 1.3 GB for a
   * corpus of 1,000 distinct dates), and fails with an out-of-memory error when this
   * limit cannot hold them.
   */
  readonly memoryLimit?: string;
}

/**
 * What {@link writeCorpusParquet} wrote.
 *
 * @group Corpora
 */
export interface WriteParquetResult {
  /** How many documents were read. */
  readonly documents: number;
  /** How many rows each table got. */
  readonly rows: Readonly<Record<TableName, number>>;
  /** The directory written, absolute. */
  readonly directory: string;
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, "drain");
}

/**
 * Writes a corpus as Parquet tables, one directory per table of {@link CORPUS_TABLES},
 * each partitioned by date in Hive style (`events/date=2004-02-25/data_0.parquet`, and
 * `date=__HIVE_DEFAULT_PARTITION__` for rows with no date).
 *
 * @remarks The rows of each document ({@link documentRows}) are streamed to a temporary
 * file per table as they come, so memory stays flat whatever the corpus size; DuckDB
 * then writes each table with the column types the table definition gives. Needs the
 * optional peer dependency `@duckdb/node-api`; without it the promise rejects with a
 * message saying how to install it. The documents must be valid ({@link news-event-models!validateDocument}).
 * @param documents - The documents, in any iterable or async iterable.
 * @param directory - Where to write; existing files of the same names are replaced.
 * @example
 * ```ts
 * const result = await writeCorpusParquet([fixture], "corpus");
 * result.rows.events;
 * ```
 * @group Corpora
 */
export async function writeCorpusParquet(
  documents: Iterable<NewsDocument> | AsyncIterable<NewsDocument>,
  directory: string,
  options: WriteParquetOptions = {},
): Promise<WriteParquetResult> {
  const duckdb = await openDuckDb();
  const scratch = await mkdtemp(join(tmpdir(), "news-events-parquet-"));
  const rows = Object.fromEntries(CORPUS_TABLES.map((table) => [table.name, 0])) as Record<TableName, number>;
  try {
    const streams = new Map(CORPUS_TABLES.map((table) => [table.name, createWriteStream(join(scratch, `${table.name}.ndjson`))] as const));
    let count = 0;
    for await (const document of documents) {
      const tables = documentRows(document, options.corpusIds?.(count));
      count += 1;
      for (const table of CORPUS_TABLES) {
        const stream = streams.get(table.name)!;
        for (const row of tables[table.name]) await writeLine(stream, `${JSON.stringify(row)}\n`);
        rows[table.name] += tables[table.name].length;
      }
    }
    await Promise.all([...streams.values()].map((stream) => new Promise((done) => stream.end(done))));

    const target = resolve(directory);
    await mkdir(target, { recursive: true });
    const connection = await duckdb.connect();
    // Row groups sized in bytes need DuckDB free to reorder rows; the partitions keep their dates.
    await connection.run("SET preserve_insertion_order = false");
    if (options.memoryLimit !== undefined) await connection.run(`SET memory_limit = ${sqlString(options.memoryLimit)}`);
    await connection.run(`SET temp_directory = ${sqlString(join(scratch, "spill"))}`);
    for (const table of CORPUS_TABLES) {
      const out = join(target, table.name);
      await rm(out, { recursive: true, force: true });
      if (rows[table.name] === 0) continue;
      const columns = table.columns.map((column) => `${sqlString(column.name)}: ${sqlString(COLUMN_TYPES[column.type].duckdb)}`).join(", ");
      const source = `read_json(${sqlString(join(scratch, `${table.name}.ndjson`))}, format = 'newline_delimited', columns = {${columns}})`;
      await connection.run(
        `COPY (SELECT * FROM ${source}) TO ${sqlString(out)} (FORMAT parquet, PARTITION_BY (date), ROW_GROUP_SIZE_BYTES ${options.rowGroupBytes ?? 16 * 1024 * 1024})`,
      );
    }
    connection.closeSync();
    return { documents: count, rows, directory: target };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
