/**
 * Writes the JSON Schema files the package ships under `news-event-models/schemas/`:
 * one per concept (`schemas/document.json`, `schemas/meeting.json`, …), generated from
 * the zod schemas.
 *
 * Run with `npx tsx scripts/build-schemas.ts` after changing a schema; a test fails
 * while a committed file differs from what this writes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { SCHEMA_CONCEPTS, jsonSchemaFor, type SchemaName } from "../src/export/json-schema.js";

/** The folder the files go to. */
export const SCHEMAS_DIR = fileURLToPath(new URL("../schemas/", import.meta.url));

/** Every file of the folder, by name, with its exact text. */
export function schemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of Object.keys(SCHEMA_CONCEPTS) as SchemaName[])
    files.set(`${name}.json`, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`);
  return files;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  const files = schemaFiles();
  // A file for a concept that no longer exists would otherwise linger and ship.
  for (const stale of readdirSync(SCHEMAS_DIR)) if (stale.endsWith(".json") && !files.has(stale)) rmSync(join(SCHEMAS_DIR, stale));
  for (const [name, text] of files) writeFileSync(join(SCHEMAS_DIR, name), text);
  console.log(`wrote ${files.size} schemas to ${SCHEMAS_DIR}`);
}
