/**
 * Writes every file the project generates from its own code, in one step:
 * - `schemas/<name>.json`, the JSON Schema files the package ships, one per concept;
 * - `fixtures/japan-north-korea-2004.json`, the fixture as JSON;
 * - `schemas/corpus-tables.json`, the corpus tables' Arrow, BigQuery and Spark schemas;
 * - `test/export/__snapshots__/*-format.json`, what the OpenAI and Anthropic SDKs make of
 *   the structured-output schema, kept for review;
 * - `src/export/cameo-crosswalk.generated.ts`, the CAMEO–PLOVER crosswalk CSV as data,
 *   and the mapping tables of `docs/event-codes.md`, drawn from the mapping itself.
 *
 * Run with `npm run generate` (`npm run build` runs it first). A test fails while a
 * committed file differs from what this writes, so a change to a schema or the fixture
 * cannot ship without its files.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { zodResponseFormat } from "openai/helpers/zod";
import { SCHEMA_CONCEPTS, jsonSchemaFor, type SchemaName } from "../src/export/json-schema.js";
import { LlmNewsDocument } from "../src/export/llm-news-document.js";
import { japanNorthKorea2004 } from "../src/fixtures/index.js";
import { CROSSWALK_MODULE, generatedCrosswalk } from "./cameo-crosswalk.js";
import { EVENT_CODE_DOCS, generatedEventCodeDocs } from "./event-code-docs.js";
import { corpusSchemaBundle } from "../src/corpus/schema-bundle.js";

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Folders whose `.json` files are all generated: a file this does not write is stale there. */
const GENERATED_FOLDERS = ["schemas"];

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every generated file, by its path from the project root, with its exact text. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of Object.keys(SCHEMA_CONCEPTS) as SchemaName[]) files.set(`schemas/${name}.json`, json(jsonSchemaFor(name)));
  files.set("fixtures/japan-north-korea-2004.json", json(japanNorthKorea2004));
  files.set("schemas/corpus-tables.json", json({ tables: corpusSchemaBundle() }));
  // Without a trailing newline, as the SDK snapshots have always been written.
  files.set("test/export/__snapshots__/openai-response-format.json", JSON.stringify(zodResponseFormat(LlmNewsDocument, "news_document").json_schema, null, 2));
  files.set("test/export/__snapshots__/anthropic-output-format.json", JSON.stringify(zodOutputFormat(LlmNewsDocument).schema, null, 2));
  files.set(CROSSWALK_MODULE, generatedCrosswalk(ROOT));
  files.set(EVENT_CODE_DOCS, generatedEventCodeDocs(ROOT));
  return files;
}

/** The `.json` files of the generated folders that this does not write. */
export function staleFiles(files: ReadonlyMap<string, string>): string[] {
  return GENERATED_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((file) => file.endsWith(".json") && !files.has(`${folder}/${file}`))
      .map((file) => `${folder}/${file}`),
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // The event-code docs are written from the crosswalk module as this process imported it:
  // when the CSV has changed it, write the module and generate again in a fresh process.
  const crosswalk = generatedCrosswalk(ROOT);
  if (readFileSync(join(ROOT, CROSSWALK_MODULE), "utf8") !== crosswalk) {
    writeFileSync(join(ROOT, CROSSWALK_MODULE), crosswalk);
    const again = spawnSync(process.execPath, [...process.execArgv, process.argv[1]], { stdio: "inherit" });
    process.exit(again.status ?? 1);
  }
  const files = generatedFiles();
  for (const stale of staleFiles(files)) rmSync(join(ROOT, stale));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
  console.log(`generated ${files.size} files`);
}
