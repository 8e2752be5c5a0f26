import type { DuckDBInstance } from "@duckdb/node-api";

/** The message when the optional peer dependency is missing. */
const MISSING = "the Parquet export and SQL queries need DuckDB's Node API, an optional peer dependency: npm install @duckdb/node-api";

/**
 * Opens an in-memory DuckDB, loading `@duckdb/node-api` only now, so that users who never
 * export Parquet never install or load it.
 */
export async function openDuckDb(): Promise<DuckDBInstance> {
  let api: typeof import("@duckdb/node-api");
  try {
    api = await import("@duckdb/node-api");
  } catch (error) {
    throw new Error(MISSING, { cause: error });
  }
  return api.DuckDBInstance.create(":memory:");
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
