#!/usr/bin/env node
// Cold import time of the built package against zod alone, each measured in fresh node
// processes (median of several runs, alternating so load on the machine falls on both).
// Fails when the package takes more than 15 ms longer to import than zod, or more than
// 25 ms longer to its first validation of the fixture than zod to its first parse.
// Reads the build: run `npm run build` first. The probes run in a temporary project whose
// node_modules links the package and zod, and import "news-event-models" by name, so node
// resolves it through the exports map as a consumer's import does (the `node` condition:
// the bundled file). With --layers it also says what each layer adds in the one-file-per-
// module ESM build that bundlers and browsers get, importing zod and then each layer's
// modules in the order the layers build on one another, so each figure is that layer's own
// modules (and the packages only it imports).
//
//   node scripts/import-time.mjs [--json] [--runs=N] [--layers]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const MAX_IMPORT_MS = 15;
const MAX_FIRST_VALIDATION_MS = 25;
const args = process.argv.slice(2);
const runs = Number(args.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 15);

const root = fileURLToPath(new URL("..", import.meta.url));
const fixturesEntry = pathToFileURL(join(root, "dist/fixtures/index.js")).href;

// Each probe reads its input before the clock starts, then imports, then validates once.
const zodProbe = `
const started = performance.now();
const z = await import("zod");
const imported = performance.now();
const ok = z.strictObject({ id: z.string(), count: z.number() }).safeParse({ id: "a", count: 1 }).success;
const validated = performance.now();
if (!ok) throw new Error("zod rejected its probe");
console.log(JSON.stringify({ importMs: imported - started, firstValidationMs: validated - started }));
`;
const packageProbe = (fixtureFile) => `
const { readFileSync } = await import("node:fs");
const text = readFileSync(${JSON.stringify(fixtureFile)}, "utf8");
const started = performance.now();
const { validateDocument } = await import("news-event-models");
const imported = performance.now();
const result = validateDocument(JSON.parse(text));
const validated = performance.now();
if (!result.ok) throw new Error("the fixture is invalid: " + JSON.stringify(result.problems.slice(0, 2)));
console.log(JSON.stringify({ importMs: imported - started, firstValidationMs: validated - started, entry: import.meta.resolve("news-event-models") }));
`;

// The same on top of a zod already loaded in the process: the package's own share alone,
// steadier than the difference of two processes on a busy machine. Reported, not checked.
const pairedProbe = (fixtureFile) => `
const { readFileSync } = await import("node:fs");
const text = readFileSync(${JSON.stringify(fixtureFile)}, "utf8");
await import("zod");
const started = performance.now();
const { validateDocument } = await import("news-event-models");
const imported = performance.now();
const result = validateDocument(JSON.parse(text));
const validated = performance.now();
if (!result.ok) throw new Error("the fixture is invalid");
console.log(JSON.stringify({ importMs: imported - started, firstValidationMs: validated - started }));
`;

// Each layer's entry in the build, lowest first; "the rest" is the package's own index.
const LAYERS = [
  ["model", "dist/model/document.js"],
  ["validate", "dist/validate/validate-document.js"],
  ["time", "dist/time/index.js"],
  ["query", "dist/query/index.js"],
  ["describe", "dist/describe/index.js"],
  ["build", "dist/build/index.js"],
  ["export", "dist/export/index.js"],
  ["the rest", "dist/index.js"],
].filter(([, file]) => existsSync(join(root, file)));
const layersProbe = `
const costs = {};
let started = performance.now();
await import("zod");
costs.zod = performance.now() - started;
for (const [layer, url] of ${JSON.stringify(LAYERS.map(([layer, file]) => [layer, pathToFileURL(join(root, file)).href]))}) {
  started = performance.now();
  await import(url);
  costs[layer] = performance.now() - started;
}
console.log(JSON.stringify(costs));
`;

