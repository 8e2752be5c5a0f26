#!/usr/bin/env node
// The benchmark: `npm run bench` prints a table, `npm run bench -- --json` one JSON object.
// Each candidate runs in a fresh process of its own (scripts/bench/candidate.ts), one after
// another: zod's schemas share code, and a process running several zod validators slows
// each of them. Figures are tinybench's mean (which includes garbage collection) and
// median per call; the ratios use the means. The machine's speed can move by 2x from one
// minute to the next, so the candidates run round by round (each once per round, one
// after another) and every ratio is taken within a round, between candidates measured
// minutes apart at most; the figure reported is the median of its rounds.
//
//   node scripts/bench/run.mjs [--json] [--quick] [--rounds=N] [--only=<candidate,...>]
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
/** Rounds of all candidates: 3 by default, 1 with --quick. */
const rounds = Number(args.find((arg) => arg.startsWith("--rounds="))?.slice("--rounds=".length) ?? (quick ? 1 : 3));
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not ${rounds}`);

/** Each candidate, and the node flags its process needs. */
const CANDIDATES = [
  { name: "json-parse", flags: [] },
  { name: "shape", flags: [] },
  // the package's path where a Content-Security-Policy forbids `new Function`
  { name: "shape-parser", flags: ["--disallow-code-generation-from-strings"] },
  { name: "ajv", flags: [] },
  { name: "document", flags: [] },
  { name: "shape-1000", flags: [] },
  { name: "document-1000", flags: [] },
  { name: "query-fixture", flags: [] },
  { name: "query-10k", flags: [] },
];

/** The ratios the benchmark reports, each with its goal (`undefined`: report only). */
const GOALS = {
  shapeVsAjv: 0.75,
  shapeVsJsonParse: undefined,
  shapeParserVsAjv: undefined,
  documentVsShape: undefined,
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

function median(values) {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function ratiosOf(r) {
  return {
    shapeVsAjv: ratio(r["shape"], r["ajv"]),
    shapeVsJsonParse: ratio(r["shape"], r["json-parse"]),
    shapeParserVsAjv: ratio(r["shape-parser"], r["ajv"]),
    documentVsShape: ratio(r["document"], r["shape"]),
    shapeScaling1000: ratio(r["shape-1000"], r["shape"], true),
    documentScaling1000: ratio(r["document-1000"], r["document"], true),
    queryScaling: ratio(r["query-10k"], r["query-fixture"]),
  };
}

/** Every run of each candidate, in round order. */
const runs = {};
const roundRatios = [];
for (let round = 1; round <= rounds; round++) {
  const results = {};
  for (const candidate of CANDIDATES) {
    if (only && !only.includes(candidate.name)) continue;
    log(`round ${round}/${rounds}: running ${candidate.name} …`);
    const result = runCandidate(candidate);
    results[candidate.name] = result;
    (runs[candidate.name] ??= []).push(result);
    if (result.error) log(`  failed: ${result.error}`);
    else log(`  mean ${result.meanMs.toFixed(4)} ms, median ${result.medianMs.toFixed(4)} ms (±${result.rme.toFixed(1)}%, ${result.samples} samples, ${result.entities} entities) ${result.note ?? ""}`);
  }
  roundRatios.push(ratiosOf(results));
}

const ratios = Object.fromEntries(
  Object.keys(roundRatios[0]).map((name) => [
    name,
    { mean: median(roundRatios.map((each) => each[name].mean)), median: median(roundRatios.map((each) => each[name].median)), rounds: roundRatios.map((each) => each[name].mean) },
  ]),
);
/** Each candidate's run with the median mean, with the means of all its runs beside it. */
const results = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => {
    const good = list.filter((result) => !result.error);
    if (good.length === 0) return [name, list[0]];
    const middle = [...good].sort((a, b) => a.meanMs - b.meanMs)[Math.floor((good.length - 1) / 2)];
    return [name, { ...middle, meanMsByRound: list.map((result) => result.meanMs ?? null) }];
  }),
);

const report = {
  command: `node scripts/bench/run.mjs${quick ? " --quick" : ""} --rounds=${rounds}`,
  rounds,
  machine: machine(),
  ...Object.fromEntries(Object.entries(ratios).map(([name, value]) => [name, value.mean])),
  medianRatios: Object.fromEntries(Object.entries(ratios).map(([name, value]) => [name, value.median])),
  ratiosByRound: Object.fromEntries(Object.entries(ratios).map(([name, value]) => [name, value.rounds])),
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
  log(`ratio (median of ${rounds} round${rounds === 1 ? "" : "s"})  mean     median   goal      each round (mean)`);
  for (const [name, value] of Object.entries(ratios)) {
    const show = (x) => (x === null ? "missing" : x.toFixed(3)).padEnd(9);
    const goal = (GOALS[name] === undefined ? "report" : `≤ ${GOALS[name]}`).padEnd(10);
    log(`${name.padEnd(29)} ${show(value.mean)}${show(value.median)}${goal}${value.rounds.map((x) => (x === null ? "-" : x.toFixed(2))).join(" ")}`);
  }
  log(`\n${report.machine.cpu}, ${report.machine.nproc} cores, node ${report.machine.node}, zod ${report.machine.zod}`);
}
process.exitCode = Object.values(results).some((result) => result.error) ? 1 : 0;
