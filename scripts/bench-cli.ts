// Measures `news-events validate` on NDJSON: documents per second and peak memory at
// 1, 10 and 100 thousand documents the size of the fixture, each a distinct copy (its
// article URL numbered). Each size runs the built program in a fresh process, so each
// process's resident-set and heap high-water marks are its own; flat figures across
// sizes show that validation streams.
//
//   npx tsx scripts/bench-cli.ts [--sizes 1000,10000,100000] [--keep]
//
// It uses dist/cli/index.js when it exists (run `npm run build` first to measure the
// current sources) and otherwise builds src/cli/index.ts into .tmp/bench-cli/. The
// NDJSON is written to a temporary directory, removed afterwards unless --keep.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { japanNorthKorea2004 } from "../src/fixtures/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000,100000" }, keep: { type: "boolean" } } });
const sizes = values.sizes.split(",").map(Number);

function builtCli(): string {
  const dist = join(root, "dist", "cli", "index.js");
  if (existsSync(dist)) return dist;
  const out = join(root, ".tmp", "bench-cli");
  execFileSync(join(root, "node_modules", ".bin", "tsup"), ["src/cli/index.ts", "--no-config", "--format", "esm", "--target", "node20", "--out-dir", out, "--silent"], {
    cwd: root,
  });
  return join(out, "index.js");
}

async function writeNdjson(path: string, count: number): Promise<number> {
  const out = createWriteStream(path);
  const copy = structuredClone(japanNorthKorea2004) as { article: { url?: string } };
  for (let index = 0; index < count; index++) {
    copy.article.url = `https://example.org/news/${index}`;
    if (!out.write(`${JSON.stringify(copy)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return statSync(path).size;
}

// Runs the built program in a child process that samples its own heap every 10 ms and
// reports, on fd 3, the wall time and the heap and resident-set high-water marks.
const PROBE = `
import { performance } from "node:perf_hooks";
import { writeSync } from "node:fs";
let heap = 0;
const sample = () => { heap = Math.max(heap, process.memoryUsage().heapUsed); };
const timer = setInterval(sample, 10);
const [cli, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], cli, ...args];
const started = performance.now();
await import(cli);
const ms = performance.now() - started;
sample();
clearInterval(timer);
writeSync(3, JSON.stringify({ ms, heap, rss: process.resourceUsage().maxRSS * 1024 }));
`;

async function measure(cli: string, file: string): Promise<{ ms: number; heap: number; rss: number; output: string; status: number | null }> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", PROBE, pathToFileURL(cli).href, "validate", file], {
    stdio: ["ignore", "pipe", "inherit", "pipe"],
  });
  let output = "";
  let figures = "";
  child.stdout!.setEncoding("utf8").on("data", (text: string) => (output += text));
  (child.stdio[3] as NodeJS.ReadableStream).setEncoding("utf8").on("data", (text: string) => (figures += text));
  const [status] = (await once(child, "close")) as [number | null];
  return { ...(JSON.parse(figures) as { ms: number; heap: number; rss: number }), output: output.trim(), status };
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const cli = builtCli();
const directory = mkdtempSync(join(tmpdir(), "news-events-bench-"));
console.log(`news-events validate on NDJSON (Node ${process.version}; ${cli.replace(`${root}/`, "")})`);
console.log("| documents | input MiB | seconds | documents/s | peak RSS MiB | peak heap MiB |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
try {
  for (const size of sizes) {
    const file = join(directory, `documents-${size}.ndjson`);
    const bytes = await writeNdjson(file, size);
    const result = await measure(cli, file);
    if (result.status !== 0 || !result.output.startsWith(`${size} documents, ${size} valid`))
      throw new Error(`validation did not pass every document: ${result.output}`);
    console.log(
      `| ${size} | ${mib(bytes)} | ${(result.ms / 1000).toFixed(1)} | ${Math.round(size / (result.ms / 1000))} | ${mib(result.rss)} | ${mib(result.heap)} |`,
    );
    if (!values.keep) rmSync(file);
  }
} finally {
  if (!values.keep) rmSync(directory, { recursive: true, force: true });
}
