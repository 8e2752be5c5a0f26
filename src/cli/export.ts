import * as exportFunctions from "../export/index.js";
import { toJsonLd } from "../jsonld/index.js";
import type { NewsDocument } from "../model/document.js";
import { CliError, type CliIo } from "./io.js";
import { loadDocument } from "./load-document.js";

const exporters = { ...exportFunctions, toJsonLd };

/** Each `--to` target and the export function that writes it. */
export const EXPORT_TARGETS = { jsonld: "toJsonLd", plover: "toPloverEvents", mermaid: "toMermaidGraph" } as const;

/** A target of `news-events export --to`. */
export type ExportTarget = keyof typeof EXPORT_TARGETS;

/** The export function for a target, where this build has it. */
export function exporterFor(target: ExportTarget): ((document: NewsDocument) => unknown) | undefined {
  const found = (exporters as Readonly<Record<string, unknown>>)[EXPORT_TARGETS[target]];
  return typeof found === "function" ? (found as (document: NewsDocument) => unknown) : undefined;
}

/**
 * `news-events export --to jsonld|plover|mermaid [file]`: writes the document in
 * another format. Text (Mermaid) is printed as is; anything else as indented JSON. A
 * target whose exporter this build lacks is an error that says so.
 */
export async function exportCommand(to: string | undefined, file: string | undefined, io: CliIo): Promise<number> {
  const targets = Object.keys(EXPORT_TARGETS);
  if (to === undefined) throw new CliError(`news-events export: say which format with --to ${targets.join("|")}`, 2);
  if (!targets.includes(to)) throw new CliError(`news-events export: --to must be one of ${targets.join(", ")}, not ${JSON.stringify(to)}`, 2);
  const exporter = exporterFor(to as ExportTarget);
  if (!exporter)
    throw new CliError(
      `news-events export: --to ${to} is not available in this build of news-event-models (it has no ${EXPORT_TARGETS[to as ExportTarget]})`,
    );
  const output = exporter(await loadDocument(file, io));
  io.stdout.write(typeof output === "string" ? `${output.replace(/\n$/, "")}\n` : `${JSON.stringify(output, null, 2)}\n`);
  return 0;
}
