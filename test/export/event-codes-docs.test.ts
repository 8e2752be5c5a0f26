import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { ACT_CODES, ActKind, PositionKind, cameoCode } from "../../src/index.js";

// The guide's code blocks are written in the Markdown, complete with their imports; each
// is type-checked against the package's own sources and run, as a reader would run it.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const guide = readFileSync(join(root, "docs", "event-codes.md"), "utf8");
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
const work = join(root, ".tmp", "event-codes-docs");
const specifiers: Record<string, string> = {
  "news-event-models": join(root, "src", "index.ts"),
  "news-event-models/fixtures": join(root, "src", "fixtures", "index.ts"),
};

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("docs/event-codes.md", () => {
  it("shows code, and every block type-checks against the package's API", { timeout: 240_000 }, () => {
    expect(blocks.length).toBeGreaterThan(0);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      skipLibCheck: true,
      paths: Object.fromEntries(Object.entries(specifiers).map(([name, path]) => [name, [path]])),
    };
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, "package.json"), '{ "type": "module" }\n');
    const files = blocks.map((code, index) => {
      const file = join(work, `block-${index}.ts`);
      writeFileSync(file, code);
      return file;
    });
    const program = ts.createProgram(files, options);
    const messages = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file === undefined || files.includes(diagnostic.file.fileName))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    expect(messages).toEqual([]);
  });

  it.each(blocks.map((code, index) => [index, code] as const))("runs block %i", async (index, code) => {
    mkdirSync(work, { recursive: true });
    const file = join(work, `run-${index}.ts`);
    writeFileSync(file, code.replace(/from "(news-event-models(?:\/fixtures)?)"/g, (_, name: string) => `from ${JSON.stringify(pathToFileURL(specifiers[name]!).href)}`));
    await expect(import(pathToFileURL(file).href)).resolves.toBeDefined();
  });

  it("has a mapping row for every act and every position kind, with the crosswalk's codes", () => {
    for (const act of ActKind.options) expect(guide, act).toContain(`| \`${act}\` |`);
    for (const kind of PositionKind.options) expect(guide, kind).toContain(`| \`${kind}\` |`);
    for (const code of Object.values(ACT_CODES).flatMap((codes) => Object.values(codes))) if (code !== null) expect(guide).toContain(`| ${code} | ${cameoCode(code)!.label.replaceAll("|", "\\|")} |`);
  });

  it("says when DEMAND became REQUEST, and FactBank's values for a reported event", () => {
    expect(guide).toContain("DEMAND was renamed REQUEST on 1 September 2021");
    expect(guide).toMatch(/reported or alleged event is uncommitted \(Uu\) for the author and certain \(CT\+\) for the\s+source/);
  });
});
