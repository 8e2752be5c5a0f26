import { CORPUS_TABLES, COLUMN_TYPES, type ArrowType, type Column, type Table } from "./tables.js";

/**
 * A field of an Arrow schema, in the JSON form of Arrow's integration format.
 *
 * @group Corpora
 */
export interface ArrowField {
  /** The column name. */
  readonly name: string;
  /** Whether it may be null: always, as the Parquet files mark every column optional. */
  readonly nullable: boolean;
  /** Its Arrow type. */
  readonly type: ArrowType;
  /** A list's element field. */
  readonly children: readonly ArrowField[];
}

/**
 * A field of a BigQuery table schema, as `bq mk --schema` and the API take it.
 *
 * @group Corpora
 */
export interface BigQueryField {
  /** The column name. */
  readonly name: string;
  /** Its BigQuery type. */
  readonly type: string;
  /** `REPEATED` for a list, else `NULLABLE`. */
  readonly mode: "NULLABLE" | "REPEATED";
  /** What it means. */
  readonly description: string;
}

/**
 * One table's schemas for the engines that load the Parquet files.
 *
 * @group Corpora
 */
export interface TableSchemas {
  /** The table's name: its directory under the export. */
  readonly name: string;
  /** What one row is. */
  readonly description: string;
  /** The Hive partition key, taken from the directory names and not stored in the files. */
  readonly partitionKey: "date";
  /** The Arrow schema of the Parquet files (without the partition key). */
  readonly arrow: {
    /** The table's fields, one per column, in order. */
    readonly fields: readonly ArrowField[];
  };
  /** The BigQuery schema of the files (without the partition key, which BigQuery's Hive partitioning reads from the path as `{date:DATE}`). */
  readonly bigquery: readonly BigQueryField[];
  /** Spark SQL DDL for the table over its directory, partitioned by `date`; replace `${location}` with the export's address. */
  readonly spark: string;
}

const stored = (table: Table): readonly Column[] => table.columns.filter((column) => column.name !== "date");

function arrowField(column: Column): ArrowField {
  if (column.type === "string-list") {
    return { name: column.name, nullable: true, type: COLUMN_TYPES[column.type].arrow, children: [{ name: "element", nullable: true, type: COLUMN_TYPES.string.arrow, children: [] }] };
  }
  return { name: column.name, nullable: true, type: COLUMN_TYPES[column.type].arrow, children: [] };
}

const sparkString = (text: string) => `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;

/**
 * The schemas of every corpus table for the engines that hold event data: Arrow, BigQuery
 * (JSON, a list as a repeated field) and Spark SQL DDL.
 *
 * @remarks Read from the table definitions ({@link CORPUS_TABLES}), the same ones the
 * Parquet export writes with, so the two cannot drift. The package ships the bundle as
 * `news-event-models/schemas/tables.json`.
 * @example
 * ```ts
 * corpusSchemaBundle().find((table) => table.name === "events")?.bigquery.find((field) => field.name === "plover_modes");
 * //=> { name: "plover_modes", type: "STRING", mode: "REPEATED", description: "All its PLOVER modes." }
 * ```
 * @group Corpora
 */
export function corpusSchemaBundle(): readonly TableSchemas[] {
  return CORPUS_TABLES.map((table) => {
    const columns = stored(table);
    const ddl = [
      `CREATE TABLE ${table.name} (`,
      [...columns, ...table.columns.filter((column) => column.name === "date")]
        .map((column) => `  \`${column.name}\` ${COLUMN_TYPES[column.type].spark} COMMENT ${sparkString(column.description)}`)
        .join(",\n"),
      ")",
      "USING PARQUET",
      "PARTITIONED BY (`date`)",
      `LOCATION '\${location}/${table.name}'`,
      `COMMENT ${sparkString(table.description)};`,
    ].join("\n");
    return {
      name: table.name,
      description: table.description,
      partitionKey: "date",
      arrow: { fields: columns.map(arrowField) },
      bigquery: columns.map((column) => ({
        name: column.name,
        type: COLUMN_TYPES[column.type].bigquery,
        mode: column.type === "string-list" ? "REPEATED" : "NULLABLE",
        description: column.description,
      })),
      spark: ddl,
    } satisfies TableSchemas;
  });
}
