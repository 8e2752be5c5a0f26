import { jsonSchemaFor, SCHEMA_CONCEPTS, type SchemaName } from "../export/json-schema.js";
import { CliError, type CliIo } from "./io.js";

/** The names `news-events schema` accepts, in the order the package lists them. */
export const SCHEMA_NAMES = Object.keys(SCHEMA_CONCEPTS) as SchemaName[];

/** `news-events schema [name]`: prints the JSON Schema of one concept, `document` by default. */
export function schemaCommand(name: string | undefined, io: CliIo): number {
  const chosen = name ?? "document";
  if (!(SCHEMA_NAMES as readonly string[]).includes(chosen))
    throw new CliError(`news-events schema: there is no schema named ${JSON.stringify(chosen)}; use one of ${SCHEMA_NAMES.join(", ")}`, 2);
  io.stdout.write(`${JSON.stringify(jsonSchemaFor(chosen as SchemaName), null, 2)}\n`);
  return 0;
}
