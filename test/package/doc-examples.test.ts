import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every `@example` in src is type-checked against the package's own API, so the code the
// API docs show compiles. Each example becomes one module: its own imports are hoisted,
// the rest runs inside an async function, and the package's exports (and a few values
// examples talk about, such as `document`) are in scope.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const src = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "cli" ? [] : sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of sourceFiles(src)) {
    const lines = readFileSync(file, "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue;
      let j = i + 1;
      while (j < lines.length && !/^\s*\*\s*```ts\s*$/.test(lines[j]!) && !/^\s*\*\s*@/.test(lines[j]!) && !/\*\//.test(lines[j]!)) j++;
      if (!/```ts/.test(lines[j] ?? "")) continue;
      const body: string[] = [];
      for (j++; j < lines.length && !/^\s*\*\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.replace(/^\s*\* ?/, ""));
      found.push({ file: relative(root, file), line: j - body.length, code: body.join("\n") });
    }
  }
  return found;
}

const PRELUDE = `
declare const document: NewsDocument;
declare const fixture: NewsDocument;
declare const text: string;
declare const input: unknown;
declare const article: Article;
declare const meeting: Meeting;
declare const actor: Actor;
declare const position: Position;
declare const index: DocumentIndex;
declare const readFile: typeof import("node:fs/promises").readFile;
`;

function globalsFor(program: ts.Program): string {
  const checker = program.getTypeChecker();
  const lines: string[] = [];
  const seen = new Set<string>();
  // The public entries first; then any module's own exports, for examples on helpers
  // that the package keeps to itself.
  const modules: [string, string][] = [
    [join(src, "index.ts"), "news-event-models"],
    [join(src, "fixtures", "index.ts"), "news-event-models/fixtures"],
    [join(src, "jsonld", "index.ts"), "news-event-models/jsonld"],
    ...sourceFiles(src).map((file): [string, string] => [file, file.replace(/\.ts$/, ".js")]),
  ];
  for (const [path, specifier] of modules) {
    const file = program.getSourceFile(path);
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!moduleSymbol) continue;
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      if (seen.has(symbol.getName())) continue;
      seen.add(symbol.getName());
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const name = symbol.getName();
      if (target.flags & ts.SymbolFlags.Value) lines.push(`  const ${name}: typeof import("${specifier}").${name};`);
      if (target.flags & ts.SymbolFlags.Type) {
        const declaration = target.declarations?.[0];
        const parameters =
          declaration && (ts.isTypeAliasDeclaration(declaration) || ts.isInterfaceDeclaration(declaration)) ? (declaration.typeParameters ?? []) : [];
        const generic = parameters.length > 0 ? `<${parameters.map((parameter) => `${parameter.name.text} = any`).join(", ")}>` : "";
        const args = parameters.length > 0 ? `<${parameters.map((parameter) => parameter.name.text).join(", ")}>` : "";
        lines.push(`  type ${name}${generic} = import("${specifier}").${name}${args};`);
      }
    }
  }
  return `export {};\ndeclare global {\n${lines.join("\n")}\n}\n`;
}

describe("the @example code in the API docs", () => {
  const all = examples();

  it("is there: every concept shows one", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it("type-checks against the package's own API", () => {
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      skipLibCheck: true,
      paths: {
        "news-event-models": [join(src, "index.ts")],
        "news-event-models/fixtures": [join(src, "fixtures", "index.ts")],
        "news-event-models/jsonld": [join(src, "jsonld", "index.ts")],
      },
    };
    // The modules are never written; they sit (virtually) beside this test so that the
    // package.json above them makes them ES modules, as a user's would be.
    const virtualDir = join(root, "test", "package", "__doc-examples__");
    const files = new Map<string, string>();
    all.forEach((example, index) => {
      const imports = example.code.split("\n").filter((line) => /^import\s/.test(line));
      const body = example.code.split("\n").filter((line) => !/^import\s/.test(line));
      // A name the example imports itself is not declared again by the prelude.
      const prelude = PRELUDE.split("\n")
        .filter((line) => {
          const name = /^declare const (\w+)/.exec(line)?.[1];
          return name === undefined || !imports.some((statement) => new RegExp(`\\b${name}\\b`).test(statement));
        })
        .join("\n");
      files.set(join(virtualDir, `example-${index}.ts`), `${imports.join("\n")}\n${prelude}\nexport async function example(): Promise<void> {\n${body.join("\n")}\n}\n`);
    });
    const base = ts.createProgram(sourceFiles(src), options);
    files.set(join(virtualDir, "globals.d.ts"), globalsFor(base));
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.readFile = (name) => files.get(name) ?? readFile(name);
    host.fileExists = (name) => files.has(name) || fileExists(name);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language) =>
      files.has(name) ? ts.createSourceFile(name, files.get(name)!, language) : getSourceFile(name, language);
    const program = ts.createProgram([...files.keys()], { ...options, packageJsonJsonAndModuleResolutionCache: undefined } as ts.CompilerOptions, host);
    // The examples' own diagnostics only: the package's source is the type check's
    // concern, and checking every file of the program here would do it a second time.
    const failures = [...files.keys()]
      .flatMap((file) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)))
      .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const index = Number(/example-(\d+)\.ts$/.exec(diagnostic.file!.fileName)?.[1]);
        const example = all[index];
        const where = example ? `${example.file}:${example.line}` : diagnostic.file!.fileName;
        return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      });
    expect(failures).toEqual([]);
  });
});
