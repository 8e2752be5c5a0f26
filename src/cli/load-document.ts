// The one document that summary, timeline and export work on.
import { japanNorthKorea2004 } from "../fixtures/index.js";
import type { NewsDocument } from "../model/document.js";
import { checkBytes, formatLocated, isUnreadable } from "./check-document-text.js";
import { CliError } from "./command.js";
import { escapeControl } from "./escape-control.js";
import { EXIT } from "./exit-codes.js";
import { plural } from "./format-quantity.js";
import type { CliIo } from "./output.js";
import { displayName, openInput, readDocumentBytes, type Input } from "./read-input.js";

/** The most problems listed when a document given to `summary`, `timeline` or `export` is invalid. */
const SHOWN_PROBLEMS = 10;

/**
 * Reads and validates the one document a command works on: a JSON file (or FIFO, or
 * device) within the 64 MiB limit, stdin for `-`, or, with no file, the embedded
 * fixture (the article on the Japan–North Korea talks of February 2004). A document
 * that is invalid is an error that lists its first problems (exit code 1); one that
 * cannot be read as JSON, an input error (exit code 3).
 */
export async function loadDocument(file: string | undefined, io: CliIo): Promise<NewsDocument> {
  if (file === undefined) return japanNorthKorea2004;
  return documentFromInput(await openInput(file, io), file);
}

/** Reads and validates one JSON document from an input already opened, as {@link loadDocument} does. */
export async function documentFromInput(input: Input, file: string): Promise<NewsDocument> {
  const checked = checkBytes(await readDocumentBytes(input));
  if (checked.ok) return checked.document;
  const name = displayName(file);
  const shown = checked.problems.slice(0, SHOWN_PROBLEMS).map((found) => `  ${formatLocated(name, found)}`);
  const more = checked.problems.length - shown.length;
  throw new CliError(
    [
      `${escapeControl(name)} is not a valid document (${plural(checked.problems.length, "problem")}):`,
      ...shown,
      ...(more > 0 ? [`  … and ${more} more; run news-events validate ${file} to see them all`] : []),
    ].join("\n"),
    isUnreadable(checked.problems) ? EXIT.input : EXIT.invalid,
  );
}
