import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { CORPUS_TABLES, corpusSchemaBundle, documentIdOf, documentRows, queryCorpus, writeCorpusParquet, type WriteParquetResult } from "../../src/corpus/index.js";
import { toPloverEvents } from "../../src/export/to-plover-events.js";
import { NewsDocument } from "../../src/index.js";
import { smallDocument as smallInput } from "../support/small-document.js";

const smallDocument = () => NewsDocument.parse(smallInput());

let directory: string;
let result: WriteParquetResult;

async function parquetFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((entry) => entry.endsWith(".parquet")).map((entry) => join(root, entry)).sort();
}

/** Every row of a table as hyparquet reads it, with `date` taken from its Hive directory. */
async function readTable(name: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const path of await parquetFiles(join(directory, name))) {
    const partition = /date=([^/]+)/.exec(relative(directory, path))![1]!;
    const file = await asyncBufferFromFile(path);
    for (const row of await parquetReadObjects({ file })) rows.push({ ...row, date: partition === "__HIVE_DEFAULT_PARTITION__" ? null : partition });
  }
  return rows;
}

const sortRows = (rows: readonly Record<string, unknown>[]) => [...rows].map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "corpus-test-"));
  result = await writeCorpusParquet([fixture, smallDocument()], directory);
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe("writeCorpusParquet", () => {
  it("counts the documents and each table's rows as documentRows makes them", () => {
    const [a, b] = [documentRows(fixture), documentRows(smallDocument())];
    expect(result.documents).toBe(2);
    for (const table of CORPUS_TABLES) expect(result.rows[table.name], table.name).toBe(a[table.name].length + b[table.name].length);
    expect(result.rows.events).toBe(fixture.meetings.length + fixture.positions.length + fixture.happenings.length + b.events.length);
  });

  it("writes rows that a second, independent reader (hyparquet) reads back equal to documentRows", async () => {
    const expected = { ...documentRows(fixture) };
    const small = documentRows(smallDocument());
    for (const table of CORPUS_TABLES) {
      const read = await readTable(table.name);
      // hyparquet gives a BIGINT as a bigint and a DATE as a Date: compare as JSON values.
      const plain = read.map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value instanceof Date ? value.toISOString().slice(0, 10) : value])),
      );
      expect(sortRows(plain), table.name).toEqual(sortRows([...expected[table.name], ...small[table.name]]));
    }
  });

  it("puts each event under the partition of its own resolved date", async () => {
    const files = (await parquetFiles(join(directory, "events"))).map((path) => relative(join(directory, "events"), path));
    const days = new Set(documentRows(fixture).events.map((event) => event.date ?? "__HIVE_DEFAULT_PARTITION__"));
    expect(new Set(files.map((file) => file.split("/")[0]))).toEqual(new Set([...days, ...documentRows(smallDocument()).events.map((e) => e.date ?? "__HIVE_DEFAULT_PARTITION__")].map((day) => `date=${day}`)));
    const wednesday = await readTable("events");
    const talks = wednesday.find((row) => row.event_id === fixture.meetings[0]!.id);
    expect(talks?.date).toBe(documentRows(fixture).events.find((event) => event.event_id === fixture.meetings[0]!.id)?.date);
  });

  it("reads back through DuckDB with the PLOVER codes of toPloverEvents", async () => {
    const { rows } = await queryCorpus(directory, `SELECT event_id, plover_type, cameo_code FROM events WHERE document_id = '${documentIdOf(fixture)}' AND plover_type IS NOT NULL ORDER BY event_id`);
    const coded = toPloverEvents(fixture).events.map((event) => ({ event_id: event.id, plover_type: event.eventType, cameo_code: event.cameo.code }));
    expect(rows).toEqual([...coded].sort((a, b) => (a.event_id < b.event_id ? -1 : 1)));
  });

  it("writes the columns each table definition gives, with the types of the schema bundle", async () => {
    for (const table of corpusSchemaBundle()) {
      const [path] = await parquetFiles(join(directory, table.name));
      const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path!));
      const schema = parquetSchema(metadata);
      const fields = schema.children.map((child) => ({
        name: child.element.name,
        list: child.element.converted_type === "LIST",
        type: child.element.converted_type === "LIST" ? child.children[0]!.children[0]!.element.type : child.element.type,
        logical: child.element.converted_type === "LIST" ? undefined : child.element.converted_type ?? child.element.logical_type?.type,
      }));
      const physical = { utf8: "BYTE_ARRAY", int: "INT64", floatingpoint: "DOUBLE", bool: "BOOLEAN", date: "INT32", list: "BYTE_ARRAY" } as const;
      expect(fields.map((field) => field.name), table.name).toEqual(table.arrow.fields.map((field) => field.name));
      for (const [index, field] of table.arrow.fields.entries()) {
        const file = fields[index]!;
        expect(file.list, `${table.name}.${field.name}`).toBe(field.type.name === "list");
        expect(file.type, `${table.name}.${field.name}`).toBe(physical[field.type.name as keyof typeof physical]);
        if (field.type.name === "utf8") expect(file.logical).toBe("UTF8");
        if (field.type.name === "date") expect(file.logical).toBe("DATE");
        expect(table.bigquery[index]!.mode).toBe(file.list ? "REPEATED" : "NULLABLE");
      }
    }
  });

  it("gives DuckDB the memory limit it is asked for, and rejects with DuckDB's message when the tables do not fit", async () => {
    const cramped = await mkdtemp(join(tmpdir(), "news-events-parquet-limit-"));
    try {
      await expect(writeCorpusParquet([fixture], cramped, { memoryLimit: "1KB" })).rejects.toThrow(/^Out of Memory Error/);
      await expect(writeCorpusParquet([fixture], cramped, { memoryLimit: "1GB" })).resolves.toMatchObject({ documents: 1 });
    } finally {
      await rm(cramped, { recursive: true, force: true });
    }
  });
});