function probe(file) {
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: "utf8" }).trim().split("\n").at(-1));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const directory = mkdtempSync(join(tmpdir(), "nem-import-time-"));
try {
  const { japanNorthKorea2004 } = await import(fixturesEntry);
  const fixtureFile = join(directory, "fixture.json");
  writeFileSync(fixtureFile, JSON.stringify(japanNorthKorea2004));
  // "zod" resolves to the repository's own copy, and "news-event-models" to this checkout,
  // as if it were installed: node reads its exports map and picks the file a consumer gets.
  mkdirSync(join(directory, "node_modules"));
  symlinkSync(join(root, "node_modules/zod"), join(directory, "node_modules/zod"), "dir");
  symlinkSync(root, join(directory, "node_modules/news-event-models"), "dir");
  const zodFile = join(directory, "zod-probe.mjs");
  const packageFile = join(directory, "package-probe.mjs");
  writeFileSync(zodFile, zodProbe);
  const pairedFile = join(directory, "paired-probe.mjs");
  writeFileSync(packageFile, packageProbe(fixtureFile));
  writeFileSync(pairedFile, pairedProbe(fixtureFile));
  probe(zodFile);
  probe(packageFile);
  const zod = [];
  const pkg = [];
  const paired = [];
  for (let run = 0; run < runs; run++) {
    zod.push(probe(zodFile));
    pkg.push(probe(packageFile));
    paired.push(probe(pairedFile));
  }
  const figures = {
    runs,
    zod: { importMs: median(zod.map((run) => run.importMs)), firstValidationMs: median(zod.map((run) => run.firstValidationMs)) },
    package: {
      entry: relative(root, realpathSync(fileURLToPath(pkg[0].entry))),
      importMs: median(pkg.map((run) => run.importMs)),
      firstValidationMs: median(pkg.map((run) => run.firstValidationMs)),
    },
    afterZod: { importMs: median(paired.map((run) => run.importMs)), firstValidationMs: median(paired.map((run) => run.firstValidationMs)) },
  };
  if (args.includes("--layers")) {
    const layersFile = join(directory, "layers-probe.mjs");
    writeFileSync(layersFile, layersProbe);
    const samples = Array.from({ length: runs }, () => probe(layersFile));
    figures.layersMs = Object.fromEntries(Object.keys(samples[0]).map((layer) => [layer, median(samples.map((sample) => sample[layer]))]));
  }
  figures.importMsMore = figures.package.importMs - figures.zod.importMs;
  figures.firstValidationMsMore = figures.package.firstValidationMs - figures.zod.firstValidationMs;
  figures.limits = { importMsMore: MAX_IMPORT_MS, firstValidationMsMore: MAX_FIRST_VALIDATION_MS };
  const failures = [];
  if (figures.importMsMore > MAX_IMPORT_MS) failures.push(`import takes ${figures.importMsMore.toFixed(1)} ms more than zod's, over ${MAX_IMPORT_MS} ms`);
  if (figures.firstValidationMsMore > MAX_FIRST_VALIDATION_MS)
    failures.push(`the first validation comes ${figures.firstValidationMsMore.toFixed(1)} ms later than zod's, over ${MAX_FIRST_VALIDATION_MS} ms`);
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify({ ...figures, passed: failures.length === 0 }, null, 2)}\n`);
  else {
    const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
    process.stdout.write(
      `cold start, median of ${runs} fresh node ${process.version} processes each:\n` +
        `                      import   first validation\n` +
        `  zod alone        ${ms(figures.zod.importMs)}  ${ms(figures.zod.firstValidationMs)}\n` +
        `  news-event-models${ms(figures.package.importMs)}  ${ms(figures.package.firstValidationMs)}  (${figures.package.entry}, the fixture of ${japanNorthKorea2004.evidence.length} evidence spans)\n` +
        `  more than zod    ${ms(figures.importMsMore)}  ${ms(figures.firstValidationMsMore)}  (limits ${MAX_IMPORT_MS} ms and ${MAX_FIRST_VALIDATION_MS} ms)\n` +
        `  on a loaded zod  ${ms(figures.afterZod.importMs)}  ${ms(figures.afterZod.firstValidationMs)}  (zod imported first in the same process; reported, not checked)\n`,
    );
    if (figures.layersMs) {
      process.stdout.write(`import of the one-file-per-module build, layer by layer (each after the ones before it), median of ${runs}:\n`);
      for (const [layer, value] of Object.entries(figures.layersMs)) process.stdout.write(`  ${layer.padEnd(15)}${ms(value)}\n`);
    }
  }
  if (failures.length > 0) {
    process.stderr.write(`${failures.join("\n")}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
