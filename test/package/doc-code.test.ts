import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

// The code a reader sees in a guide is the code that runs. Every ```ts block of
// README.md and of each guide in docs/ (any .md file there, new ones included) is a
// complete module, imports and all, written in the Markdown itself. This test writes each
// block out as a module, type-checks them all against the package (with the project's
// compiler options, `news-event-models` mapped to src/), then runs them and compares
// what each prints with its `//=>` lines:
//
//   console.log(meeting.status);
//   //=> held
//
// A `//=>` line after a statement that is not a `console` call shows that statement's
// value, as JSON (`validateDocument(document).ok; //=> true`). The `//=>` lines must
// appear in the output in their order, with `…` standing for any text; other output may
// come between them. Blocks run in a directory holding `article.json`, the fixture.

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const work = join(root, ".tmp", "doc-code");

interface Block {
  /** Where the block is, as `docs/guide.md:12` (the line of its first code line). */
  readonly where: string;
  readonly source: string;
  readonly line: number;
  readonly code: string;
  readonly file: string;
  readonly runFile: string;
}

function markdownFiles(): string[] {
  const guides = readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...guides];
}

function blocksOf(source: string): Block[] {
  const lines = readFileSync(join(root, source), "utf8").split("\n");
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(?:ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    for (i = start; i < lines.length && !/^```\s*$/.test(lines[i]!); i++);
    const name = `${source.replace(/^docs\//, "").replace(/\.md$/, "").toLowerCase()}-${found.length + 1}`;
    found.push({
      where: `${source}:${start + 1}`,
      source,
      line: start + 1,
      code: lines.slice(start, i).join("\n"),
      file: join(work, `${name}.ts`),
      runFile: join(work, `${name}.run.ts`),
    });
  }
  return found;
}

/** The `//=>` lines of a block, in order: what it must print. */
function expectedOutput(code: string): string[] {
  return code.split("\n").flatMap((line) => {
    const match = /\/\/=>\s?(.*)$/.exec(line);
    return match ? [match[1]!.trimEnd()] : [];
  });
}

function isConsoleCall(expression: ts.Expression): boolean {
  return (
    ts.isCallExpression(expression) &&
    ts.isPropertyAccessExpression(expression.expression) &&
    ts.isIdentifier(expression.expression.expression) &&
    expression.expression.expression.text === "console"
  );
}

/** The block as it runs: each non-console statement followed by `//=>` prints its value. */
function instrument(code: string): string {
  const file = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node) && !isConsoleCall(node.expression) && /^[ \t]*(?:\r?\n[ \t]*)?\/\/=>/.test(code.slice(node.end))) {
      const expression = node.expression.getText(file);
      edits.push({ start: node.getStart(file), end: node.end, text: `console.log((globalThis as any).__show((${expression})));` });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function normalize(text: string): string {
  // Spacing aside, so that JSON printed compactly matches a guide's spaced `//=>` line.
  return text.replace(/\s+/g, " ").replace(/([[{(])\s+/g, "$1").replace(/\s+([\]})])/g, "$1").replace(/([,:])\s+/g, "$1").trim();
}

function matches(expected: string, actual: string): boolean {
  const pattern = normalize(expected)
    .split("…")
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${pattern}$`).test(normalize(actual));
}

/** The first expected line that the output does not show, in order; undefined if all are there. */
function missingLine(expected: readonly string[], output: readonly string[]): string | undefined {
  let at = 0;
  for (const line of expected) {
    while (at < output.length && !matches(line, output[at]!)) at++;
    if (at === output.length) return line;
    at++;
  }
  return undefined;
}

const blocks = markdownFiles().flatMap(blocksOf);

describe("the code in README.md and the guides", () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, "article.json"), readFileSync(join(root, "fixtures", "japan-north-korea-2004.json")));
    // `export {}` keeps a block without imports a module of its own.
    for (const block of blocks) {
      writeFileSync(block.file, `${block.code}\nexport {};\n`);
      writeFileSync(block.runFile, `${instrument(block.code)}\nexport {};\n`);
    }
  });

  it("is written in the Markdown: the README shows code, and no guide includes it from elsewhere", () => {
    expect(blocks.filter((block) => block.source === "README.md").length).toBeGreaterThan(0);
    const including = markdownFiles().filter((source) => readFileSync(join(root, source), "utf8").includes("{@includeCode"));
    expect(including).toEqual([]);
  });

  it("type-checks against the package, each block with its own imports", () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error("tsconfig.json could not be read");
    const program = ts.createProgram(
      blocks.map((block) => block.file),
      { ...config.options, noEmit: true },
    );
    const byFile = new Map(blocks.map((block) => [block.file, block]));
    // The blocks' own diagnostics only: the package's source is the type check's
    // concern, and checking every file of the program here would do it a second time.
    const failures = blocks
      .flatMap((block) => ts.getPreEmitDiagnostics(program, program.getSourceFile(block.file)))
      .filter((diagnostic) => diagnostic.file && byFile.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const block = byFile.get(diagnostic.file!.fileName)!;
        const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        return `${block.source}:${block.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      });
    expect(failures).toEqual([]);
  });

  describe("runs", () => {
    let results: Map<string, { output: string[]; error?: string }>;

    beforeAll(async () => {
      const manifest = join(work, "manifest.json");
      const resultsFile = join(work, "results.json");
      writeFileSync(manifest, JSON.stringify({ workDir: work, files: blocks.map((block) => block.runFile) }));
      await new Promise<void>((done, fail) =>
        execFile(
          join(root, "node_modules", ".bin", "tsx"),
          [join(root, "test", "package", "doc-code-runner.ts"), manifest, resultsFile],
          { cwd: root, encoding: "utf8", timeout: 290_000 },
          (error, _stdout, stderr) => (error ? fail(new Error(`the runner failed: ${error.message}\n${stderr}`)) : done()),
        ),
      );
      const list = JSON.parse(readFileSync(resultsFile, "utf8")) as { file: string; output: string[]; error?: string }[];
      results = new Map(list.map((result) => [result.file, result]));
    });

    it.each(blocks.map((block) => [block.where, block] as const))("%s, printing what its //=> lines say", (_where, block) => {
      const result = results.get(block.runFile);
      expect(result, `no result for ${relative(root, block.runFile)}`).toBeDefined();
      expect(result!.error, result!.output.join("\n")).toBeUndefined();
      const missing = missingLine(expectedOutput(block.code), result!.output);
      expect(missing, `${block.where} prints no line matching "//=> ${missing}"; it printed:\n${result!.output.join("\n")}`).toBeUndefined();
    });
  });
});
