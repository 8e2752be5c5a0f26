// What a command of news-events is: its name, its help, its options and what it runs.
import type { parseArgs, ParseArgsConfig } from "node:util";
import { availableParallelism } from "node:os";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./output.js";

/** The options a command declares, in the form `util.parseArgs` reads. */
export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/** The command line as `util.parseArgs` gives it to a command: its option values and its positionals. */
export type ParsedCommandLine<Options extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: Options & { help: { type: "boolean"; short: "h" } }; allowPositionals: true; strict: true }>
>;

/**
 * One command of the program. A command is one file under src/cli/commands/ that
 * exports one of these, made with {@link defineCommand}, and one line in
 * src/cli/commands/index.ts. `--help` is given to every command.
 *
 * @remarks The command line is parsed, and `--help` answered, before the library is
 * loaded; so a command imports what it works with inside `run`, with `await import()`.
 */
export interface Command<Options extends CommandOptions = CommandOptions> {
  /** The word that names it: `validate`. */
  readonly name: string;
  /** Its arguments in the main help: `[--ndjson] [file…]`. */
  readonly synopsis: string;
  /** What it does, in one line of the main help. */
  readonly summary: string;
  /** Its own help, printed by `news-events <name> --help`, after the usage line. */
  readonly help: string;
  /** The options it takes, `--help` aside. */
  readonly options: Options;
  /** How many file or name arguments it takes at most, and what one is called. */
  readonly positionals: { readonly max: number; readonly noun: string };
  /** Runs the command and returns the exit code; an error the user can act on is thrown as a {@link CliError}. */
  run(commandLine: ParsedCommandLine<Options>, io: CliIo): Promise<number>;
}

/** Declares a command, keeping the types of its options for its `run`. */
export function defineCommand<const Options extends CommandOptions>(command: Command<Options>): Command<Options> {
  return command;
}

/** A failure the user can act on: its message is printed as it is, with no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    /** The exit code: {@link EXIT}.usage for a usage error, {@link EXIT}.input for input that cannot be read. */
    readonly exitCode: number = EXIT.input,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/**
 * The output format a command was asked for by `--format` or its shorthand `--json`:
 * one of `formats`, `fallback` where neither is given; a usage error for an unknown
 * format or for `--json` beside another one.
 */
export function chosenFormat<Format extends string>(command: string, values: { readonly json?: boolean | undefined; readonly format?: string | undefined }, formats: readonly Format[], fallback: Format): Format {
  if (values.json && values.format !== undefined && values.format !== "json")
    throw new CliError(`news-events ${command}: --json and --format ${values.format} ask for two formats; give one`, EXIT.usage);
  const format = values.format ?? (values.json ? "json" : fallback);
  if (!(formats as readonly string[]).includes(format)) throw new CliError(`news-events ${command}: --format must be one of ${formats.join(", ")}, not ${JSON.stringify(format)}`, EXIT.usage);
  return format as Format;
}

/** The worker threads `--jobs` asks for: the cores available where it is not given; a usage error for anything but a whole number from 1. */
export function chosenJobs(command: string, jobs: string | undefined): number {
  if (jobs === undefined) return availableParallelism();
  const count = Number(jobs);
  if (!/^\d+$/.test(jobs) || !Number.isSafeInteger(count) || count < 1)
    throw new CliError(`news-events ${command}: --jobs must be a whole number of threads, 1 or more, not ${JSON.stringify(jobs)}`, EXIT.usage);
  return count;
}
