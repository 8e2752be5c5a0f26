import type { NewsDocument } from "../model/document.js";
import { runDocumentChecks } from "./_lib/document-checks.js";
import { isRecord } from "./_lib/is-record.js";
import { parseShape } from "./compiled.js";
import { migrateDocument } from "./migrate.js";
import { hiddenPrototypeKeys } from "./prototype-keys.js";
import { problem, type Problem } from "./problem.js";
import { shapeProblems } from "./shape.js";

/**
 * The result of validating a document: the typed document, or the problems found.
 * Never thrown.
 * @group Validation
 */
export type ValidationResult =
  | {
      /** The document is valid. */
      readonly ok: true;
      /** The typed, validated document: the input itself, not a copy (or, for an older schema version, the migrated document). */
      readonly document: NewsDocument;
    }
  | {
      /** The document is not valid. */
      readonly ok: false;
      /** Every problem found, in document order within each check. */
      readonly problems: readonly Problem[];
    };

/**
 * Runs the whole-document checks on a document whose shape is already known to be
 * right: unique ids, references that resolve to the right kind, quotes that match the
 * article, ordered intervals, inference marks that point at values, and no cycles.
 *
 * @remarks Returns an empty list for a valid document. {@link validateDocument} runs
 * the shape check and then this.
 * @example
 * ```ts
 * checkDocument(fixture).length;
 * //=> 0
 * ```
 * @group Validation
 */
export function checkDocument(document: NewsDocument): Problem[] {
  return runDocumentChecks(document);
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
 * so deeply that checking it would exhaust the stack is a `too-deep` problem. On zod
 * 4.6 and later the shape check runs on a check generated from the schema when the
 * package was built: plain code, fast from the first call and where a
 * Content-Security-Policy forbids `new Function`, with the same results and problems
 * as zod's parser. A valid document is returned as it was given, typed: nothing
 * is copied, since the schemas have no defaults and no transforms to apply.
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
  let current = input;
  // A document without a version is left to the shape check, which says what is missing.
  if (isRecord(input) && Object.hasOwn(input, "schemaVersion")) {
    const migrated = migrateDocument(input);
    if (!migrated.ok) return migrated;
    current = migrated.document;
  }
  try {
    const parsed = parseShape(current);
    if (!parsed.success) return { ok: false, problems: [...hiddenPrototypeKeys(current), ...shapeProblems(parsed.error.issues)] };
    const hidden = hiddenPrototypeKeys(current);
    if (hidden.length > 0) return { ok: false, problems: hidden };
    const problems = checkDocument(parsed.data);
    return problems.length === 0 ? { ok: true, document: parsed.data } : { ok: false, problems };
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return { ok: false, problems: [problem("too-deep", [], `the input nests too deeply to check (${error.message})`)] };
    throw error;
  }
}

/**
 * Parses JSON text and validates the document in it, as {@link validateDocument} does.
 * Text that is not JSON is an `invalid-json` problem, not an exception.
 * @example
 * ```ts
 * const result = parseDocumentJson(await readFile("article.json", "utf8"));
 * ```
 * @group Validation
 */
export function parseDocumentJson(text: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem("invalid-json", [], `the text is not valid JSON: ${(error as Error).message}`)] };
  }
  return validateDocument(input);
}
