import * as z from "zod";
import { NewsDocument } from "../model/document.js";
import { problem, type Problem } from "./problem.js";

/**
 * The result of checking a document's shape: the parsed document, or its shape
 * problems.
 * @group Validation
 */
export type ShapeResult =
  | {
      /** The value has the shape of a document. */
      readonly ok: true;
      /** The value as zod parses it: a new object, in which zod may normalise a string format (it trims a URL). */
      readonly document: NewsDocument;
    }
  | {
      /** The value does not have the shape of a document. */
      readonly ok: false;
      /** A `shape` problem for each of zod's issues. */
      readonly problems: readonly Problem[];
    };

/**
 * How the shape check runs: `"compiled"` on zod's compiled validator (`z.compile`,
 * zod 4.5 and later, where code generation is allowed), `"parser"` on zod's own parser
 * in its jitless mode.
 * @group Validation
 */
export type ShapeMode = "compiled" | "parser";

interface ShapeChecker {
  readonly mode: ShapeMode;
  readonly schema: typeof NewsDocument;
}

let checker: ShapeChecker | undefined;

function shapeChecker(): ShapeChecker {
  if (checker) return checker;
  // z.compile exists from zod 4.5; where it cannot generate code (a page whose
  // Content-Security-Policy forbids it) it hands back the schema itself.
  const compiled = typeof z.compile === "function" ? z.compile(NewsDocument) : NewsDocument;
  return (checker = compiled === NewsDocument ? { mode: "parser", schema: NewsDocument } : { mode: "compiled", schema: compiled });
}

/**
 * Which way {@link checkShape} runs here; see {@link ShapeMode}.
 * @example
 * ```ts
 * shapeMode();
 * //=> "compiled"
 * ```
 * @group Validation
 */
export function shapeMode(): ShapeMode {
  return shapeChecker().mode;
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === "number" ? part : String(part)));
}

/**
 * Turns zod's issues into {@link Problem}s with code `shape`: one per unknown key, with
 * the key in its path; the first branch's issues for a union that matched no branch.
 * @example
 * ```ts
 * shapeProblems(NewsDocument.safeParse({}).error!.issues)[0]?.pointer;
 * //=> "/schemaVersion"
 * ```
 * @group Validation
 */
export function shapeProblems(issues: readonly z.core.$ZodIssue[], base: readonly (string | number)[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...pathOf(issue.path)];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        problems.push(
          problem(
            "shape",
            [...path, key],
            `unknown key "${key}": it is not part of the model, so it would be lost; remove it or move it under "extensions"`,
            issue.code,
          ),
        );
    } else if (issue.code === "invalid_union" && issue.errors.length > 0 && issue.errors[0]!.length > 0) {
      problems.push(...shapeProblems(issue.errors[0]!, path));
    } else {
      problems.push(problem("shape", path, issue.message, issue.code));
    }
  }
  return problems;
}

/**
 * Checks that a value has the shape of a {@link NewsDocument}: the same answer and the
 * same issues as `NewsDocument.safeParse`, as problems.
 *
 * @remarks Runs on zod's compiled validator where zod has it and code generation is
 * allowed, and on zod's parser, jitless, elsewhere; zod's compiled validator gives the
 * same results and issues as its parser. The shape is not the whole of validity: see
 * {@link validateDocument}.
 * @example
 * ```ts
 * checkShape({ schemaVersion: 1 }).ok;
 * //=> false
 * ```
 * @group Validation
 */
export function checkShape(input: unknown): ShapeResult {
  const { mode, schema } = shapeChecker();
  const parsed = mode === "compiled" ? schema.safeParse(input) : schema.safeParse(input, { jitless: true });
  return parsed.success ? { ok: true, document: parsed.data } : { ok: false, problems: shapeProblems(parsed.error.issues) };
}
