import { KNOWN_SCHEMA_VERSIONS, SCHEMA_VERSION, type NewsDocument } from "../model/document.js";
import { parseShape } from "./compiled.js";
import { checkConsistency } from "./consistency.js";
import { locateEntities } from "./entities.js";
import { checkEvidence } from "./evidence.js";
import { checkInferences } from "./inferences.js";
import { problem, type Problem } from "./problem.js";
import { checkReferences } from "./references.js";
import { shapeProblems } from "./shape.js";
import { checkTimes } from "./times.js";

/**
 * The result of validating a document: the typed document, or the problems found.
 * Never thrown.
 * @group Validation
 */
export type ValidationResult =
  | {
      /** The document is valid. */
      readonly ok: true;
      /** The typed, validated document. */
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
  const { locations, problems } = locateEntities(document);
  problems.push(
    ...checkReferences(document, locations),
    ...checkEvidence(document),
    ...checkTimes(document),
    ...checkInferences(document),
    ...checkConsistency(document, locations),
  );
  return problems;
}

function versionProblem(input: unknown): Problem | undefined {
  if (input === null || typeof input !== "object" || Array.isArray(input) || !Object.hasOwn(input, "schemaVersion")) return undefined;
  const version: unknown = (input as { readonly schemaVersion: unknown }).schemaVersion;
  if (typeof version === "number" && KNOWN_SCHEMA_VERSIONS.includes(version)) return undefined;
  return problem(
    "unknown-version",
    ["schemaVersion"],
    `schemaVersion ${JSON.stringify(version) ?? String(version)} is not one this release of news-event-models reads (it reads ${KNOWN_SCHEMA_VERSIONS.join(", ")}; it writes ${SCHEMA_VERSION}): upgrade the package to read newer documents`,
  );
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
 * so deeply that checking it would exhaust the stack is a `too-deep` problem. Once
 * enough documents have been checked, the shape check runs on a validator compiled by
 * `z.compile` (zod 4.5 and later, where `new Function` is allowed), with the same
 * results and problems.
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
  const version = versionProblem(input);
  if (version) return { ok: false, problems: [version] };
  try {
    const parsed = parseShape(input);
    if (!parsed.success) return { ok: false, problems: shapeProblems(parsed.error.issues) };
    const problems = checkDocument(parsed.data);
    return problems.length === 0 ? { ok: true, document: parsed.data } : { ok: false, problems };
  } catch (error) {
    if (error instanceof RangeError)
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
