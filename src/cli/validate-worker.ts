// The worker thread of `news-events validate --jobs`: checks one NDJSON line at a time,
// exactly as the main thread does with one job.
import { checkBytes, type LocatedProblem } from "./check-document-text.js";

/** One NDJSON line to check: its bytes (transferred, not copied) and its line number. */
export interface LineTask {
  readonly bytes: Uint8Array;
  readonly line: number;
}

/** Checks one line, as {@link checkBytes} does, and returns its problems: none when it is valid. */
export function checkLine(task: LineTask): readonly LocatedProblem[] {
  const checked = checkBytes(task.bytes, task.line);
  return checked.ok ? [] : checked.problems;
}
