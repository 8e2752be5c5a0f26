import { checkBytes, formatLocated, lineTooLong, type LocatedProblem } from "./check.js";
import { displayName, isNdjson, MAX_LINE_BYTES, openStream, readWhole, describeFileError } from "./inputs.js";
import { CliError, plural, type CliIo } from "./io.js";
import { splitLines } from "./lines.js";
import { Progress, type ProgressMode } from "./progress.js";

/** Options of `news-events validate`. */
export interface ValidateOptions {
  /** The inputs; `-` is stdin. */
  readonly files: readonly string[];
  /** Read every input as NDJSON, whatever its extension. */
  readonly ndjson: boolean;
  /** Print one JSON report instead of lines of text. */
  readonly json: boolean;
  readonly progress: ProgressMode;
}

/** The totals that end a validation. */
export interface ValidationSummary {
  files: number;
  documents: number;
  valid: number;
  invalid: number;
  problems: number;
  unreadable: number;
}

/** Writes what validation finds, as text or as one JSON object streamed piece by piece. */
class Reporter {
  private first = true;

  constructor(
    private readonly io: CliIo,
    private readonly json: boolean,
  ) {
    if (json) io.stdout.write('{"results":[');
  }

  private item(value: object): void {
    this.io.stdout.write(`${this.first ? "" : ","}\n${JSON.stringify(value)}`);
    this.first = false;
  }

  invalid(file: string, line: number | undefined, problems: readonly LocatedProblem[]): void {
    if (this.json) this.item({ kind: "invalid-document", file, ...(line === undefined ? {} : { line }), problems });
    else for (const found of problems) this.io.stdout.write(`${formatLocated(file, found)}\n`);
  }

  unreadable(file: string, message: string): void {
    if (this.json) this.item({ kind: "unreadable-file", file, message });
    else this.io.stderr.write(`news-events validate: ${message}\n`);
  }

  end(summary: ValidationSummary): void {
    const ok = summary.invalid === 0 && summary.unreadable === 0;
    if (this.json) {
      this.io.stdout.write(`${this.first ? "" : "\n"}],"summary":${JSON.stringify({ ...summary, ok })}}\n`);
      return;
    }
    const parts = [
      plural(summary.documents, "document"),
      `${summary.valid} valid`,
      `${summary.invalid} invalid`,
      plural(summary.problems, "problem"),
    ];
    if (summary.unreadable > 0) parts.push(`${summary.unreadable} unreadable ${summary.unreadable === 1 ? "file" : "files"}`);
    this.io.stdout.write(`${parts.join(", ")}\n`);
  }
}

/**
 * Validates JSON and NDJSON inputs and reports every problem with its file, line,
 * column, JSON path and message, then the totals. NDJSON is streamed a line at a time,
 * so memory stays flat however many documents there are. Returns the exit code: 0 when
 * every document is valid and every input could be read, 1 otherwise.
 */
export async function validateCommand(options: ValidateOptions, io: CliIo): Promise<number> {
  const reporter = new Reporter(io, options.json);
  const summary: ValidationSummary = { files: 0, documents: 0, valid: 0, invalid: 0, problems: 0, unreadable: 0 };
  const progress = new Progress(io.stderr, { mode: options.progress, now: io.now });
  let bytes = 0;
  const record = (file: string, line: number | undefined, problems: readonly LocatedProblem[]) => {
    summary.documents++;
    if (problems.length === 0) summary.valid++;
    else {
      summary.invalid++;
      summary.problems += problems.length;
      reporter.invalid(file, line, problems);
    }
    progress.update(summary.documents, bytes);
  };
  for (const file of options.files) {
    const name = displayName(file);
    summary.files++;
    try {
      if (isNdjson(file, options.ndjson)) {
        for await (const line of splitLines(await openStream(file, io), MAX_LINE_BYTES)) {
          if (line.tooLong) {
            bytes += line.length + 1;
            record(name, line.number, [lineTooLong(line.number, line.length, MAX_LINE_BYTES)]);
            continue;
          }
          bytes += line.bytes.length + 1;
          if (line.bytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) continue;
          const checked = checkBytes(line.bytes, line.number);
          record(name, line.number, checked.ok ? [] : checked.problems);
        }
      } else {
        const whole = await readWhole(file, io);
        bytes += whole.length;
        const checked = checkBytes(whole);
        record(name, undefined, checked.ok ? [] : checked.problems);
      }
    } catch (error) {
      summary.unreadable++;
      reporter.unreadable(name, (error instanceof CliError ? error : describeFileError(error, file)).message);
    }
  }
  progress.finish(summary.documents, bytes);
  reporter.end(summary);
  return summary.invalid === 0 && summary.unreadable === 0 ? 0 : 1;
}
