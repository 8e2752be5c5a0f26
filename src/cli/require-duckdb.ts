// The commands that write or read Parquet need DuckDB's Node API, an optional peer
// dependency; without it they say what is missing and how to install it.
import { loadDuckDb } from "../corpus/duckdb.js";
import { CliError } from "./command.js";
import { EXIT } from "./exit-codes.js";

/** The optional peer dependency behind `export --to parquet` and `query`. */
export const DUCKDB_PACKAGE = "@duckdb/node-api";

/**
 * Loads DuckDB's Node API, or fails with a {@link CliError} (exit code 2, a feature this
 * installation lacks) naming the package and the command that installs it.
 */
export async function requireDuckDb(command: string): Promise<void> {
  try {
    await loadDuckDb();
  } catch (error) {
    const cause = error instanceof Error ? error.cause : error;
    const reason = (cause instanceof Error ? cause.message : String(cause)).split("\n")[0]!.slice(0, 200);
    throw new CliError(
      `news-events ${command} needs DuckDB's Node API, the optional peer dependency ${DUCKDB_PACKAGE}, and it cannot be loaded (${reason}); install it beside news-event-models: npm install ${DUCKDB_PACKAGE}`,
      EXIT.usage,
    );
  }
}
