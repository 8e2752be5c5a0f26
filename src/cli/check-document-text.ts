import type { NewsDocument } from "../model/document.js";
import { formatProblem, toPointer, type Problem, type ProblemCode } from "../validate/problem.js";
import { parseDocumentJson } from "../validate/validate-document.js";
import { bytePosition, decodeUtf8 } from "./decode-utf8.js";
import { escapeControl } from "./escape-control.js";
import { formatBytes } from "./format-quantity.js";
import { LineMap, locatePaths, syntaxErrorOffset } from "./json-position.js";

/**
 * What went wrong with one document: a {@link ProblemCode} from validation, or one of the
 * command line's own: `invalid-utf8` (the bytes are not UTF-8) and `line-too-long` (an
 * NDJSON line over the limit).
 */
export type CliProblemCode = ProblemCode | "invalid-utf8" | "line-too-long";

/** A problem with the line and column of the value at fault, where they can be known. */
export interface LocatedProblem {
  readonly code: CliProblemCode;
  readonly path: readonly (string | number)[];
  readonly pointer: string;
  readonly message: string;
  readonly zodCode?: string;
  /** The line, from 1: in the file, or the NDJSON line. */
  readonly line?: number;
  /** The column, from 1, in UTF-16 code units. */
  readonly column?: number;
}

/** The outcome of checking one document's bytes. */
export type Checked =
  | { readonly ok: true; readonly document: NewsDocument }
  | { readonly ok: false; readonly problems: readonly LocatedProblem[] };

const rootProblem = (code: CliProblemCode, message: string, line?: number, column?: number): LocatedProblem => ({
  code,
  path: [],
  pointer: toPointer([]),
  message,
  ...(line === undefined ? {} : { line }),
  ...(column === undefined ? {} : { column }),
});

/**
 * Decodes, parses and validates one document, and places each problem at a line and
 * column of its text. `lineNumber` is the NDJSON line the text came from; without it,
 * lines count within the text.
 */
export function checkBytes(bytes: Uint8Array, lineNumber?: number): Checked {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const at = bytePosition(bytes, decoded.offset);
    const byte = bytes[decoded.offset]!.toString(16).padStart(2, "0");
    return {
      ok: false,
      problems: [
        rootProblem(
          "invalid-utf8",
          `the text is not valid UTF-8: byte 0x${byte} at byte offset ${decoded.offset} does not start or continue a UTF-8 sequence`,
          lineNumber ?? at.line,
          at.column,
        ),
      ],
    };
  }
  return checkText(decoded.text, lineNumber);
}

/** Parses and validates one document's text, placing each problem as {@link checkBytes} does. */
export function checkText(text: string, lineNumber?: number): Checked {
  const result = parseDocumentJson(text);
  if (result.ok) return result;
  const lines = new LineMap(text);
  const place = (found: Problem, offset: number | undefined): LocatedProblem => {
    if (offset === undefined) return lineNumber === undefined ? found : { ...found, line: lineNumber };
    const at = lines.positionOf(offset);
    return { ...found, line: lineNumber ?? at.line, column: at.column };
  };
  if (result.problems[0]?.code === "invalid-json") return { ok: false, problems: [place(result.problems[0], syntaxErrorOffset(text))] };
  const offsets = locatePaths(text, result.problems.map((found) => found.path));
  return { ok: false, problems: result.problems.map((found, index) => place(found, offsets[index])) };
}

/** The problem for an NDJSON line too long to read. */
export function lineTooLong(lineNumber: number, length: number, limit: number): LocatedProblem {
  return rootProblem(
    "line-too-long",
    `the line is ${formatBytes(length)}, over the ${formatBytes(limit)} limit for one NDJSON line; it was skipped unread`,
    lineNumber,
  );
}

/** The codes of problems that mean the text could not be read as a JSON document at all. */
const UNREADABLE: ReadonlySet<CliProblemCode> = new Set<CliProblemCode>(["invalid-utf8", "invalid-json", "line-too-long"]);

/**
 * Whether a document's problems say it could not be read as JSON at all (bytes that are
 * not UTF-8, text that is not JSON, a line over the limit), rather than read and found
 * invalid: the difference between exit codes 3 and 1.
 */
export function isUnreadable(problems: readonly LocatedProblem[]): boolean {
  return problems.length > 0 && UNREADABLE.has(problems[0]!.code);
}

/**
 * The same problems with a hint where JSON text goes on after a whole value, as NDJSON
 * read as one document does: to give `--ndjson`.
 */
export function withNdjsonHint(problems: readonly LocatedProblem[]): readonly LocatedProblem[] {
  const [first] = problems;
  if (first?.code !== "invalid-json" || !/after JSON|Unexpected non-whitespace/i.test(first.message)) return problems;
  return [
    {
      ...first,
      message: `${first.message}; the text goes on after one whole document: to check one document a line, give --ndjson or name the file .ndjson`,
    },
  ];
}

/**
 * One problem as one line: `file:line:column: /pointer: message (code)`, with control
 * characters in it escaped, so that nothing in a document can begin a line of its own.
 */
export function formatLocated(file: string, found: LocatedProblem): string {
  const where = [file, found.line, found.line === undefined ? undefined : found.column].filter((part) => part !== undefined).join(":");
  return escapeControl(`${where}: ${formatProblem(found as Problem)}`);
}
