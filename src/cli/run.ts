// The program: reads the command line, runs the command it names, and turns every
// failure into a message and an exit code.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CliError, type Command } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { EXIT } from "./exit-codes.js";
import { commandHelp, mainHelp } from "./help.js";
import type { CliIo } from "./output.js";

const HELP = { help: { type: "boolean", short: "h" } } as const;

const commandNamed = (name: string): Command | undefined => COMMANDS.find((command) => command.name === name);

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
    if (parent === directory) throw new CliError("news-events: cannot find the package.json of news-event-models to read the version from", EXIT.internal);
    directory = parent;
  }
}

// Turns util.parseArgs' error into one short sentence that says what to do.
function usageError(command: string, error: unknown): CliError {
  const message = (error as Error).message.split(/\. (?=To specify)/)[0]!.replace(/\.$/, "");
  return new CliError(`news-events ${command}: ${message.charAt(0).toLowerCase()}${message.slice(1)}; see news-events ${command} --help`, EXIT.usage);
}

async function runCommand(command: Command, args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...command.options, ...HELP }, allowPositionals: true, strict: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) throw usageError(command.name, error);
    throw error;
  }
  if (parsed.values.help) {
    await io.stdout.write(commandHelp(command));
    return EXIT.success;
  }
  const { max, noun } = command.positionals;
  if (parsed.positionals.length > max)
    throw new CliError(
      `news-events ${command.name}: takes at most ${max === 1 ? `one ${noun}` : `${max} ${noun}s`}, got ${parsed.positionals.length}: ${parsed.positionals.join(" ")}`,
      EXIT.usage,
    );
  return command.run(parsed as Parameters<Command["run"]>[0], io);
}

/**
 * Runs the program on its arguments (without `node` and the script) and returns the
 * exit code. Errors the user can act on are printed as one message on stderr; nothing
 * is thrown for bad input.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const [name, ...rest] = args;
    if (name === undefined) {
      await io.stderr.write(mainHelp(COMMANDS));
      return EXIT.usage;
    }
    if (name === "--help" || name === "-h" || name === "help") {
      const topic = rest[0] === undefined ? undefined : commandNamed(rest[0]);
      await io.stdout.write(topic ? commandHelp(topic) : mainHelp(COMMANDS));
      return EXIT.success;
    }
    if (name === "--version" || name === "-v") {
      await io.stdout.write(`${packageVersion()}\n`);
      return EXIT.success;
    }
    const command = commandNamed(name);
    if (!command) {
      const what = name.startsWith("-") ? `unknown option ${JSON.stringify(name)}` : `unknown command ${JSON.stringify(name)}`;
      throw new CliError(`news-events: ${what}; the commands are ${COMMANDS.map((known) => known.name).join(", ")}; see news-events --help`, EXIT.usage);
    }
    return await runCommand(command, rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      await io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    await io.stderr.write(`news-events: unexpected error: ${message}\nThis is a bug in news-event-models; please report it with the command that caused it.\n`);
    return EXIT.internal;
  }
}
