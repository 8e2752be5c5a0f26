import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KNOWN_SCHEMA_VERSIONS, SCHEMA_VERSION, formatProblem, validateDocument } from "../../src/index.js";
import { MIGRATIONS, migrateDocument, type Migration } from "../../src/validate/migrate.js";
import { smallDocument } from "../support/small-document.js";

const FROZEN = ["japan-north-korea-2004.v1.json", "small-document.v1.json"] as const;

function readFrozen(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures-frozen/${name}`, import.meta.url), "utf8")) as unknown;
}

describe("frozen version-1 documents", () => {
  for (const name of FROZEN)
    it(`reads ${name}: it migrates to the current version and then validates`, () => {
      const frozen = readFrozen(name);
      expect(frozen).toMatchObject({ schemaVersion: 1 });
      const migrated = migrateDocument(frozen);
      expect(migrated.ok ? [] : migrated.problems.map(formatProblem)).toEqual([]);
      if (!migrated.ok) return;
      expect(migrated.fromVersion).toBe(1);
      const result = validateDocument(migrated.document);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    });

  it("keeps the frozen fixture a version-1 document of the whole article", () => {
    const frozen = readFrozen("japan-north-korea-2004.v1.json") as { schemaVersion: number; article: { text: string }; meetings: unknown[] };
    expect(frozen.schemaVersion).toBe(1);
    expect(frozen.article.text).toMatch(/^Japan and North Korea are trying to schedule/);
    expect(frozen.meetings.length).toBeGreaterThan(2);
  });
});

describe("migrateDocument", () => {
  it("returns a current document as it was read, with no steps, and leaves the input alone", () => {
    const document = smallDocument();
    const migrated = migrateDocument(document);
    expect(migrated).toEqual({ ok: true, document, fromVersion: SCHEMA_VERSION, steps: [] });
    expect(document).toEqual(smallDocument());
  });

  it("reads every version its chain of steps starts from, and the current one, which no step starts from", () => {
    expect(KNOWN_SCHEMA_VERSIONS).toEqual([1, 2]);
    expect(MIGRATIONS.map((step) => step.from)).not.toContain(SCHEMA_VERSION);
    for (const step of MIGRATIONS) expect(step.to).toBe(step.from + 1);
  });

  it("rejects a newer version, saying to upgrade the package", () => {
    const migrated = migrateDocument({ ...smallDocument(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(migrated.ok).toBe(false);
    if (migrated.ok) return;
    expect(migrated.problems).toHaveLength(1);
    expect(migrated.problems[0]).toMatchObject({ code: "unknown-version", pointer: "/schemaVersion" });
    expect(migrated.problems[0]!.message).toMatch(/schemaVersion 3 cannot be read: this release reads 1, 2 and writes 2; upgrade news-event-models/);
  });

  it("rejects an older version that no step leads from, and a version that is not a number", () => {
    for (const version of [0, "1", null, 1.5]) {
      const migrated = migrateDocument({ ...smallDocument(), schemaVersion: version });
      expect(migrated.ok, JSON.stringify(version)).toBe(false);
      if (migrated.ok) continue;
      expect(migrated.problems[0]).toMatchObject({ code: "unknown-version", pointer: "/schemaVersion" });
      expect(migrated.problems[0]!.message).toContain(`schemaVersion ${JSON.stringify(version)} cannot be read`);
      expect(migrated.problems[0]!.message).not.toMatch(/upgrade news-event-models/);
    }
  });

  it("reports versions that JSON cannot write, such as a BigInt or a symbol, as not JSON, without throwing", () => {
    for (const [version, message] of [[1n, /^the BigInt 1n is not JSON/], [Symbol("v1"), /^a symbol is not JSON/]] as const) {
      const migrated = migrateDocument({ ...smallDocument(), schemaVersion: version });
      expect(migrated).toEqual({ ok: false, problems: [expect.objectContaining({ code: "not-json", pointer: "/schemaVersion", message: expect.stringMatching(message) })] });
    }
    // A key whose value is undefined is kept, and names a version that cannot be read.
    const migrated = migrateDocument({ ...smallDocument(), schemaVersion: undefined });
    expect(migrated.ok ? "" : migrated.problems[0]!.message).toMatch(/^schemaVersion undefined cannot be read/);
  });

  it("rejects input that is not an object, or that has no schemaVersion, as a shape problem", () => {
    for (const input of [null, 3, "document", [smallDocument()]]) {
      const migrated = migrateDocument(input);
      expect(migrated).toEqual({ ok: false, problems: [expect.objectContaining({ code: "shape", pointer: "", message: "a document must be a JSON object" })] });
    }
    const { schemaVersion: _dropped, ...unversioned } = smallDocument();
    const migrated = migrateDocument(unversioned);
    expect(migrated.ok).toBe(false);
    if (!migrated.ok) {
      expect(migrated.problems[0]).toMatchObject({ code: "shape", pointer: "/schemaVersion" });
      expect(migrated.problems[0]!.message).toMatch(/must say which schemaVersion.*writes 2/);
    }
  });

  describe("with a chain of steps", () => {
    // A version-0 layout that kept the headline at the top level, and a version -1 one
    // that spelt the version key differently: two steps that bring both to version 1,
    // from where the package's own steps go on.
    const chain: Migration[] = [
      {
        from: 0,
        to: 1,
        upgrade: ({ headline, article, ...rest }) => ({
          ...rest,
          schemaVersion: 1,
          article: { ...(article as object), ...(headline === undefined ? {} : { headline }) },
        }),
      },
      { from: -1, to: 0, upgrade: (document) => ({ ...document, schemaVersion: 0 }) },
      ...MIGRATIONS,
    ];

    function versionZero() {
      const { article, ...rest } = smallDocument();
      const { referenceDate: _unused, ...plain } = article;
      return { ...rest, schemaVersion: 0, headline: "Japan, N. Korea to meet", article: { ...plain, referenceDate: article.referenceDate } };
    }

    it("applies each step in order and the result validates", () => {
      const old = versionZero();
      const migrated = migrateDocument({ ...old, schemaVersion: -1 }, chain);
      expect(migrated.ok).toBe(true);
      if (!migrated.ok) return;
      expect(migrated.fromVersion).toBe(-1);
      expect(migrated.steps).toEqual([0, 1, 2]);
      expect(migrated.document).toMatchObject({ schemaVersion: 2, article: { headline: "Japan, N. Korea to meet" } });
      expect(migrated.document).not.toHaveProperty("headline");
      const result = validateDocument(migrated.document);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    });

    it("never changes its input", () => {
      const old = versionZero();
      const before = JSON.stringify(old);
      migrateDocument(old, chain);
      expect(JSON.stringify(old)).toBe(before);
    });

    it("lists the versions the chain can read in its message", () => {
      const migrated = migrateDocument({ ...versionZero(), schemaVersion: -7 }, chain);
      expect(migrated.ok ? "" : migrated.problems[0]!.message).toMatch(/this release reads 0, -1, 1, 2 and writes 2$/);
    });

    it("rejects a step that writes another version than it promised", () => {
      const broken: Migration[] = [{ from: 0, to: 1, upgrade: (document) => ({ ...document, schemaVersion: 3 }) }];
      const migrated = migrateDocument(versionZero(), broken);
      expect(migrated).toEqual({
        ok: false,
        problems: [expect.objectContaining({ code: "unknown-version", message: "the step from version 0 wrote schemaVersion 3, not 1" })],
      });
    });

    it("stops a chain that loops instead of running forever", () => {
      const looping: Migration[] = [
        { from: 0, to: -1, upgrade: (document) => ({ ...document, schemaVersion: -1 }) },
        { from: -1, to: 0, upgrade: (document) => ({ ...document, schemaVersion: 0 }) },
      ];
      const migrated = migrateDocument(versionZero(), looping);
      expect(migrated.ok).toBe(false);
      if (!migrated.ok) expect(migrated.problems[0]).toMatchObject({ code: "unknown-version", pointer: "/schemaVersion" });
    });
  });
});
