import type { DuckDBInstance } from "@duckdb/node-api";

/** The message when the optional peer dependency is missing. */
const MISSING = "the Parquet export and SQL queries need DuckDB's Node API, an optional peer dependency: npm install @duckdb/node-api";

/**
 * Loads `@duckdb/node-api` only now, so that users who never export Parquet never install
 * or load it; rejects with a message saying how to install it, the loader's own error as
 * its cause.
 */
export async function loadDuckDb(): Promise<typeof import("@duckdb/node-api")> {
  try {
    return await import("@duckdb/node-api");
  } catch (error) {
    throw new Error(MISSING, { cause: error });
  }
}

/** Opens an in-memory DuckDB (see {@link loadDuckDb}). */
export async function openDuckDb(): Promise<DuckDBInstance> {
  return (await loadDuckDb()).DuckDBInstance.create(":memory:");
}

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
