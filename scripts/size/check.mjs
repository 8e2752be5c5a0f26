#!/usr/bin/env node
// Runs the size-limit budgets of .size-limit.mjs on the built package and prints every
// size, minified and also gzipped. Fails when a budget is exceeded, or when importing one id
// schema costs more than 1 KB above zod's own minimum (`import * as z; z.string()`).
// The cost of bigger schemas above that minimum is printed too, and above zod's own code
// for the kinds of schema each is built from: see docs/performance.md.
//
//   npm run build && node scripts/size/check.mjs
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MINIFIED_SUFFIX } from "../../.size-limit.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ONE_SCHEMA_ABOVE_ZOD = 1000;
const ZOD_MINIMUM = "zod minimum: import * as z; z.string()";
/** Each object schema measured, with zod's own code for the kinds of schema it is built from. */
const KINDS_FLOORS = [
  ["one small schema: import { Issue }", "zod's own code for Issue's kinds of schema"],
  ["one schema: import { Meeting }", "zod's own code for Meeting's kinds of schema"],
];
const ENFORCED_ONE_SCHEMA = ["one id schema: import { ActorId }"];
/** The object schemas' costs above zod's minimum are reported, not enforced. */
const REPORTED_ONE_SCHEMA = KINDS_FLOORS.map(([name]) => name);

const run = spawnSync(process.execPath, [fileURLToPath(new URL("../../node_modules/size-limit/bin.js", import.meta.url)), "--json"], {
  cwd: root,
  encoding: "utf8",
  env: process.env,
});
let checks;
try {
  checks = JSON.parse(run.stdout);
} catch {
  process.stderr.write(`size-limit did not report:\n${run.stdout}\n${run.stderr}\n`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const failures = [];
const minified = new Map(checks.filter((check) => check.name.endsWith(MINIFIED_SUFFIX)).map((check) => [check.name.slice(0, -MINIFIED_SUFFIX.length), check.size]));
checks = checks.filter((check) => !check.name.endsWith(MINIFIED_SUFFIX));
process.stdout.write("  minified   min+gzip  budget      check\n");
for (const check of checks) {
  const plain = minified.has(check.name) ? kb(minified.get(check.name)) : "?";
  process.stdout.write(`${plain.padStart(10)} ${kb(check.size).padStart(10)}  ${(check.sizeLimit ? kb(check.sizeLimit) : "").padEnd(11)} ${check.passed ? "" : "OVER  "}${check.name}\n`);
  if (!check.passed) failures.push(`${check.name}: ${kb(check.size)} is over its budget of ${kb(check.sizeLimit)}`);
}

const bySize = new Map(checks.map((check) => [check.name, check.size]));
const floor = bySize.get(ZOD_MINIMUM);
process.stdout.write(`\ncost above zod's own minimum (${kb(floor)}), goal at most ${kb(ONE_SCHEMA_ABOVE_ZOD)}:\n`);
for (const name of [...ENFORCED_ONE_SCHEMA, ...REPORTED_ONE_SCHEMA]) {
  const above = bySize.get(name) - floor;
  const enforced = ENFORCED_ONE_SCHEMA.includes(name);
  process.stdout.write(`${kb(above).padStart(10)}  ${above <= ONE_SCHEMA_ABOVE_ZOD ? "within" : "over"}${enforced ? " (enforced)" : " (reported)"}  ${name}\n`);
  if (enforced && above > ONE_SCHEMA_ABOVE_ZOD) failures.push(`${name} costs ${kb(above)} above zod's minimum, more than ${kb(ONE_SCHEMA_ABOVE_ZOD)}`);
}

// Most of what one object schema costs above zod's minimum is zod's own object, record and
// JSON code, which any zod schema of the same kinds carries: the rest is the package's.
process.stdout.write("\ncost above zod's own code for the same kinds of schema, reported:\n");
for (const [name, floorName] of KINDS_FLOORS) {
  const kinds = bySize.get(floorName);
  process.stdout.write(`${kb(bySize.get(name) - kinds).padStart(10)}  ${name} (zod alone: ${kb(kinds)})\n`);
}

if (failures.length > 0) {
  process.stderr.write(`\n${failures.join("\n")}\n`);
  process.exitCode = 1;
}
