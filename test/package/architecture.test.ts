import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((match) =>
    resolve(dirname(file), match[1]!.replace(/\.js$/, ".ts")),
  );
}

const layerOf = (file: string) => relative(src, file).split("/")[0]!.replace(/\.ts$/, "");

// Each layer may import itself and the layers listed for it, and nothing else of ours.
const ALLOWED: { readonly [layer: string]: readonly string[] } = {
  model: [],
  validate: ["model"],
  time: ["model"],
  query: ["model", "validate", "time"],
  describe: ["model", "validate", "time", "query"],
  build: ["model", "validate", "time", "query"],
  export: ["model", "validate", "time", "query", "describe"],
  score: ["model", "validate", "time", "query", "describe", "export"],
  extract: ["model", "validate", "export"],
  fixtures: ["model"],
  jsonld: ["model"],
  corpus: ["model", "validate", "time", "query", "describe", "export"],
  cli: ["model", "validate", "time", "query", "describe", "build", "export", "score", "extract", "fixtures", "jsonld", "corpus", "index"],
  index: ["model", "validate", "time", "query", "describe", "build", "export", "score", "extract"],
};

describe("the package as a whole", () => {
  it("imports only downward, from model up to cli", () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(src)) {
      const layer = layerOf(file);
      for (const target of relativeImports(file)) {
        const targetLayer = layerOf(target);
        if (targetLayer !== layer && !(ALLOWED[layer] ?? []).includes(targetLayer)) wrong.push(`${relative(root, file)} → ${relative(root, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("reaches every module of src from a public entry point", () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const target of relativeImports(file)) visit(target);
    };
    visit(join(src, "index.ts"));
    visit(join(src, "fixtures", "index.ts"));
    visit(join(src, "jsonld", "index.ts"));
    visit(join(src, "corpus", "index.ts"));
    const cli = join(src, "cli", "index.ts");
    if (sourceFiles(src).includes(cli)) visit(cli);
    const unreached = sourceFiles(src).filter((file) => !reached.has(file)).map((file) => relative(root, file));
    expect(unreached).toEqual([]);
  });

  it("exports no name that shadows a global of TypeScript's standard libraries or Node's", () => {
    const require = createRequire(import.meta.url);
    const libDir = dirname(require.resolve("typescript/lib/lib.dom.d.ts"));
    const nodeTypes = dirname(require.resolve("@types/node/package.json"));
    const declared = new Set<string>();
    const collect = (file: string, pattern: RegExp) => {
      for (const match of readFileSync(file, "utf8").matchAll(pattern)) declared.add(match[1]!);
    };
    // TypeScript's libraries declare globals at the top level; names indented inside a
    // namespace (Temporal.Duration) are not globals.
    for (const name of readdirSync(libDir).filter((file) => /^lib\..*\.d\.ts$/.test(file)))
      collect(join(libDir, name), /^(?:declare\s+)?(?:var|interface|function|type|class|namespace)\s+([A-Za-z_$][\w$]*)/gm);
    // Node's globals sit one level in, inside `declare global`.
    collect(join(nodeTypes, "globals.d.ts"), /^ {0,4}(?:declare\s+)?(?:var|interface|function|type|class|namespace)\s+([A-Za-z_$][\w$]*)/gm);
    expect(declared.has("Event") && declared.has("Promise") && declared.has("Document")).toBe(true);
    expect(Object.keys(api).filter((name) => declared.has(name))).toEqual([]);
  });

  it("names every exported schema and its type alike, with no Schema suffix", () => {
    expect(Object.keys(api).filter((name) => /Schema$/.test(name))).toEqual([]);
  });
});
