import type * as z from "zod";
import { problem, type Problem } from "./problem.js";

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((part) => (typeof part === "number" ? part : String(part)));
}

/**
 * Turns zod's issues into {@link Problem}s with code `shape`: one per unknown key, with
 * the key in its path; the first branch's issues for a union that matched no branch.
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
