import type { NewsDocument } from "../../model/document.js";
import { CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";
import type { CliIo } from "../output.js";

/** Each `--to` target and the export function that writes it. */
export const EXPORT_TARGETS = { jsonld: "toJsonLd", plover: "toPloverJsonLines", mermaid: "toMermaidGraph" } as const;

/** The export function behind a `--to` target, or undefined where this build lacks it. */
export async function exporterFor(target: ExportTarget): Promise<((document: NewsDocument) => unknown) | undefined> {
  const [exportFunctions, { toJsonLd }] = await Promise.all([import("../../export/index.js"), import("../../jsonld/index.js")]);
  const found = ({ ...exportFunctions, toJsonLd } as Readonly<Record<string, unknown>>)[EXPORT_TARGETS[target]];
  return typeof found === "function" ? (found as (document: NewsDocument) => unknown) : undefined;
}

/** A target of `news-events export --to`. */
export type ExportTarget = keyof typeof EXPORT_TARGETS;

const targets = [...(Object.keys(EXPORT_TARGETS) as ExportTarget[]), "parquet"];

/**
 * `news-events export --to jsonld|plover|mermaid [file]`: writes the document in
 * another format. Text (Mermaid) is printed as is; anything else as indented JSON. A
 * target whose exporter this build lacks is an error that says so.
 * `news-events export --to parquet <dir> [file]` writes a corpus as Parquet tables.
 */
export const exportCommand = defineCommand({
  name: "export",
  synopsis: `--to <format> [file] | --to parquet <dir> [file]`,
  summary: `write a document as ${targets.slice(0, -1).join(", ")} or ${targets.at(-1)}`,
  help: `Writes a document in another format: jsonld (JSON-LD), plover (PLOVER event
records) or mermaid (a Mermaid graph). With no file, it exports the embedded
example document; - reads the document from stdin. A format this build does not
include is reported as not available, with exit code 2.

With --to parquet, writes a corpus as Parquet tables under <dir>: documents,
actors, places, events, event_participants and mentions, one directory each,
partitioned by date in Hive style (events/date=2004-02-25/data_0.parquet). The
input is one JSON document or NDJSON, one document a line (read as validate
reads it); with no file, the embedded example document. Every document must be
valid: the first that is not stops the export before anything is written, naming
its line (exit code 1, or 3 when it is not JSON). Needs the optional peer
dependency @duckdb/node-api (npm install @duckdb/node-api); without it the
command says so and exits 2. Query the tables with news-events query <dir> "SQL".

Options:
  --to <format>  ${targets.join(", ")}
  -h, --help     show this help
`,
  options: { to: { type: "string" } },
  positionals: { max: 2, noun: "argument" },
  async run({ values, positionals }, io) {
    const to = values.to;
    if (to === undefined) throw new CliError(`news-events export: say which format with --to ${targets.join("|")}`, EXIT.usage);
    if (to === "parquet") return exportParquet(positionals, io);
    if (positionals.length > 1)
      throw new CliError(`news-events export: --to ${to} takes at most one file, got ${positionals.length}: ${positionals.join(" ")}`, EXIT.usage);
    if (!Object.hasOwn(EXPORT_TARGETS, to))
      throw new CliError(`news-events export: --to must be one of ${targets.join(", ")}, not ${JSON.stringify(to)}`, EXIT.usage);
    const [found, { loadDocument }, { escapeControlKeepingLines, toJsonText }] = await Promise.all([
      exporterFor(to as ExportTarget),
      import("../load-document.js"),
      import("../escape-control.js"),
    ]);
    const name = EXPORT_TARGETS[to as ExportTarget];
    if (found === undefined)
      throw new CliError(`news-events export: --to ${to} is not available in this build of news-event-models (it has no ${name})`, EXIT.usage);
    const output = (found as (document: NewsDocument) => unknown)(await loadDocument(positionals[0], io));
    await io.stdout.write(typeof output === "string" ? `${escapeControlKeepingLines(output.replace(/\n$/, ""))}\n` : `${toJsonText(output)}\n`);
    return EXIT.success;
  },
});

// `export --to parquet <dir> [file]`: the corpus's tables, then what was written.
async function exportParquet(positionals: readonly string[], io: CliIo): Promise<number> {
  const [directory, file] = positionals;
  if (directory === undefined)
    throw new CliError("news-events export: --to parquet needs the directory to write the tables to: news-events export --to parquet <dir> [file]", EXIT.usage);
  const { requireDuckDb } = await import("../require-duckdb.js");
  await requireDuckDb("export --to parquet");
  const [{ writeCorpusParquet }, { CORPUS_TABLES }, { readCorpus }, { plural }, { escapeControl }] = await Promise.all([
    import("../../corpus/write-parquet.js"),
    import("../../corpus/tables.js"),
    import("../read-corpus.js"),
    import("../format-quantity.js"),
    import("../escape-control.js"),
  ]);
  let result;
  try {
    result = await writeCorpusParquet(readCorpus(file, io), directory);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code))
      throw new CliError(`news-events export: cannot write the tables to ${escapeControl(directory)}: ${(error as Error).message}`, EXIT.input);
    throw error;
  }
  const width = Math.max(...CORPUS_TABLES.map((table) => table.name.length));
  const lines = CORPUS_TABLES.map((table) => `  ${table.name.padEnd(width)}  ${plural(result.rows[table.name], "row")}`);
  await io.stdout.write(`${escapeControl(result.directory)}: ${plural(result.documents, "document")}\n${lines.join("\n")}\n`);
  return EXIT.success;
}
