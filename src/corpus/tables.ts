/**
 * The tables a corpus is exported as: one definition per table, from which the
 * Parquet files, their row type and the schemas for Arrow, BigQuery and Spark all come.
 *
 * @module
 */

/**
 * The type of a column, named for what it holds; each engine's own type is read from
 * {@link COLUMN_TYPES}.
 *
 * @group Corpora
 */
export type ColumnType = "string" | "integer" | "double" | "boolean" | "date" | "string-list";

/**
 * An Arrow type in the JSON form of Arrow's integration format: its name and the
 * parameters that type has (`bitWidth`, `unit`, …).
 *
 * @group Corpora
 */
export interface ArrowType {
  /** The type's name: `utf8`, `int`, `floatingpoint`, `bool`, `date` or `list`. */
  readonly name: string;
  /** The type's parameters. */
  readonly [parameter: string]: unknown;
}

/**
 * How one {@link ColumnType} is written in each engine.
 *
 * @group Corpora
 */
export interface EngineTypes {
  /** DuckDB's type, and so the Parquet file's. */
  readonly duckdb: string;
  /** The Arrow type, in the JSON form of Arrow's integration format. */
  readonly arrow: ArrowType;
  /** BigQuery's type; a list is a `REPEATED` field of it. */
  readonly bigquery: string;
  /** Spark SQL's type. */
  readonly spark: string;
}

/**
 * How each {@link ColumnType} is written in DuckDB (and so in Parquet), Arrow, BigQuery
 * and Spark SQL. A list is a repeated field in BigQuery and an `ARRAY` in Spark.
 *
 * @group Corpora
 */
export const COLUMN_TYPES: { readonly [Type in ColumnType]: EngineTypes } = {
  string: { duckdb: "VARCHAR", arrow: { name: "utf8" }, bigquery: "STRING", spark: "STRING" },
  integer: { duckdb: "BIGINT", arrow: { name: "int", bitWidth: 64, isSigned: true }, bigquery: "INT64", spark: "BIGINT" },
  double: { duckdb: "DOUBLE", arrow: { name: "floatingpoint", precision: "DOUBLE" }, bigquery: "FLOAT64", spark: "DOUBLE" },
  boolean: { duckdb: "BOOLEAN", arrow: { name: "bool" }, bigquery: "BOOL", spark: "BOOLEAN" },
  date: { duckdb: "DATE", arrow: { name: "date", unit: "DAY" }, bigquery: "DATE", spark: "DATE" },
  "string-list": { duckdb: "VARCHAR[]", arrow: { name: "list" }, bigquery: "STRING", spark: "ARRAY<STRING>" },
};

/**
 * One column of a corpus table.
 *
 * @group Corpora
 */
export interface Column {
  /** Its name, in snake case as warehouses expect. */
  readonly name: string;
  /** What it holds. */
  readonly type: ColumnType;
  /** What it means, written into each engine's schema as the column's description. */
  readonly description: string;
  /** Whether every row has a value; the others may be null. */
  readonly required?: boolean;
}

/**
 * One table of an exported corpus.
 *
 * @group Corpora
 */
export interface Table {
  /** Its name: the directory the Parquet files go in, and the table or view name in SQL. */
  readonly name: string;
  /** What one row is. */
  readonly description: string;
  /** Its columns, in order. The last, `date`, is the Hive partition key. */
  readonly columns: readonly Column[];
}

const documentId = { name: "document_id", type: "string", required: true, description: "The document: the SHA-256 of its article text, in hex." } as const satisfies Column;
const partition = (what: string) =>
  ({
    name: "date",
    type: "date",
    description: `The partition key (Hive style, date=YYYY-MM-DD): ${what}; null where there is none.`,
  }) as const satisfies Column;

const table = <const T extends Table>(definition: T): T => definition;

