#!/usr/bin/env node
// Measures the corpus commands on N documents the size of the fixture, each a distinct
// copy (its article URL numbered), written to a temporary NDJSON file: `news-events
// validate` at 1 and 2 worker threads (documents per second, and the ratio), against
// what the machine itself gives two busy threads (two one-job runs side by side, each on
// its own copy of the input, over one run alone), the peak
// resident set at 10,000 and at N documents (flat figures show that validation streams
// whatever the number of threads), and `news-events export --to parquet` (documents per
// second). Every run is the built program in a fresh process; its peak resident set,
// worker threads included, is read from the process's own resource usage as it exits.
//
//   npm run build && node scripts/bench/corpus.mjs
//   BENCH_DOCUMENTS=20000 node scripts/bench/corpus.mjs
//
// BENCH_DOCUMENTS is N (100,000 by default; 100,000 documents are about 4.8 GiB of
// NDJSON); BENCH_EXPORT_DOCUMENTS the documents exported to Parquet (N by default). This
// is a measurement, not a test: it fails only when a run does not check or export every
// document.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist", "cli", "index.js");
if (!existsSync(cli)) throw new Error("scripts/bench/corpus.mjs measures the built program: run npm run build first");

/** A whole number from an environment variable, or its default. */
function count(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new Error(`${name} must be a whole number of documents, 1 or more, not ${JSON.stringify(text)}`);
  return Number(text);
}
const documents = count("BENCH_DOCUMENTS", 100_000);
const exported = count("BENCH_EXPORT_DOCUMENTS", documents);

const fixture = JSON.parse(readFileSync(join(root, "fixtures", "japan-north-korea-2004.json"), "utf8"));

async function writeNdjson(path, size) {
  const out = createWriteStream(path);
  const copy = structuredClone(fixture);
  for (let index = 0; index < size; index++) {
    copy.article.url = `https://example.org/news/${index}`;
    if (!out.write(`${JSON.stringify(copy)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return statSync(path).size;
}

// Runs the program in a child that writes, on fd 3 as it exits, its wall time, its peak
// resident set and the CPU time of all its threads (the program ends with process.exit,
// so the figures are taken then). CPU time over wall time is how many cores it kept
// busy: on a machine shared with other work, fewer than its threads.
const PROBE = `
import { performance } from "node:perf_hooks";
import { writeSync } from "node:fs";
const [cli, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], cli, ...args];
const started = performance.now();
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ ms: performance.now() - started, rss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
await import(cli);
`;

async function measure(args) {
  const child = spawn(process.execPath, ["--input-type=module", "-e", PROBE, pathToFileURL(cli).href, ...args], { stdio: ["ignore", "pipe", "pipe", "pipe"] });
  let output = "";
  let errors = "";
  let figures = "";
  child.stdout.setEncoding("utf8").on("data", (text) => (output += text));
  child.stderr.setEncoding("utf8").on("data", (text) => (errors += text));
  child.stdio[3].setEncoding("utf8").on("data", (text) => (figures += text));
  const [status] = await once(child, "close");
  if (status !== 0) throw new Error(`news-events ${args.join(" ")} exited ${status}: ${errors || output}`);
  return { ...JSON.parse(figures), output };
}

const mib = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const rate = (size, ms) => Math.round(size / (ms / 1000));
const directory = mkdtempSync(join(tmpdir(), "news-events-bench-corpus-"));
console.log(`news-events on NDJSON corpora: Node ${process.version}, ${availableParallelism()} cores available`);
try {
  const sizes = [...new Set([Math.min(10_000, documents), documents])];
  const files = new Map();
  for (const size of [...new Set([...sizes, exported])]) {
    const file = join(directory, `documents-${size}.ndjson`);
    files.set(size, { file, bytes: await writeNdjson(file, size) });
  }

  console.log("\nvalidate");
  console.log("| documents | input MiB | jobs | seconds | documents/s | CPU seconds | cores busy | peak RSS MiB |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const speed = new Map();
  for (const size of sizes) {
    for (const jobs of [1, 2]) {
      const { file, bytes } = files.get(size);
      const result = await measure(["validate", "--jobs", String(jobs), file]);
      if (!result.output.trimEnd().endsWith(`${size} documents, ${size} valid, 0 invalid, 0 problems`))
        throw new Error(`validation did not pass every document: ${result.output.slice(-200)}`);
      speed.set(`${size}/${jobs}`, rate(size, result.ms));
      console.log(
        `| ${size} | ${mib(bytes)} | ${jobs} | ${(result.ms / 1000).toFixed(1)} | ${rate(size, result.ms)} | ${(result.cpuMs / 1000).toFixed(1)} | ${(result.cpuMs / result.ms).toFixed(2)} | ${mib(result.rss)} |`,
      );
    }
  }
  for (const size of sizes) console.log(`2 jobs / 1 job at ${size} documents: ${(speed.get(`${size}/2`) / speed.get(`${size}/1`)).toFixed(2)}x the documents/s`);

  // The ceiling for two threads on this machine: two independent one-job runs at once,
  // sharing nothing, over one alone. Two cores of a virtual machine, or two hardware
  // threads of one core, may give less than twice one.
  const { file: largest } = files.get(documents);
  const [first, second] = await Promise.all([measure(["validate", "--jobs", "1", largest]), measure(["validate", "--jobs", "1", largest])]);
  const together = rate(2 * documents, Math.max(first.ms, second.ms));
  const ceiling = together / speed.get(`${documents}/1`);
  console.log(`two one-job runs at once / one alone at ${documents} documents: ${ceiling.toFixed(2)}x the documents/s (${together} documents/s together)`);
  console.log(`2 jobs / that ceiling: ${(speed.get(`${documents}/2`) / together).toFixed(2)}`);

  console.log("\nexport --to parquet");
  console.log("| documents | input MiB | seconds | documents/s | peak RSS MiB | events rows |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  const { file, bytes } = files.get(exported);
  const out = join(directory, "tables");
  const result = await measure(["export", "--to", "parquet", out, file]);
  if (!result.output.startsWith(`${out}: ${exported} document`)) throw new Error(`the export did not write every document: ${result.output}`);
  const events = /\n {2}events +(\d+) rows/.exec(result.output)?.[1];
  console.log(`| ${exported} | ${mib(bytes)} | ${(result.ms / 1000).toFixed(1)} | ${rate(exported, result.ms)} | ${mib(result.rss)} | ${events} |`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
