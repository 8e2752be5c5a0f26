#!/usr/bin/env node
// What the package's types cost a consumer's type check. Writes a consumer project in a
// temporary directory whose one file uses every type the package exports and infers the
// document type, runs `tsc --extendedDiagnostics` on it with `skipLibCheck` off (so the
// package's declarations are checked as a consumer's strict project checks them), and
// fails when the package's own share passes 50,000 type instantiations, or 0.3 s of check
// time. The package's share is the consumer's count less that of a project that uses zod
// alone with the same options, which is zod's own floor. It also prints the figures with
// `skipLibCheck` on. Reads the built declarations: run `npm run build` first.
//
// Instantiations are counted exactly, the same on every run and machine; check time
// varies with the machine's load, several times over on a shared one.
// `--instantiations-only` still measures and prints the check time but fails on the
// instantiations alone: `npm test` runs it so.
//
//   node scripts/typecheck-cost.mjs [--json] [--keep] [--instantiations-only]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The budget for the package's own declarations, checked with `skipLibCheck: false`. Nearly
 * all of the cost is the declarations themselves (a file that only imports the package
 * costs about the same), not what a consumer does with them; it stays low because each
 * schema's type is named once (`MeetingSchema`) and referred to, not written out again
 * wherever the schema is used.
 */
const MAX_INSTANTIATIONS = 50_000;
const MAX_CHECK_SECONDS = 0.3;
const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const ts = require("typescript");
const args = process.argv.slice(2);

/**
 * Check time varies from run to run: the figure is the median of this many runs. Where
 * only the instantiations are checked, which are the same on every run, one is enough.
 */
const RUNS = Number(process.env.RUNS ?? (args.includes("--instantiations-only") ? 1 : 5));

/** Every type the package exports (type aliases, interfaces, classes), with the number of type parameters that lack a default. */
function exportedTypes() {
  const entry = join(root, "dist/index.d.ts");
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry));
  if (!moduleSymbol) throw new Error("dist/index.d.ts has no module symbol: run npm run build first");
  const types = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) continue;
    const declaration = symbol.declarations?.find((node) => ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node));
    const required = declaration?.typeParameters?.filter((parameter) => !parameter.default).length ?? 0;
    types.push({ name: exported.name, required });
  }
  return types.sort((a, b) => a.name.localeCompare(b.name));
}

/** The consumer file: every exported type used so its structure is resolved, and the document type inferred from the schema. */
function consumerSource(types) {
  const use = (type) => (type.required === 0 ? type.name : `${type.name}<${Array(type.required).fill("any").join(", ")}>`);
  return `import * as z from "zod";
import {
  NewsDocument,
  validateDocument,
${types.filter((type) => !["NewsDocument", "validateDocument"].includes(type.name)).map((type) => `  type ${type.name},`).join("\n")}
} from "news-event-models";

// the document type as a consumer infers it from the schema, and as the package names it
type ConsumerDocument = z.infer<typeof NewsDocument>;
export function roundTrip(text: string): ConsumerDocument | undefined {
  const result = validateDocument(JSON.parse(text));
  if (!result.ok) return undefined;
  const named: NewsDocument = result.document;
  const inferred: ConsumerDocument = named;
  const back: NewsDocument = inferred;
  return back;
}
export const firstMeeting = (document: ConsumerDocument) => document.meetings[0]?.participants[0];

// every exported type, resolved down to its keys
${types.map((type) => `export type Keys_${type.name} = keyof ${use(type)};`).join("\n")}
export type Every = [${types.map((type) => use(type)).join(", ")}];
`;
}

