// The work of `news-events validate`: read each input, check each document, report as it goes.
import { checkBytes, isUnreadable, lineTooLong, withNdjsonHint, type LocatedProblem } from "./check-document-text.js";
import { CliError } from "./command.js";
import type { ValidateOptions } from "./commands/validate.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./output.js";
import { Progress } from "./progress.js";
import { describeFileError, displayName, looksLikeNdjson, MAX_LINE_BYTES, namedNdjson, openInput, readDocumentBytes, type Input } from "./read-input.js";
import { isBlankLine, splitLines } from "./split-lines.js";
import { LinePool, POOL_AFTER_LINES, WorkerFailure, type Checked } from "./validate-pool.js";
import { ValidationReport, type Counts, type DocumentOutcome, type ValidationSummary } from "./validate-report.js";


const zero = (): Counts => ({ documents: 0, valid: 0, invalid: 0, unreadable: 0, problems: 0 });

/**
 * The exit code for what has been found: an input error (3) outweighs an invalid
 * document (1), since not everything could be checked. A run cut short by the output
 * closing, with nothing failed so far, is 141, never 0: no one has seen every document
 * pass. No document at all is an input error.
 */
export function exitCodeFor(summary: Counts, complete: boolean): number {
  if (summary.unreadable > 0) return EXIT.input;
  if (summary.invalid > 0) return EXIT.invalid;
  if (!complete) return EXIT.outputClosed;
  if (summary.documents === 0) return EXIT.input;
  return EXIT.success;
}

/**
 * Validates JSON and NDJSON inputs and reports every problem with its file, line,
 * column, JSON path and message, a line for each input, then the totals. NDJSON is
 * streamed a line at a time and the report waits for a slow reader, so memory stays
 * flat however many documents there are and whatever reads the output. Returns the
 * exit code (see {@link exitCodeFor}).
 */
export async function validateInputs(options: ValidateOptions, io: CliIo): Promise<number> {
  const report = new ValidationReport(io.stdout, io.stderr, options.format);
  const totals = zero();
  let files = 0;
  const progress = new Progress(io.stderr, { mode: options.progress, now: io.now });
  let bytes = 0;
  let counts = zero();
  const record = async (file: string, line: number | undefined, problems: readonly LocatedProblem[]) => {
    const outcome: DocumentOutcome = problems.length === 0 ? "valid" : isUnreadable(problems) ? "unreadable" : "invalid";
    for (const tally of [counts, totals]) {
      tally.documents++;
      tally[outcome]++;
      tally.problems += problems.length;
    }
    await report.document({ file, line }, outcome, problems);
    progress.update(totals.documents, bytes);
  };
  // With more than one job, lines go to worker threads once a run has shown it is more
  // than a handful of documents, since starting the threads costs more than checking a few.
  const pool = options.jobs > 1 ? new LinePool(options.jobs) : undefined;
  const checkNdjson = async (name: string, input: Input) => {
    const recordAll = async (checked: readonly Checked[]) => {
      for (const { line, result } of checked) await record(name, line, result);
    };
    try {
      for await (const line of splitLines(input.chunks(), MAX_LINE_BYTES)) {
        if (line.tooLong) {
          bytes += line.length + 1;
          const problems = [lineTooLong(line.number, line.length, MAX_LINE_BYTES)];
          if (pool?.pending) await recordAll(await pool.add(line.number, problems));
          else await record(name, line.number, problems);
        } else {
          bytes += line.bytes.length + 1;
          if (isBlankLine(line.bytes)) continue;
          if (pool && (pool.started || totals.documents >= POOL_AFTER_LINES)) await recordAll(await pool.submit(line.bytes, line.number));
          else {
            const checked = checkBytes(line.bytes, line.number);
            await record(name, line.number, checked.ok ? [] : checked.problems);
          }
        }
        if (io.stdout.closed) return;
      }
    } finally {
      // What is in flight belongs to this input, whether it ended or failed to be read.
      while (pool?.pending && !io.stdout.closed) await recordAll([await pool.next()]);
    }
  };

  const checkInputs = async () => {
    for (const file of options.files) {
      if (io.stdout.closed) break;
      const name = displayName(file);
      files++;
      counts = zero();
      let ndjson = options.ndjson || namedNdjson(file);
      try {
        const input = await openInput(file, io);
        try {
          if (!ndjson) ndjson = await looksLikeNdjson(input);
          if (ndjson) await checkNdjson(name, input);
          else {
            const whole = await readDocumentBytes(input);
            bytes += whole.length;
            const checked = checkBytes(whole);
            await record(name, undefined, checked.ok ? [] : withNdjsonHint(checked.problems));
          }
        } finally {
          input.close();
        }
        await report.file(name, ndjson, counts);
      } catch (error) {
        if (error instanceof WorkerFailure) throw error;
        totals.unreadable++;
        await report.unreadableFile(name, (error instanceof CliError ? error : describeFileError(error, file)).message);
      }
    }
  };

  await report.start();
  try {
    await checkInputs();
  } finally {
    await pool?.close();
  }
  const complete = !io.stdout.closed;
  progress.finish(totals.documents, bytes);
  const code = exitCodeFor(totals, complete);
  const summary: ValidationSummary = { files, ...totals, ok: code === EXIT.success };
  if (complete && totals.documents === 0 && totals.unreadable === 0)
    await io.stderr.write("news-events validate: no documents were found: the inputs are empty or hold only blank lines\n");
  await report.end(summary);
  return code;
}