// The definitions, whose literal names and types the row type is read from.
const TABLES = [
  table({    name: "documents",
    description: "One row per document: its article.",
    columns: [
      documentId,
      { name: "url", type: "string", description: "The article's address." },
      { name: "headline", type: "string", description: "The article's headline." },
      { name: "publisher", type: "string", description: "Who published it." },
      { name: "published", type: "string", description: "When it was published, as ISO 8601 text." },
      { name: "reference_date", type: "date", description: "The date the article's time expressions are read against: its reference date, or else the day it was published." },
      { name: "language", type: "string", description: "Its BCP 47 language tag." },
      { name: "characters", type: "integer", required: true, description: "The length of its text in UTF-16 code units." },
      { name: "actors", type: "integer", required: true, description: "How many actors the document has." },
      { name: "events", type: "integer", required: true, description: "How many meetings, positions and happenings it has." },
      partition("the article's reference date"),
    ],
  }),
  table({
    name: "actors",
    description: "One row per actor of each document.",
    columns: [
      documentId,
      { name: "actor_id", type: "string", required: true, description: "The actor's id in its document." },
      { name: "corpus_actor_id", type: "string", required: true, description: "The actor's id across the corpus: actors linked by mergeCorpus share it." },
      { name: "kind", type: "string", required: true, description: "person, state, organization, group or unnamed." },
      { name: "name", type: "string", required: true, description: "Its name as the document gives it." },
      { name: "aliases", type: "string-list", required: true, description: "Its other names." },
      { name: "wikidata", type: "string", description: "Its Wikidata id." },
      { name: "cameo", type: "string", description: "Its CAMEO actor code." },
      partition("the article's reference date"),
    ],
  }),
  table({
    name: "places",
    description: "One row per place of each document.",
    columns: [
      documentId,
      { name: "place_id", type: "string", required: true, description: "The place's id in its document." },
      { name: "name", type: "string", required: true, description: "Its name." },
      { name: "kind", type: "string", description: "venue, city, region, country or other." },
      { name: "country_code", type: "string", description: "The ISO 3166-1 alpha-2 code of its country." },
      { name: "geonames_id", type: "string", description: "Its GeoNames id." },
      { name: "wikidata", type: "string", description: "Its Wikidata id." },
      { name: "latitude", type: "double", description: "Its latitude in degrees." },
      { name: "longitude", type: "double", description: "Its longitude in degrees." },
      { name: "within_id", type: "string", description: "The id of the place it lies in." },
      partition("the article's reference date"),
    ],
  }),
  table({
    name: "events",
    description: "One row per meeting, position and happening, with its PLOVER and CAMEO codes.",
    columns: [
      documentId,
      { name: "event_id", type: "string", required: true, description: "The fact's id in its document." },
      { name: "corpus_event_id", type: "string", required: true, description: "The event's id across the corpus: reports of one event linked by mergeCorpus share it." },
      { name: "source", type: "string", required: true, description: "meeting, position or happening." },
      { name: "kind", type: "string", description: "The fact's own kind (a position's kind, a happening's kind, a meeting's kind of talks)." },
      { name: "plover_type", type: "string", description: "Its PLOVER event type; null where PLOVER has none." },
      { name: "plover_mode", type: "string", description: "Its first PLOVER mode." },
      { name: "plover_modes", type: "string-list", required: true, description: "All its PLOVER modes." },
      { name: "plover_contexts", type: "string-list", required: true, description: "Its PLOVER contexts." },
      { name: "cameo_code", type: "string", description: "Its CAMEO event code." },
      { name: "goldstein", type: "double", description: "The Goldstein value of its CAMEO code." },
      { name: "quad_class", type: "integer", description: "The QuadClass of its CAMEO code (1 to 4)." },
      { name: "uncoded_reason", type: "string", description: "Why it has no PLOVER type, where it has none." },
      { name: "time_start", type: "string", description: "The start of its resolved time (ISO 8601 with offset)." },
      { name: "time_end", type: "string", description: "The end (exclusive) of its resolved time." },
      { name: "time_precision", type: "string", description: "The precision of its resolved time." },
      { name: "polarity", type: "string", required: true, description: "affirmative, negative or failed." },
      { name: "reality", type: "string", required: true, description: "actual, planned, possible or hypothetical." },
      { name: "place_id", type: "string", description: "The id of its place." },
      { name: "answers_id", type: "string", description: "The id of the position it answers (a response, a rejection, an acceptance)." },
      { name: "text", type: "string", description: "The first evidence quote." },
      partition("the first day of the event's resolved time"),
    ],
  }),
  table({
    name: "event_participants",
    description: "One row per actor taking part in an event, with its role.",
    columns: [
      documentId,
      { name: "event_id", type: "string", required: true, description: "The fact's id in its document." },
      { name: "actor_id", type: "string", required: true, description: "The actor's id in its document (a delegation's represented actor)." },
      { name: "corpus_actor_id", type: "string", required: true, description: "The actor's id across the corpus." },
      { name: "delegation_id", type: "string", description: "The delegation it acted through, where the fact names one." },
      { name: "role", type: "string", required: true, description: "Its role: a meeting participant's role, holder, voice or addressee of a position, or a happening participant's role." },
      partition("the first day of the event's resolved time"),
    ],
  }),
  table({
    name: "mentions",
    description: "One row per evidence span and fact it supports.",
    columns: [
      documentId,
      { name: "evidence_id", type: "string", required: true, description: "The evidence span's id." },
      { name: "object_id", type: "string", description: "The id of the object that cites the span; null where none does." },
      { name: "start_offset", type: "integer", required: true, description: "Offset of its first character in the article (UTF-16 code units)." },
      { name: "end_offset", type: "integer", required: true, description: "Offset just past its last character." },
      { name: "quote", type: "string", required: true, description: "The article's words." },
      partition("the article's reference date"),
    ],
  }),
] as const satisfies readonly Table[];

