/**
 * What went wrong, as a stable code to branch on.
 *
 * @remarks
 * - `invalid-json`: the text is not JSON.
 * - `duplicate-key`: the JSON text gives one key twice in an object, so the first value would be lost.
 * - `inexact-number`: the JSON text holds a number that a JavaScript number cannot hold exactly (`12345678901234567890`, `1e-400`).
 * - `not-json`: the value is not JSON data: a cycle, a getter that throws, a function, a `Date`, a `BigInt`.
 * - `unknown-version`: the document's `schemaVersion` is one this release cannot read.
 * - `shape`: the value does not fit the schema (a wrong type, a missing field, an
 *   unknown key); `zodCode` gives zod's own code.
 * - `duplicate-id`: two objects share an id.
 * - `dangling-reference`: a reference names no object in the document.
 * - `wrong-kind`: a reference names an object of the wrong kind (a delegation head that
 *   is a state).
 * - `quote-mismatch`: an evidence quote differs from the article text at its offsets.
 * - `span-out-of-range`: a span or furniture range falls outside the text, or ends before it starts.
 * - `span-in-furniture`: an evidence span overlaps page furniture.
 * - `interval-order`: a resolved interval ends before it starts.
 * - `inference-path`: an inference mark points at no value.
 * - `cycle`: a chain of parents, nested attributions or answers loops back on itself.
 * - `inconsistent`: two facts contradict each other (a delegation with two heads).
 * - `too-deep`: the input nests too deeply to check without exhausting the stack.
 * - `too-large`: the input would be too large written out as JSON (shared objects repeated past count), or holds a key too long to report.
 * - `span-splits-character`: a span or furniture range starts or ends between the two UTF-16 code units of one character.
 * - `quote-not-found`: a quote of a model's answer is nowhere in the article (or nowhere with the context it gives).
 * - `quote-ambiguous`: a quote of a model's answer occurs more than once, and no context says which; `candidates` gives where.
 * @group Validation
 */
export type ProblemCode =
  | "invalid-json"
  | "duplicate-key"
  | "inexact-number"
  | "not-json"
  | "unknown-version"
  | "shape"
  | "duplicate-id"
  | "dangling-reference"
  | "wrong-kind"
  | "quote-mismatch"
  | "span-out-of-range"
  | "span-in-furniture"
  | "interval-order"
  | "inference-path"
  | "cycle"
  | "inconsistent"
  | "too-deep"
  | "too-large"
  | "span-splits-character"
  | "quote-not-found"
  | "quote-ambiguous";

/**
 * One problem found in a document: where it is, as a path and a JSON Pointer, and what
 * is wrong, as a code and a readable message.
 * @example
 * ```ts
 * // {
 * //   code: "wrong-kind",
 * //   path: ["delegations", 0, "members", 0, "personId"],
 * //   pointer: "/delegations/0/members/0/personId",
 * //   message: '`personId` must name a person; `japan` is a state',
 * // }
 * ```
 * @group Validation
 */
export interface Problem {
  /** A stable code to branch on. */
  readonly code: ProblemCode;
  /** The path from the document root to the value at fault. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), such as `/meetings/2/sidelinesOfId`. */
  readonly pointer: string;
  /** What is wrong, in a sentence. */
  readonly message: string;
  /** For a `shape` problem, zod's own issue code (`invalid_type`, `unrecognized_keys`…). */
  readonly zodCode?: string;
  /** For `quote-ambiguous` and `quote-not-found`, where the quoted words occur in the article, as UTF-16 offsets. */
  readonly candidates?: readonly {
    /** Offset of the first character of the occurrence, in UTF-16 code units. */
    readonly start: number;
    /** Offset just past the occurrence (exclusive). */
    readonly end: number;
  }[];
}

/**
 * Turns a path into a JSON Pointer (RFC 6901), escaping `~` and `/`.
 * @example
 * ```ts
 * toPointer(["actors", 0, "name"]);
 * //=> "/actors/0/name"
 * ```
 * @group Validation
 */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/**
 * Makes a {@link Problem} from a code, a path and a message.
 * @group Validation
 */
export function problem(code: ProblemCode, path: readonly (string | number)[], message: string, zodCode?: string): Problem {
  const made: Problem = { code, path: [...path], pointer: toPointer(path), message };
  return zodCode === undefined ? made : { ...made, zodCode };
}

/**
 * Formats a problem as one line: `/meetings/2/sidelinesOfId: "x" names nothing in the document (dangling-reference)`.
 * @example
 * ```ts
 * formatProblem(problem("duplicate-id", ["actors", 3, "id"], 'the id "japan" is used twice'));
 * //=> '/actors/3/id: the id "japan" is used twice (duplicate-id)'
 * ```
 * @group Validation
 */
export function formatProblem(found: Problem): string {
  return `${found.pointer || "/"}: ${found.message} (${found.code})`;
}