function measure(directory, skipLibCheck = false) {
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  let output;
  try {
    output = execFileSync(process.execPath, [tsc, "-p", directory, "--extendedDiagnostics", "--skipLibCheck", String(skipLibCheck)], { encoding: "utf8" });
  } catch (error) {
    throw new Error(`the consumer does not type-check:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
  const figure = (label) => {
    const found = output.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"));
    if (!found) throw new Error(`tsc printed no "${label}":\n${output}`);
    return Number(found[1]);
  };
  return { instantiations: figure("Instantiations"), checkSeconds: figure("Check time"), types: figure("Types") };
}

const types = exportedTypes();
const directory = mkdtempSync(join(tmpdir(), "nem-typecheck-cost-"));
try {
  mkdirSync(join(directory, "node_modules"));
  symlinkSync(root, join(directory, "node_modules/news-event-models"), "dir");
  symlinkSync(join(root, "node_modules/zod"), join(directory, "node_modules/zod"), "dir");
  writeFileSync(join(directory, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  writeFileSync(
    join(directory, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noEmit: true, types: [] },
      files: ["consumer.ts"],
    }),
  );
  writeFileSync(join(directory, "consumer.ts"), consumerSource(types));
  // zod's own floor, for scale: the same project with a file that infers one small zod object
  const zodOnly = join(directory, "zod-only");
  mkdirSync(zodOnly);
  writeFileSync(join(zodOnly, "package.json"), JSON.stringify({ name: "zod-only", private: true, type: "module" }));
  writeFileSync(join(zodOnly, "tsconfig.json"), readFileSync(join(directory, "tsconfig.json"), "utf8"));
  symlinkSync(join(directory, "node_modules"), join(zodOnly, "node_modules"), "dir");
  writeFileSync(
    join(zodOnly, "consumer.ts"),
    `import * as z from "zod";\nconst Small = z.strictObject({ id: z.string(), count: z.number() });\nexport type Small = z.infer<typeof Small>;\nexport const read = (input: unknown): Small => Small.parse(input);\n`,
  );
  const runs = [];
  const zodRuns = [];
  // alternating, so a busy spell falls on both
  for (let run = 0; run < RUNS; run++) {
    runs.push(measure(directory));
    zodRuns.push(measure(zodOnly));
  }
  const checkTimes = runs.map((run) => run.checkSeconds).sort((a, b) => a - b);
  const skipping = measure(directory, true);
  const zodSkipping = measure(zodOnly, true);
  const result = {
    exportedTypes: types.length,
    instantiations: runs[0].instantiations,
    ownInstantiations: runs[0].instantiations - zodRuns[0].instantiations,
    checkSeconds: checkTimes[Math.floor(RUNS / 2)],
    checkSecondsRuns: checkTimes,
    zodAlone: { instantiations: zodRuns[0].instantiations, checkSeconds: zodRuns.map((run) => run.checkSeconds).sort((a, b) => a - b)[Math.floor(RUNS / 2)] },
    skipLibCheck: { instantiations: skipping.instantiations, checkSeconds: skipping.checkSeconds, zodAlone: zodSkipping.instantiations },
    limits: { ownInstantiations: MAX_INSTANTIATIONS, checkSeconds: MAX_CHECK_SECONDS },
  };
  const failures = [];
  if (result.ownInstantiations > MAX_INSTANTIATIONS) failures.push(`${result.ownInstantiations} instantiations of the package's own, more than ${MAX_INSTANTIATIONS}`);
  if (result.checkSeconds > MAX_CHECK_SECONDS && !args.includes("--instantiations-only")) failures.push(`${result.checkSeconds} s of check time, more than ${MAX_CHECK_SECONDS} s`);
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify({ ...result, passed: failures.length === 0 }, null, 2)}\n`);
  else
    process.stdout.write(
      `type-check cost of a consumer using all ${types.length} exported types (skipLibCheck off):\n` +
        `  ${result.instantiations} instantiations, of which ${result.ownInstantiations} are the package's own (limit ${MAX_INSTANTIATIONS})\n` +
        `  ${result.checkSeconds} s check time, median of ${RUNS} (limit ${MAX_CHECK_SECONDS} s${args.includes("--instantiations-only") ? ", not enforced" : ""}; runs ${checkTimes.join(", ")})\n` +
        `for scale, a file that infers one small zod object: ${result.zodAlone.instantiations} instantiations, ${result.zodAlone.checkSeconds} s check time\n` +
        `with skipLibCheck on: ${result.skipLibCheck.instantiations} instantiations, ${result.skipLibCheck.checkSeconds} s check time (zod alone: ${result.skipLibCheck.zodAlone})\n`,
    );
  if (failures.length > 0) {
    process.stderr.write(`type-check cost over budget: ${failures.join("; ")}\n`);
    process.exitCode = 1;
  }
} finally {
  if (args.includes("--keep")) process.stderr.write(`consumer kept in ${directory}\n`);
  else rmSync(directory, { recursive: true, force: true });
}
