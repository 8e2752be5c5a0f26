import { CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";

/** A name as `schema` compares it: lower case, letters and digits only, so `Meeting`, `LLM-Document` and `llm_document` are found. */
const comparable = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

/** `news-events schema [name]`: prints the JSON Schema of one concept, `document` by default. */
export const schema = defineCommand({
  name: "schema",
  synopsis: "[name]",
  summary: "print a JSON Schema (default: document)",
  help: `Prints the JSON Schema (draft 2020-12) of one concept; with no name, that of a
whole document. Names are matched whatever their case (meeting, Meeting). The schema
checks shape only: run news-events validate for the whole-document rules.

Options:
  --list        print the names, one a line
  -h, --help    show this help
`,
  options: { list: { type: "boolean" } },
  positionals: { max: 1, noun: "name" },
  async run({ values, positionals }, io) {
    const { jsonSchemaFor, SCHEMA_CONCEPTS } = await import("../../export/json-schema.js");
    const names = Object.keys(SCHEMA_CONCEPTS) as (keyof typeof SCHEMA_CONCEPTS)[];
    if (values.list) {
      await io.stdout.write(`${names.join("\n")}\n`);
      return EXIT.success;
    }
    const asked = positionals[0] ?? "document";
    const chosen = names.find((name) => comparable(name) === comparable(asked));
    if (chosen === undefined)
      throw new CliError(`news-events schema: there is no schema named ${JSON.stringify(asked)}; use one of ${names.join(", ")}`, EXIT.usage);
    await io.stdout.write(`${JSON.stringify(jsonSchemaFor(chosen), null, 2)}\n`);
    return EXIT.success;
  },
});
