#!/usr/bin/env node
// The benchmark: `npm run bench` prints a table, `npm run bench -- --json` one JSON object.
// Each candidate runs in a fresh process of its own (scripts/bench/candidate.ts), one after
// another: zod's schemas share code, and a process running several zod validators slows
// each of them. Figures are tinybench's mean (which includes garbage collection) and
// median per call; the ratios use the means.
//
//   node scripts/bench/run.mjs [--json] [--quick] [--only=<candidate,...>]
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const candidateScript = fileURLToPath(new URL("./candidate.ts", import.meta.url));
const args = process.argv.slice(2);
const asJson = args.includes("--json");
const quick = args.includes("--quick");
const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",");

/** Each candidate, and the node flags its process needs. */
const CANDIDATES = [
  { name: "json-parse", flags: [] },
  { name: "shape", flags: [] },
  // the package's path where a Content-Security-Policy forbids `new Function`
  { name: "shape-fallback", flags: ["--disallow-code-generation-from-strings"] },
  { name: "ajv", flags: [] },
  { name: "document", flags: [] },
  { name: "shape-1000", flags: [] },
  { name: "document-1000", flags: [] },
  { name: "query-fixture", flags: [] },
  { name: "query-10k", flags: [] },
];

/** The ratios the issue asks for, each with its goal (`undefined`: report only). */
const GOALS = {
  shapeVsJsonParse: 0.3,
  shapeVsAjv: 0.75,
  shapeFallbackVsAjv: undefined,
  documentVsShape: 1.4,
  shapeScaling1000: 1.3,
  documentScaling1000: 2.0,
  queryScaling: 2,
};

function log(line) {
  if (!asJson) process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

function runCandidate({ name, flags }) {
  const child = spawnSync(process.execPath, [...flags, "--import", "tsx", candidateScript, name, ...(quick ? ["--quick"] : [])], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) return { candidate: name, error: (child.stderr || child.stdout || `exit ${child.status}`).trim().split("\n").slice(0, 6).join(" | ") };
  const last = child.stdout.trim().split("\n").at(-1);
  return JSON.parse(last);
}

function machine() {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    cpu = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpu;
  } catch {
    // not Linux: os.cpus() is enough
  }
  let nproc = cpus().length;
  try {
    nproc = Number(execFileSync("nproc", { encoding: "utf8" }).trim());
  } catch {
    // no nproc: os.cpus() is enough
  }
  const pkg = (name) => JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, "utf8")).version;
  return { cpu, nproc, node: process.version, platform: `${process.platform} ${process.arch}`, zod: pkg("zod"), ajv: pkg("ajv"), tinybench: pkg("tinybench") };
}

function ratio(numerator, denominator, per = false) {
  if (!numerator || !denominator || numerator.error || denominator.error) return { mean: null, median: null };
  const scale = per ? denominator.entities / numerator.entities : 1;
  return { mean: (numerator.meanMs / denominator.meanMs) * scale, median: (numerator.medianMs / denominator.medianMs) * scale };
}

const results = {};
for (const candidate of CANDIDATES) {
  if (only && !only.includes(candidate.name)) continue;
  log(`running ${candidate.name} …`);
  results[candidate.name] = runCandidate(candidate);
  const result = results[candidate.name];
  if (result.error) log(`  failed: ${result.error}`);
  else log(`  mean ${result.meanMs.toFixed(4)} ms, median ${result.medianMs.toFixed(4)} ms (±${result.rme.toFixed(1)}%, ${result.samples} samples, ${result.entities} entities) ${result.note ?? ""}`);
}

const r = results;
const ratios = {
  shapeVsJsonParse: ratio(r["shape"], r["json-parse"]),
  shapeVsAjv: ratio(r["shape"], r["ajv"]),
  shapeFallbackVsAjv: ratio(r["shape-fallback"], r["ajv"]),
  documentVsShape: ratio(r["document"], r["shape"]),
  shapeScaling1000: ratio(r["shape-1000"], r["shape"], true),
  documentScaling1000: ratio(r["document-1000"], r["document"], true),
  queryScaling: ratio(r["query-10k"], r["query-fixture"]),
};

const report = {
  command: `node scripts/bench/run.mjs${quick ? " --quick" : ""}`,
  machine: machine(),
  ...Object.fromEntries(Object.entries(ratios).map(([name, value]) => [name, value.mean])),
  medianRatios: Object.fromEntries(Object.entries(ratios).map(([name, value]) => [name, value.median])),
  goals: GOALS,
  met: Object.fromEntries(
    Object.entries(ratios)
      .filter(([name]) => GOALS[name] !== undefined)
      .map(([name, value]) => [name, value.mean === null ? null : value.mean <= GOALS[name]]),
  ),
  candidates: results,
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  log("");
  log("ratio                  mean     median   goal");
  for (const [name, value] of Object.entries(ratios)) {
    const show = (x) => (x === null ? "missing" : x.toFixed(3)).padEnd(9);
    log(`${name.padEnd(22)} ${show(value.mean)}${show(value.median)}${GOALS[name] === undefined ? "report" : `≤ ${GOALS[name]}`}`);
  }
  log(`\n${report.machine.cpu}, ${report.machine.nproc} cores, node ${report.machine.node}, zod ${report.machine.zod}`);
}
process.exitCode = Object.values(results).some((result) => result.error) ? 1 : 0;
