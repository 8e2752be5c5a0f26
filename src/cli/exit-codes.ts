// The exit codes of news-events: the one list that the help text and docs/cli.md show.

/**
 * Each way the program can end, with its exit code and what it means to a script.
 * Input errors have their own code so that a script can tell "the data is wrong" (1)
 * from "the data could not be read at all" (3).
 */
export const EXIT_CODES = {
  success: { code: 0, meaning: "success; for validate: at least one document, every one of them valid, every input read" },
  invalid: { code: 1, meaning: "validate: a document is invalid; summary, timeline, export: the document (or a document of the corpus) is invalid" },
  usage: { code: 2, meaning: "a usage error: an unknown command, option or value, a format this build lacks or whose optional dependency is not installed, SQL that DuckDB refuses, or too many files" },
  input: {
    code: 3,
    meaning: "an input error: an input that cannot be read (missing, a directory, no permission), is not UTF-8 or not JSON, is over a size limit, or holds no document at all",
  },
  internal: { code: 70, meaning: "an internal error: a bug in news-event-models, to be reported" },
  outputClosed: {
    code: 141,
    meaning: "validate: the output was closed (as by | head) before every document was checked and none had failed yet, as when a program is stopped by SIGPIPE",
  },
} as const;

/** What a run can end with, by name. */
export type ExitReason = keyof typeof EXIT_CODES;

/** An exit code, by name: `EXIT.input` is 3. */
export const EXIT = Object.fromEntries(Object.entries(EXIT_CODES).map(([name, { code }]) => [name, code])) as {
  readonly [Reason in ExitReason]: (typeof EXIT_CODES)[Reason]["code"];
};

// Words wrapped to lines of at most `width` characters.
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** The exit codes as the help text lists them: the code, then its meaning wrapped under itself. */
export function exitCodesHelp(): string {
  return Object.values(EXIT_CODES)
    .map(({ code, meaning }) => `  ${String(code).padStart(3)}  ${wrap(meaning, 72).join(`\n${" ".repeat(7)}`)}`)
    .join("\n");
}
