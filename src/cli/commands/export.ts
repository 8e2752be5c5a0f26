import type { NewsDocument } from "../../model/document.js";
import { CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";

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

const targets = Object.keys(EXPORT_TARGETS) as ExportTarget[];

/**
 * `news-events export --to jsonld|plover|mermaid [file]`: writes the document in
 * another format. Text (Mermaid) is printed as is; anything else as indented JSON. A
 * target whose exporter this build lacks is an error that says so.
 */
export const exportCommand = defineCommand({
  name: "export",
  synopsis: `--to <format> [file]`,
  summary: `write a document as ${targets.slice(0, -1).join(", ")} or ${targets.at(-1)}`,
  help: `Writes a document in another format: jsonld (JSON-LD), plover (PLOVER event
records) or mermaid (a Mermaid graph). With no file, it exports the embedded
example document; - reads the document from stdin. A format this build does not
include is reported as not available, with exit code 2.

Options:
  --to <format>  ${targets.join(", ")}
  -h, --help     show this help
`,
  options: { to: { type: "string" } },
  positionals: { max: 1, noun: "file" },
  async run({ values, positionals }, io) {
    const to = values.to;
    if (to === undefined) throw new CliError(`news-events export: say which format with --to ${targets.join("|")}`, EXIT.usage);
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
