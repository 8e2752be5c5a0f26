import { chosenFormat, chosenJobs, CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";
import type { ProgressMode } from "../progress.js";

/** The formats of `news-events validate --format`, with what each prints. */
export const REPORT_FORMATS = {
  pretty: "a line per problem, a line per input, the totals (the default)",
  json: "one JSON object: invalid and unreadable documents, the totals",
  ndjson: "a JSON object a line: every document, each input, the totals",
} as const;

/** A format of the validation report. */
export type ReportFormat = keyof typeof REPORT_FORMATS;

/** Options of {@link validateInputs}. */
export interface ValidateOptions {
  /** The inputs; `-` is stdin. */
  readonly files: readonly string[];
  /** Read every input as NDJSON, whatever its name and content. */
  readonly ndjson: boolean;
  /** How to print the report. */
  readonly format: ReportFormat;
  readonly progress: ProgressMode;
  /** How many threads check NDJSON lines: 1 checks them on the main thread, with no pool. */
  readonly jobs: number;
}

const formats = Object.keys(REPORT_FORMATS) as ReportFormat[];

/** `news-events validate`: checks JSON and NDJSON documents and reports every problem. */
export const validate = defineCommand({
  name: "validate",
  synopsis: "[file…]",
  summary: "check JSON or NDJSON documents; report every problem",
  help: `Checks each document's shape and whole-document rules (ids, references, evidence
quotes, times) and prints every problem as

  file:line:column: /json/pointer: message (code)

then a line for each input ("article.json: valid", "corpus.ndjson: 10 documents,
9 valid, 1 invalid, 2 problems") and the totals: "2 documents, 1 valid, 1 invalid,
3 problems".

Inputs: a file, a FIFO, a device or - (stdin; also when no file is named and stdin is
not a terminal). Files ending .ndjson or .jsonl hold one document a line and are
streamed in constant memory; so does any input whose first line is a whole JSON
value with more after it. Anything else is one JSON document.
Limits: a JSON document may be up to 64 MiB, on every kind of input (reading stops
there); an NDJSON line up to 8 MiB (a longer line is reported on that line and
skipped). Blank NDJSON lines are ignored. Reading stops at the first byte that cannot
be JSON text (binary input such as /dev/zero).

Options:
  --ndjson             read every input as NDJSON, one document a line
  --format <format>    how to print the report:
${formats.map((format) => `                         ${format.padEnd(8)}${REPORT_FORMATS[format]}`).join("\n")}
  --json               the same as --format json
  --jobs <n>           check NDJSON lines on n worker threads (default: the cores
                       available, os.availableParallelism()); the report is the
                       same, in the same order, whatever n; 1 starts no threads
  --progress           show progress on stderr even when it is not a terminal
                       (on a terminal it shows by itself once validation runs over a second)
  -h, --help           show this help

Exits 0 only when there is at least one document, every document is valid and every
input could be read; 1 when a document is invalid; 3 when an input or a document
could not be read (missing, not UTF-8, not JSON, over a limit) or there was no
document at all; 141 when the output was closed (| head) before the end and nothing
had failed yet.
`,
  options: { ndjson: { type: "boolean" }, json: { type: "boolean" }, format: { type: "string" }, progress: { type: "boolean" }, jobs: { type: "string" } },
  positionals: { max: Infinity, noun: "file" },
  async run({ values, positionals }, io) {
    const format = chosenFormat("validate", values, formats, "pretty");
    const jobs = chosenJobs("validate", values.jobs);
    let files = positionals;
    if (files.length === 0) {
      if ((io.stdin as { isTTY?: boolean }).isTTY)
        throw new CliError("news-events validate: name the files to check, or - to read stdin; see news-events validate --help", EXIT.usage);
      files = ["-"];
    }
    const { validateInputs } = await import("../validate-inputs.js");
    return validateInputs({ files, ndjson: values.ndjson === true, format, progress: values.progress ? "always" : "auto", jobs }, io);
  },
});
