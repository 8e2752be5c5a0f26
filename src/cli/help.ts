// The help text of the program and of each command, made from the commands themselves.
import type { Command } from "./command.js";
import { exitCodesHelp } from "./exit-codes.js";

/** The program's help: every command with its synopsis and what it does, then the exit codes. */
export function mainHelp(commands: readonly Command[]): string {
  const lines = commands.map((command) => [`${command.name} ${command.synopsis}`, command.summary] as const);
  const width = Math.max(...lines.map(([usage]) => usage.length)) + 2;
  return `news-events: validate, describe and export news-event documents

Usage: news-events <command> [options] [file…]

Commands:
${lines.map(([usage, summary]) => `  ${usage.padEnd(width)} ${summary}`).join("\n")}

Options:
  -h, --help     show this help, or a command's with news-events <command> --help
  -v, --version  print the version

With no file, summary, timeline and export use the embedded example document
(the article on the Japan-North Korea talks of February 2004). A file named -
is read from stdin.

Exit codes:
${exitCodesHelp()}
`;
}

/** A command's own help: its usage line, then what it wrote. */
export function commandHelp(command: Command): string {
  return `Usage: news-events ${command.name} ${command.synopsis}\n\n${command.help}`;
}
