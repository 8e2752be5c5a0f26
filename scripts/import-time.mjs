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
// modules (and the packages only it imports). With --floor it also measures what zod
// alone needs to build the kinds of schema the package's model is made of, in a fresh
// process after zod's own probe: one schema of each further kind, cold, and the same
// again warm, per schema, beside the number of schemas the document's schema holds.
// That is the least any package exporting such a model pays at import.
//
//   node scripts/import-time.mjs [--json] [--runs=N] [--layers] [--floor]
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

/**
 * The kinds of schema (with string and number formats) and of check that `roots` and
 * every schema they hold are made of, and how many schemas that is. With `followLazy`
 * it also reads what each `z.lazy` gives, which builds it the first time. Written into
 * the floor probe as well, so the probe's schemas and the model's are counted alike.
 */
function kindsOf(roots, followLazy) {
  const seen = new Set();
  const kinds = new Set();
  const visit = (each) => {
    if (!each || typeof each !== "object" || seen.has(each) || !each._zod) return;
    seen.add(each);
    const def = each._zod.def;
    kinds.add(def.format ? `${def.type}:${def.format}` : def.type);
    for (const check of def.checks ?? []) {
      const checkDef = check._zod.def;
      kinds.add(checkDef.format ? `check:${checkDef.check}:${checkDef.format}` : `check:${checkDef.check}`);
    }
    if (def.type === "lazy" && followLazy) visit(def.getter());
    for (const key of ["innerType", "element", "keyType", "valueType", "catchall", "in", "out"]) visit(def[key]);
    for (const option of def.options ?? []) visit(option);
    if (def.shape) for (const field of Object.values(def.shape)) visit(field);
  };
  roots.forEach(visit);
  return { kinds: [...kinds].sort(), schemas: seen.size };
}

// After zod's own probe above (objects, strings, numbers, and the never of a strict
// object), one schema of each further kind the model is built from: each kind's code
// runs for the first time here, as it does when the package is imported. The probe
// reports the kinds it built, and the script says so if the model uses one it did not.
const floorProbe = `
const z = await import("zod");
z.strictObject({ id: z.string(), count: z.number() }).safeParse({ id: "a", count: 1 });
const kinds = () => [
  z.array(z.string()), z.boolean(), z.enum(["a", "b"]), z.lazy(() => z.string()), z.literal("a"), z.null(), z.int(),
  z.union([z.string(), z.number()]),
  z.discriminatedUnion("kind", [z.strictObject({ kind: z.literal("a") }), z.strictObject({ kind: z.literal("b") })]),
  z.record(z.string(), z.json()), z.string().optional(), z.iso.date(), z.iso.datetime({ offset: true }), z.url(),
  z.string().min(1), z.string().regex(/^a$/), z.number().positive(), z.number().max(1), z.string().refine(() => true),
  z.string().brand("Id").meta({ description: "an id" }),
];
let started = performance.now();
const list = kinds();
const coldMs = performance.now() - started;
started = performance.now();
for (let i = 0; i < 20; i++) kinds();
const warmMs = (performance.now() - started) / 20;
${kindsOf.toString()}
// the schemas the timed calls built (a lazy's schema is built only when first read), then
// every kind, reading the lazy ones too
const built = kindsOf(list, false).schemas;
console.log(JSON.stringify({ coldMs, warmMsPerKindList: warmMs, built, kinds: kindsOf(list, true).kinds }));
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
  if (args.includes("--floor")) {
    const floorFile = join(directory, "floor-probe.mjs");
    writeFileSync(floorFile, floorProbe);
    const samples = Array.from({ length: runs }, () => probe(floorFile));
    const { NewsDocument } = await import(pathToFileURL(join(root, "dist/index.js")).href);
    const model = kindsOf([NewsDocument], true);
    const warmMsPerSchema = median(samples.map((sample) => sample.warmMsPerKindList / sample.built));
    figures.floor = {
      kindsColdMs: median(samples.map((sample) => sample.coldMs)),
      warmMsPerSchema,
      modelSchemas: model.schemas,
      modelSchemasWarmMs: warmMsPerSchema * model.schemas,
      kindsNotInProbe: model.kinds.filter((kind) => !samples[0].kinds.includes(kind)),
    };
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
    if (figures.floor) {
      const floor = figures.floor;
      process.stdout.write(
        `what zod alone needs to build the model's kinds of schema, after its own probe, median of ${runs}:\n` +
          `  one schema of each further kind, cold ${ms(floor.kindsColdMs)}\n` +
          `  each schema once warm              ${(floor.warmMsPerSchema * 1000).toFixed(1).padStart(6)} µs, × ${floor.modelSchemas} schemas in NewsDocument = ${floor.modelSchemasWarmMs.toFixed(1)} ms\n` +
          (floor.kindsNotInProbe.length > 0 ? `  kinds of the model the probe does not build: ${floor.kindsNotInProbe.join(", ")}\n` : ""),
      );
    }
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
