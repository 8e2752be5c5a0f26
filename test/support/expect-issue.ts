import { expect } from "vitest";
import type * as z from "zod";

/** What one expected zod issue looks like: its path, its code and (part of) its message. */
export interface ExpectedIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message?: string | RegExp;
}

/**
 * Parses `value` with `schema` and asserts that it fails with an issue at `path`, with
 * `code` and a message matching `message`.
 */
export function expectIssue(schema: z.ZodType, value: unknown, expected: ExpectedIssue): void {
  const result = schema.safeParse(value);
  expect(result.success, "expected the value to be rejected").toBe(false);
  const issues = result.error?.issues ?? [];
  const found = issues.find((issue) => JSON.stringify(issue.path) === JSON.stringify(expected.path) && issue.code === expected.code);
  expect(found, `no ${expected.code} issue at ${JSON.stringify(expected.path)}; got ${JSON.stringify(issues)}`).toBeDefined();
  if (expected.message !== undefined) expect(found?.message).toMatch(expected.message);
}

/** Asserts that `schema` accepts `value` and returns the parsed value. */
export function expectValid<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  expect(result.error?.issues ?? []).toEqual([]);
  return result.data as z.infer<Schema>;
}
