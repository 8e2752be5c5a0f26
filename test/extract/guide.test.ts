// Every code block of docs/llm-extraction.md, type-checked and run as it is written, so
// the guide never shows code that does not work. Each block is complete with its imports.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "../cli/cli.js";

const guide = readFileSync(join(root, "docs", "llm-extraction.md"), "utf8");
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
const folder = join(root, ".tmp", "guide-llm-extraction");
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const files = blocks.map((code, index) => {
  const file = join(folder, `block-${index + 1}.ts`);
  writeFileSync(file, code);
  return file;
});

describe("the language-model extraction guide", () => {
  it("has its code in the Markdown, each block with its imports", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const code of blocks) expect(code).toMatch(/^import /m);
  });

  it("type-checks every block against the package's API", () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName))
      .map((diagnostic) => `${diagnostic.file!.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    expect(diagnostics).toEqual([]);
  }, 120_000);

  it.each(files.map((file, index) => [index + 1, file] as const))("runs block %i to completion", (_index, file) => {
    const output = execFileSync(join(root, "node_modules", ".bin", "tsx"), [file], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(typeof output).toBe("string");
  }, 60_000);
});
