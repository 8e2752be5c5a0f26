import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
// recheck's `check`, not `checkSync`: the synchronous form goes through synckit 0.9.2,
// whose worker now and then hands back no message at all and fails the call with
// "Cannot read properties of undefined (reading 'message')" (un-ts/synckit#185). The
// asynchronous form runs recheck's own checker process and never goes through synckit.
import { check } from "recheck";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { report } from "./report.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = join(ROOT, "src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** A regular expression found in the source: where it is, its pattern and its flags. */
interface FoundPattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/**
 * Every regular expression in a file, found with TypeScript's own parser rather than
 * a regular expression: literals (`/…/u`) and `new RegExp("…", "…")` / `RegExp("…")`
 * with string-literal arguments.
 */
function patternsIn(path: string): FoundPattern[] {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundPattern[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const end = literal.lastIndexOf("/");
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp"
    ) {
      const [pattern, flags] = node.arguments ?? [];
      expect(pattern && ts.isStringLiteralLike(pattern), `${where(node)}: a RegExp built from a non-literal cannot be checked`).toBe(true);
      if (pattern && ts.isStringLiteralLike(pattern))
        found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const patterns = sourceFiles(SRC).flatMap(patternsIn);

function keyOf(pattern: FoundPattern): string {
  return `${pattern.where.replace(/:\d+$/, "")} /${pattern.source}/${pattern.flags}`;
}

/**
 * Patterns recheck finds super-linear (quadratic on a long run of one character), each
 * with the linear rewrite recheck accepts. Listed rather than hidden, so that the test
 * fails when a new one appears and when one of these is fixed.
 */
const KNOWN_SUPER_LINEAR = new Map<string, string>([]);

/**
 * recheck's verdict, made independent of the machine's load: no time limit anywhere,
 * only its step limits, and a fixed seed for the fuzzer that patterns with lookbehind
 * go to. recheck is pinned (an exact version in package.json), so the verdict on a
 * pattern is the same on every run.
 */
const DETERMINISTIC = { timeout: null, attackTimeout: null, incubationTimeout: null, randomSeed: 42 } as const;
let checked = 0;

afterAll(() => {
  report("redos", { patterns: patterns.length, checkedSafe: checked, knownSuperLinear: KNOWN_SUPER_LINEAR.size });
});

describe("regular expressions in src", () => {
  it("finds the patterns of the model: ids, JSON Pointers, UTC offsets, language tags", () => {
    const sources = patterns.map((pattern) => pattern.source);
    expect(sources).toContain("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$");
    expect(sources).toContain("^(?:\\/[^/]*)*$");
    expect(sources).toContain("^[+-](?:0\\d|1[0-4]):[0-5]\\d$");
    expect(sources).toContain("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$");
    expect(patterns.every((pattern) => pattern.where.startsWith("src"))).toBe(true);
  });

  it("finds a vulnerable pattern when there is one, so a safe verdict means something", async () => {
    const diagnostics = await check("^(a+)+$", "", DETERMINISTIC);
    expect(diagnostics.status).toBe("vulnerable");
  });

  const checkable = patterns.filter((pattern) => !KNOWN_SUPER_LINEAR.has(keyOf(pattern)));
  const known = patterns.filter((pattern) => KNOWN_SUPER_LINEAR.has(keyOf(pattern)));

  it.each(checkable.map((pattern) => [`${pattern.where} /${pattern.source}/${pattern.flags}`, pattern] as const))(
    "runs in linear time: %s",
    async (_, pattern) => {
      const diagnostics = await check(pattern.source, pattern.flags, DETERMINISTIC);
      expect(diagnostics.status === "vulnerable" ? { status: diagnostics.status, attack: diagnostics.attack.pattern } : diagnostics.status).toBe("safe");
      checked++;
    },
  );

  // Each known super-linear pattern must still be found and still be flagged; once it
  // is fixed (or gone), its entry must be removed from KNOWN_SUPER_LINEAR.
  it.each([...KNOWN_SUPER_LINEAR].map(([key, fix]) => [key, fix] as const))("is a known super-linear pattern still to fix: %s (fix: %s)", async (key, fix) => {
    const pattern = known.find((candidate) => keyOf(candidate) === key);
    expect(pattern, `${key} is no longer in src: remove it from KNOWN_SUPER_LINEAR`).toBeDefined();
    expect((await check(pattern!.source, pattern!.flags, DETERMINISTIC)).status).toBe("vulnerable");
    const end = fix.lastIndexOf("/");
    expect((await check(fix.slice(1, end), fix.slice(end + 1), DETERMINISTIC)).status, `the suggested fix ${fix}`).toBe("safe");
  });
});
