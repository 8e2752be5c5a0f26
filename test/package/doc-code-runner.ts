// Runs the guides' code blocks for test/package/doc-code.test.ts, one module after
// another in this one process (under tsx, which maps `news-event-models` to src/ through
// tsconfig.json's paths), and writes what each printed, or how it failed, as JSON.
//
//   tsx test/package/doc-code-runner.ts <manifest.json> <results.json>
//
// The manifest lists the modules to run; they run in a working directory holding
// `article.json` (the fixture), for code that reads a file. `process.exit` in a block
// fails that block instead of ending the run.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { formatWithOptions } from "node:util";

interface Manifest {
  readonly workDir: string;
  readonly files: readonly string[];
}

interface Result {
  readonly file: string;
  readonly output: string[];
  readonly error?: string;
}

const [manifestPath, resultsPath] = process.argv.slice(2);
if (!manifestPath || !resultsPath) throw new Error("usage: tsx test/package/doc-code-runner.ts <manifest.json> <results.json>");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
process.chdir(manifest.workDir);

/** How a block's `expression; //=> value` prints its value: strings quoted, the rest as JSON. */
(globalThis as { __show?: (value: unknown) => string }).__show = (value) => (value === undefined ? "undefined" : JSON.stringify(value));

let output: string[] = [];
// Objects print on one line, as a `//=>` line shows them.
const capture = (...args: unknown[]) => void output.push(...formatWithOptions({ breakLength: Infinity }, ...args).split("\n"));
console.log = capture;
console.info = capture;
console.warn = capture;
console.error = capture;
process.exit = ((code?: number) => {
  throw new Error(`the block called process.exit(${code ?? ""})`);
}) as typeof process.exit;

const results: Result[] = [];
for (const file of manifest.files) {
  output = [];
  try {
    await import(pathToFileURL(file).href);
    results.push({ file, output });
  } catch (error) {
    results.push({ file, output, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
writeFileSync(resultsPath, JSON.stringify(results));
