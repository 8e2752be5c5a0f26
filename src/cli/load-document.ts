import { japanNorthKorea2004 } from "../fixtures/index.js";
import type { NewsDocument } from "../model/document.js";
import { checkBytes, formatLocated } from "./check.js";
import { displayName, readWhole } from "./inputs.js";
import { CliError, plural, type CliIo } from "./io.js";

/** The most problems listed when a document given to `summary`, `timeline` or `export` is invalid. */
const SHOWN_PROBLEMS = 10;

/**
 * Reads and validates the one document a command works on: a JSON file, stdin for `-`,
 * or, with no file, the embedded fixture (the article on the Japan–North Korea talks of
 * February 2004). An invalid document is an error that lists its first problems.
 */
export async function loadDocument(file: string | undefined, io: CliIo): Promise<NewsDocument> {
  if (file === undefined) return japanNorthKorea2004;
  const checked = checkBytes(await readWhole(file, io));
  if (checked.ok) return checked.document;
  const name = displayName(file);
  const shown = checked.problems.slice(0, SHOWN_PROBLEMS).map((found) => `  ${formatLocated(name, found)}`);
  const more = checked.problems.length - shown.length;
  throw new CliError(
    [
      `${name} is not a valid document (${plural(checked.problems.length, "problem")}):`,
      ...shown,
      ...(more > 0 ? [`  … and ${more} more; run news-events validate ${file} to see them all`] : []),
    ].join("\n"),
  );
}
