// Every TypeScript block of docs/scoring.md, type-checked against the package's own
// source and run, so that the guide shows no code that does not work. Each block is
// complete: its imports name the package, and it asserts what it says.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const guide = readFileSync(join(root, "docs", "scoring.md"), "utf8");
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
// Inside the project, so that tsconfig's paths resolve "news-event-models" to src.
const directory = join(root, ".tmp", `scoring-guide-${process.pid}`);
mkdirSync(directory, { recursive: true });
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const files = blocks.map((code, index) => {
  const file = join(directory, `block-${index + 1}.ts`);
  writeFileSync(file, code);
  return file;
});

describe("the scoring guide", () => {
  it("has code to check", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const code of blocks) expect(code).toMatch(/^import .* from "news-event-models";$/m);
  });

  it("type-checks every block", { timeout: 300_000 }, () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => `${diagnostic.file!.fileName.slice(directory.length + 1)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });

  it("runs every block to completion, in one process", { timeout: 120_000 }, () => {
    const runner = join(directory, "run-blocks.ts");
    writeFileSync(
      runner,
      `for (const [index, file] of ${JSON.stringify(files)}.entries()) {\n` +
        `  try { await import(file); } catch (error) { console.error("block " + (index + 1) + " failed:", error); process.exit(1); }\n` +
        `}\n`,
    );
    execFileSync(join(root, "node_modules", ".bin", "tsx"), [runner], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  });
});
