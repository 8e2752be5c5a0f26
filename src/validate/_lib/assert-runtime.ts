// The functions a generated shape check calls, and the way the document's check finds
// the values it reads in the schemas. Kept apart from the generator
// (scripts/assert-code.ts), which only the build and the tests load.
import * as z from "zod";

/** A check that only answers whether the input is valid. */
export type Assertion = (input: unknown) => boolean;

/** A check or a schema as zod runs its own check: by adding issues to a payload. */
export interface CustomCheck {
  readonly _zod: { readonly check: (payload: { value: unknown; issues: unknown[] }) => unknown };
}

/**
 * Runs a custom check on a value that has passed its schema's own type, as zod's parser
 * does: the check reports by adding issues. A check that answers with a promise (an
 * async refinement) or throws fails here, so zod's parser decides.
 */
export function runCustom(check: CustomCheck, value: unknown): boolean {
  const payload = { value, issues: [] as unknown[] };
  try {
    const result = check._zod.check(payload);
    if (result instanceof Promise) {
      // zod's parser, which runs next, reports the asynchronous check; this run's outcome is not wanted
      result.catch(() => undefined);
      return false;
    }
    return payload.issues.length === 0;
  } catch {
    return false;
  }
}

/** Whether zod's own parser accepts the value: the check of a part the generator does not write out. */
export function parseIsland(schema: z.core.$ZodType, value: unknown): boolean {
  return z.safeParse(schema, value).success;
}

/** What a value read from the schemas must be for the generated check to use it. */
export type ReachedKind = "schema" | "pattern" | "values";

/**
 * Follows a path of property names from a schema to a value the generated check reads:
 * a schema part, a pattern or an enum's set of values. Returns `undefined`, never
 * throws, where a step is missing or the value is not of the kind expected, as it would
 * be on a zod whose definitions are laid out differently.
 */
export function reach(root: unknown, kind: ReachedKind, path: readonly (string | number)[]): unknown {
  let at: unknown = root;
  try {
    for (const step of path) {
      if ((typeof at !== "object" && typeof at !== "function") || at === null) return undefined;
      at = (at as Record<string | number, unknown>)[step];
    }
  } catch {
    // a getter on the way threw: a layout this module was not generated for
    return undefined;
  }
  const fits =
    kind === "pattern"
      ? at instanceof RegExp
      : kind === "values"
        ? at instanceof Set
        : typeof at === "object" && at !== null && typeof (at as { _zod?: unknown })._zod === "object";
  return fits ? at : undefined;
}
