// The worker thread of `news-events validate --jobs`: checks a batch of NDJSON lines,
// each exactly as the main thread does with one job.
import { checkBytes, type LocatedProblem } from "./check-document-text.js";

/** NDJSON lines to check, in order: their bytes (transferred, not copied) and their line numbers. */
export interface LinesTask {
  readonly lines: readonly Uint8Array[];
  readonly numbers: readonly number[];
}

/** Checks each line, as {@link checkBytes} does, and returns the problems of each: none where it is valid. */
export function checkLines(task: LinesTask): (readonly LocatedProblem[])[] {
  return task.lines.map((bytes, index) => {
    const checked = checkBytes(bytes, task.numbers[index]);
    return checked.ok ? [] : checked.problems;
  });
}
