// The documents of a corpus as the commands that take many read them: one JSON document,
// or NDJSON streamed a line at a time, each line checked before it is used.
import { japanNorthKorea2004 } from "../fixtures/index.js";
import type { NewsDocument } from "../model/document.js";
import { checkBytes, formatLocated, isUnreadable, lineTooLong } from "./check-document-text.js";
import { CliError } from "./command.js";
import { escapeControl } from "./escape-control.js";
import { EXIT } from "./exit-codes.js";
import { plural } from "./format-quantity.js";
import { documentFromInput } from "./load-document.js";
import type { CliIo } from "./output.js";
import { displayName, looksLikeNdjson, MAX_LINE_BYTES, namedNdjson, openInput } from "./read-input.js";
import { isBlankLine, splitLines } from "./split-lines.js";

/** The most problems listed when a document of a corpus is invalid. */
const SHOWN_PROBLEMS = 10;

/**
 * Yields the documents of one input: with no file, the embedded example document; a
 * file (or `-` for stdin) holding one JSON document, as `summary` reads one; or NDJSON
 * (a name ending .ndjson or .jsonl, or a first line that is a whole JSON value with
 * more after it), a line at a time, blank lines skipped. The first document that is not
 * valid stops the reading with a {@link CliError} that names its line and lists its
 * first problems: exit code 1 where it is invalid, 3 where it is not JSON at all.
 */
export async function* readCorpus(file: string | undefined, io: CliIo): AsyncGenerator<NewsDocument> {
  if (file === undefined) {
    yield japanNorthKorea2004;
    return;
  }
  const input = await openInput(file, io);
  if (!namedNdjson(file) && !(await looksLikeNdjson(input))) {
    yield await documentFromInput(input, file);
    return;
  }
  const name = displayName(file);
  try {
    let documents = 0;
    for await (const line of splitLines(input.chunks(), MAX_LINE_BYTES)) {
      if (!line.tooLong && isBlankLine(line.bytes)) continue;
      const checked = line.tooLong ? { ok: false as const, problems: [lineTooLong(line.number, line.length, MAX_LINE_BYTES)] } : checkBytes(line.bytes, line.number);
      if (!checked.ok) {
        const shown = checked.problems.slice(0, SHOWN_PROBLEMS).map((found) => `  ${formatLocated(name, found)}`);
        const more = checked.problems.length - shown.length;
        throw new CliError(
          [
            `${escapeControl(name)}:${line.number} is not a valid document (${plural(checked.problems.length, "problem")}); nothing was written:`,
            ...shown,
            ...(more > 0 ? [`  … and ${more} more`] : []),
            `  run news-events validate ${escapeControl(file)} to see every problem of the corpus`,
          ].join("\n"),
          isUnreadable(checked.problems) ? EXIT.input : EXIT.invalid,
        );
      }
      documents++;
      yield checked.document;
    }
    if (documents === 0) throw new CliError(`${escapeControl(name)}: no documents: the input is empty or holds only blank lines`, EXIT.input);
  } finally {
    input.close();
  }
}
