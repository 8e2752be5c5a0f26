import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { COMMAND_HELP, MAIN_HELP, type CommandName } from "./help.js";
import { CliError, type CliIo } from "./io.js";

// The commands are imported when they run, so that --help, --version and usage errors
// answer without loading the schemas.

const HELP = { help: { type: "boolean", short: "h" } } as const;

const OPTIONS = {
  validate: { ...HELP, ndjson: { type: "boolean" }, json: { type: "boolean" }, progress: { type: "boolean" } },
  summary: HELP,
  timeline: { ...HELP, mode: { type: "string" }, "omit-unresolved": { type: "boolean" } },
  schema: { ...HELP, list: { type: "boolean" } },
  export: { ...HELP, to: { type: "string" } },
} as const satisfies Record<CommandName, NonNullable<ParseArgsConfig["options"]>>;

/** How many file or name arguments each command takes at most. */
const MAX_POSITIONALS: Record<CommandName, number> = { validate: Infinity, summary: 1, timeline: 1, schema: 1, export: 1 };

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMAND_HELP, name);

/**
 * The version in the package's own package.json, found by walking up from this file
 * (dist/cli/index.js when built, src/cli/run.ts in development).
 */
export function packageVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, "package.json");
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, "utf8")) as { name?: unknown; version?: unknown };
      if (manifest.name === "news-event-models" && typeof manifest.version === "string") return manifest.version;
    }
    const parent = dirname(directory);
    if (parent === directory) throw new CliError("news-events: cannot find the package.json of news-event-models to read the version from");
    directory = parent;
  }
}

// Turns util.parseArgs' error into one short sentence that says what to do.
function usageError(command: string, error: unknown): CliError {
  const message = (error as Error).message.split(/\. (?=To specify)/)[0]!.replace(/\.$/, "");
  const help = command === "news-events" ? "news-events --help" : `news-events ${command} --help`;
  return new CliError(`${command === "news-events" ? command : `news-events ${command}`}: ${message.charAt(0).toLowerCase()}${message.slice(1)}; see ${help}`, 2);
}

function parse<Command extends CommandName>(command: Command, args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS[command], allowPositionals: true, strict: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) throw usageError(command, error);
    throw error;
  }
}

async function runCommand(command: CommandName, args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(command, args);
  if (values.help) {
    io.stdout.write(COMMAND_HELP[command]);
    return 0;
  }
  if (positionals.length > MAX_POSITIONALS[command])
    throw new CliError(`news-events ${command}: takes at most one ${command === "schema" ? "name" : "file"}, got ${positionals.length}: ${positionals.join(" ")}`, 2);
  const [first] = positionals;
  switch (command) {
    case "validate": {
      const options = values as { ndjson?: boolean; json?: boolean; progress?: boolean };
      let files = positionals;
      if (files.length === 0) {
        if ((io.stdin as { isTTY?: boolean }).isTTY) throw new CliError("news-events validate: name the files to check, or - to read stdin; see news-events validate --help", 2);
        files = ["-"];
      }
      const { validateCommand } = await import("./validate.js");
      return validateCommand({ files, ndjson: options.ndjson === true, json: options.json === true, progress: options.progress ? "always" : "auto" }, io);
    }
    case "summary":
      return (await import("./documents.js")).summaryCommand(first, io);
    case "timeline": {
      const { timelineCommand } = await import("./documents.js");
      const options = values as { mode?: string; "omit-unresolved"?: boolean };
      return timelineCommand({ file: first, mode: options.mode, omitUnresolved: options["omit-unresolved"] === true }, io);
    }
    case "schema": {
      const { SCHEMA_NAMES, schemaCommand } = await import("./schema.js");
      if ((values as { list?: boolean }).list) {
        io.stdout.write(`${SCHEMA_NAMES.join("\n")}\n`);
        return 0;
      }
      return schemaCommand(first, io);
    }
    case "export":
      return (await import("./export.js")).exportCommand((values as { to?: string }).to, first, io);
  }
}

/**
 * Runs the program on its arguments (without `node` and the script) and returns the
 * exit code. Errors the user can act on are printed as one message on stderr; nothing
 * is thrown for bad input.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === undefined) {
      io.stderr.write(MAIN_HELP);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      const topic = rest[0];
      io.stdout.write(topic !== undefined && isCommand(topic) ? COMMAND_HELP[topic] : MAIN_HELP);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (command === "ingest") return await (await import("./ingest.js")).ingestCommand(rest, io);
    if (!isCommand(command)) {
      const what = command.startsWith("-") ? `unknown option ${JSON.stringify(command)}` : `unknown command ${JSON.stringify(command)}`;
      throw new CliError(`news-events: ${what}; the commands are ${Object.keys(COMMAND_HELP).join(", ")}; see news-events --help`, 2);
    }
    return await runCommand(command, rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`news-events: unexpected error: ${message}\nThis is a bug in news-event-models; please report it with the command that caused it.\n`);
    return 70;
  }
}