/**
 * The tables of an exported corpus: documents, actors, places, events (one row per
 * meeting, position and happening with its codes), event participants with their roles,
 * and evidence mentions with their offsets.
 *
 * @remarks The one definition of each table: the row type ({@link TableRow}), the
 * DuckDB columns of the Parquet files and the schema bundle ({@link corpusSchemaBundle})
 * are read from it.
 * @group Corpora
 */
export const CORPUS_TABLES: readonly CorpusTable[] = TABLES;

/**
 * One of the {@link CORPUS_TABLES}: a {@link Table} known by its name.
 *
 * @group Corpora
 */
export interface CorpusTable extends Table {
  /** Its name: the directory the Parquet files go in, and the table or view name in SQL. */
  readonly name: TableName;
}

/**
 * The name of a corpus table.
 *
 * @group Corpora
 */
export type TableName = (typeof TABLES)[number]["name"];

type ColumnOf<N extends TableName> = Extract<(typeof TABLES)[number], Readonly<Record<"name", N>>>["columns"][number];

type ValueOf<C extends Column> = (C["type"] extends "integer" | "double"
  ? number
  : C["type"] extends "boolean"
    ? boolean
    : C["type"] extends "string-list"
      ? readonly string[]
      : string) | (C["required"] extends true ? never : null);

/**
 * One row of the named table, as {@link documentRows} makes it: each column's value,
 * a date as `YYYY-MM-DD` text.
 *
 * @group Corpora
 */
export type TableRow<N extends TableName> = {
  -readonly [C in ColumnOf<N> as C["name"]]: ValueOf<C>;
};

/**
 * The table of that name.
 *
 * @group Corpora
 */
export function corpusTable(name: TableName): Table {
  const found = CORPUS_TABLES.find((candidate) => candidate.name === name);
  if (found === undefined) throw new RangeError(`no corpus table is called ${JSON.stringify(name)}`);
  return found;
}
