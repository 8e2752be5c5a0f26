import type { NewsDocument } from "../model/document.js";
import { checkConsistency } from "./check-consistency.js";
import { checkEvidence } from "./check-evidence.js";
import { checkIds } from "./check-ids.js";
import { checkInferences } from "./check-inferences.js";
import { checkReferences } from "./check-references.js";
import { checkShape } from "./check-shape.js";
import { checkTimes } from "./check-times.js";
import { tabulateDocument, type DocumentTable } from "./document-table.js";
import { upgradeDocument } from "./migrate.js";
import { hiddenPrototypeKeys } from "./prototype-keys.js";
import { problem, type Problem } from "./problem.js";
import { readJsonText } from "./read-json-text.js";
import { readJsonValue } from "./read-json-value.js";

/**
 * The result of validating a document: the typed document, or the problems found.
 * Never thrown.
 * @group Validation
 */
export type ValidationResult =
  | {
      /** The document is valid. */
      readonly ok: true;
      /** The typed, validated document: the input as it was read, in plain objects (or, for an older schema version, the migrated document). */
      readonly document: NewsDocument;
    }
  | {
      /** The document is not valid. */
      readonly ok: false;
      /** Every problem found, in document order within each check. */
      readonly problems: readonly Problem[];
    };

/**
 * One whole-document check: it reads a document whose shape is right, and the table of
 * its ids and references built once for all the checks, and returns its problems.
 * @group Validation
 */
export type DocumentCheck = (document: NewsDocument, table: DocumentTable) => Problem[];

/**
 * The whole-document checks {@link checkDocument} runs, in the order their problems are
 * reported.
 * @group Validation
 */
export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [checkIds, checkReferences, checkEvidence, checkTimes, checkInferences, checkConsistency];

/**
 * Runs the whole-document checks on a document whose shape is already known to be
 * right: unique ids, references that resolve to the right kind, quotes that match the
 * article, ordered intervals, inference marks that point at values, and no cycles.
 *
 * @remarks Returns an empty list for a valid document. {@link validateDocument} runs
 * the shape check and then this. Each check is one of {@link DOCUMENT_CHECKS}, and all
 * of them read one {@link DocumentTable}.
 * @example
 * ```ts
 * checkDocument(fixture).length;
 * //=> 0
 * ```
 * @group Validation
 */
export function checkDocument(document: NewsDocument): Problem[] {
  const table = tabulateDocument(document);
  return DOCUMENT_CHECKS.flatMap((check) => check(document, table));
}

/**
 * Validates a whole document from unknown input: first its shape, then the
 * whole-document checks of {@link checkDocument}. Returns the typed document, or every
 * problem found, each with a JSON path and a readable message. It never throws on bad
 * input.
 *
 * @remarks
 * Unknown keys are problems, never silently dropped. An unknown `schemaVersion` is
 * reported on its own, before the shape, so its message says what to do. Input nested
 * so deeply that checking it would exhaust the stack is a `too-deep` problem. The shape
 * check is zod's own (see {@link checkShape}); the whole-document checks are those of
 * {@link checkDocument}. The input is first read once as JSON data, into plain objects:
 * a value that is not JSON (a cycle, a getter that throws, a `Date`, a function) is a
 * `not-json` problem at its path, and input too deep or too large written out as JSON
 * is `too-deep` or `too-large`, found in time linear in its distinct objects. A valid
 * document is returned as it was read, typed: a copy in plain objects, exactly equal
 * to the input.
 * @example
 * ```ts
 * const result = validateDocument(JSON.parse(text));
 * if (result.ok) {
 *   console.log(result.document.article.text.length);
 * } else {
 *   for (const found of result.problems) console.error(formatProblem(found));
 * }
 * ```
 * @group Validation
 */
export function validateDocument(input: unknown): ValidationResult {
  const read = readJsonValue(input);
  return read.ok ? validateJson(read.value) : read;
}

/** {@link validateDocument} on a value already read as JSON data. */
function validateJson(input: unknown): ValidationResult {
  let current = input;
  // A document without a version is left to the shape check, which says what is missing.
  if (typeof input === "object" && input !== null && !Array.isArray(input) && Object.hasOwn(input, "schemaVersion")) {
    const migrated = upgradeDocument(input);
    if (!migrated.ok) return migrated;
    current = migrated.document;
  }
  try {
    const shape = checkShape(current);
    const hidden = hiddenPrototypeKeys(current);
    if (!shape.ok) return { ok: false, problems: [...hidden, ...shape.problems] };
    if (hidden.length > 0) return { ok: false, problems: hidden };
    const problems = checkDocument(shape.document);
    // The value as it was read, not zod's copy: a zod string format may normalise what it
    // accepts (a URL is trimmed), and a document is kept exactly as given.
    return problems.length === 0 ? { ok: true, document: current as NewsDocument } : { ok: false, problems };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return { ok: false, problems: [problem("too-deep", [], `the input nests too deeply to check (${error.message})`)] };
    throw error;
  }
}

/**
 * Parses JSON text and validates the document in it, as {@link validateDocument} does.
 * Text that is not JSON is an `invalid-json` problem, not an exception; a key given
 * twice in one object is a `duplicate-key` problem and a number a JavaScript number
 * cannot hold exactly (`12345678901234567890`, `1e-400`) an `inexact-number` problem in extensions,
 * each with its line and column, since `JSON.parse` would lose or change the value
 * without a word.
 * @example
 * ```ts
 * const result = parseDocumentJson(await readFile("article.json", "utf8"));
 * ```
 * @group Validation
 */
export function parseDocumentJson(text: string): ValidationResult {
  const read = readJsonText(text);
  return read.ok ? validateJson(read.value) : read;
}
