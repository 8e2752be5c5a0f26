import { SCHEMA_VERSION } from "../model/document.js";
import { fromVersion1 } from "./migrate-v1.js";
import { problem, type Problem, type ProblemCode } from "./problem.js";
import { readJsonValue } from "./read-json-value.js";

/**
 * One step in the chain that upgrades documents: from one schema version to the next.
 *
 * @remarks A step receives a plain JSON object whose `schemaVersion` is `from` and
 * returns a new object whose `schemaVersion` is `to`; it must not change its input. It
 * does not validate: {@link validateDocument} does that once the chain reaches the
 * current version.
 * @example
 * ```ts
 * const renameHeadline: Migration = {
 *   from: 1,
 *   to: 2,
 *   upgrade: (document) => ({ ...document, schemaVersion: 2 }),
 * };
 * ```
 * @group Versioning
 */
export interface Migration {
  /** The version this step reads. */
  readonly from: number;
  /** The version this step writes: the next one. */
  readonly to: number;
  /** Makes a new document at version `to` from one at version `from`. */
  readonly upgrade: (document: { readonly [key: string]: unknown }) => { readonly [key: string]: unknown };
}

/**
 * The chain of steps this release applies to upgrade older documents, oldest first.
 *
 * @remarks One step a version: version 1 documents read through {@link fromVersion1}.
 * @example
 * ```ts
 * MIGRATIONS.map((step) => `${step.from}→${step.to}`);
 * //=> ["1→2"]
 * ```
 * @group Versioning
 */
export const MIGRATIONS: readonly Migration[] = [fromVersion1];

/**
 * The schema versions this release can read: each older one {@link MIGRATIONS} upgrades,
 * and the current one.
 * @example
 * ```ts
 * KNOWN_SCHEMA_VERSIONS;
 * //=> [1, 2]
 * ```
 * @group Versioning
 */
export const KNOWN_SCHEMA_VERSIONS: readonly number[] = [...MIGRATIONS.map((step) => step.from), SCHEMA_VERSION];

/**
 * The result of {@link migrateDocument}: the document at the current schema version,
 * with the versions it passed through, or the problems that stopped it.
 *
 * @remarks Never thrown. A successful result is not yet validated: pass `document` to
 * {@link validateDocument}.
 * @example
 * ```ts
 * migrateDocument({ schemaVersion: 1, article, actors: [], meetings: [] });
 * //=> { ok: true, document: { schemaVersion: 2, places: [], … }, fromVersion: 1, steps: [2] }
 * ```
 * @group Versioning
 */
export type MigrationResult =
  | {
      /** The document reached the current version. */
      readonly ok: true;
      /** The document at the current schema version; not yet validated. */
      readonly document: { readonly [key: string]: unknown };
      /** The version the input was written in. */
      readonly fromVersion: number;
      /** Each version the document was upgraded to, in order; empty when it was current already. */
      readonly steps: readonly number[];
    }
  | {
      /** The document could not be upgraded. */
      readonly ok: false;
      /** Why: an `unknown-version` or `shape` problem. */
      readonly problems: readonly Problem[];
    };

/** Writes a version, a JSON value, for a message. */
function describeVersion(version: unknown): string {
  return JSON.stringify(version) ?? String(version);
}


/**
 * Upgrades a document written by an older release to the current schema version, one
 * step at a time, and returns it unvalidated; a current document comes back as it was read.
 *
 * @remarks
 * Run {@link validateDocument} on the result. A `schemaVersion` newer than this
 * release, or one no chain of steps leads from, is an `unknown-version` problem; input
 * that is not an object, or has no `schemaVersion`, is a `shape` problem; input that is
 * not JSON data (a cycle, a getter that throws, a `Date`) gives the problems
 * `validateDocument` gives for it. The input is never changed: it is read once, into
 * plain objects, and the result is made from what was read. `migrations` defaults to {@link MIGRATIONS}; pass another chain to read
 * the versions of a fork.
 * @example
 * ```ts
 * const migrated = migrateDocument(JSON.parse(text));
 * const result = migrated.ok ? validateDocument(migrated.document) : migrated;
 * if (!result.ok) for (const found of result.problems) console.error(formatProblem(found));
 * ```
 * @group Versioning
 */
export function migrateDocument(input: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const read = readJsonValue(input);
  return read.ok ? upgradeDocument(read.value, migrations) : read;
}

/**
 * {@link migrateDocument} on input already read as JSON data: what `validateDocument`
 * calls, having read its input once.
 */
export function upgradeDocument(input: unknown, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const fail = (code: ProblemCode, path: readonly string[], message: string): MigrationResult => ({
    ok: false,
    problems: [problem(code, path, message)],
  });
  if (typeof input !== "object" || input === null || Array.isArray(input)) return fail("shape", [], "a document must be a JSON object");
  const record = input as { readonly [key: string]: unknown };
  if (!Object.hasOwn(record, "schemaVersion"))
    return fail("shape", ["schemaVersion"], `a document must say which schemaVersion it follows; this release writes ${SCHEMA_VERSION}`);
  const fromVersion = record.schemaVersion;
  const readable = [...migrations.map((step) => step.from), SCHEMA_VERSION].join(", ");
  let document = record;
  let version: unknown = fromVersion;
  const steps: number[] = [];
  while (version !== SCHEMA_VERSION) {
    const step = migrations.find((candidate) => candidate.from === version);
    // More steps than the chain holds means it loops.
    if (!step || typeof fromVersion !== "number" || steps.length > migrations.length) {
      const newer = Number.isInteger(version) && (version as number) > SCHEMA_VERSION;
      return fail(
        "unknown-version",
        ["schemaVersion"],
        `schemaVersion ${describeVersion(fromVersion)} cannot be read: this release reads ${readable} and writes ${SCHEMA_VERSION}${
          newer ? "; upgrade news-event-models to read newer documents" : ""
        }`,
      );
    }
    document = step.upgrade(document);
    version = document.schemaVersion;
    if (version !== step.to)
      return fail("unknown-version", ["schemaVersion"], `the step from version ${step.from} wrote schemaVersion ${describeVersion(version)}, not ${step.to}`);
    steps.push(step.to);
  }
  return { ok: true, document, fromVersion: fromVersion as number, steps };
}
