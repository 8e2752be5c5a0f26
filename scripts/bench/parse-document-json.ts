// Compares `parseDocumentJson` on the fixture's JSON text, and `validateDocument` on the
// value it holds, between the sources here and those of another commit: how much reading
// the text and the value as JSON costs on the common path. It prints the mean time of a call for each and their ratio, the median of
// the rounds; the two alternate within each round, so a change in the machine's speed
// moves both.
//
//   npx tsx scripts/bench/parse-document-json.ts [--baseline=<commit>] [--rounds=N]
//
// The ratio is the figure: these sources' time over the baseline's, round by round.
//
// The baseline's src/ is written from git into .tmp/bench-baseline/<commit>/, where it
// finds this checkout's node_modules.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

type Check = (input: never) => { readonly ok: boolean };
interface Entry {
  readonly parseDocumentJson: Check;
  readonly validateDocument: Check;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({ options: { baseline: { type: "string", default: "HEAD" }, rounds: { type: "string", default: "7" } } });
const commit = execFileSync("git", ["rev-parse", values.baseline], { cwd: root, encoding: "utf8" }).trim();
const rounds = Number(values.rounds);

function baselineSources(): string {
  const target = join(root, ".tmp", "bench-baseline", commit);
  if (!existsSync(join(target, "src", "index.ts"))) {
    mkdirSync(target, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${commit} src | tar -x -C "${target}"`], { cwd: root });
  }
  return join(target, "src", "index.ts");
}

async function load(entry: string): Promise<Entry> {
  return (await import(pathToFileURL(entry).href)) as Entry;
}

/** Mean milliseconds per call over `calls` calls. */
function time(check: Check, input: unknown, calls: number): number {
  const start = performance.now();
  for (let call = 0; call < calls; call++) if (!check(input as never).ok) throw new Error("the fixture did not validate");
  return (performance.now() - start) / calls;
}

const text = readFileSync(join(root, "fixtures", "japan-north-korea-2004.json"), "utf8");
const value: unknown = JSON.parse(text);
const current = await load(join(root, "src", "index.ts"));
const baseline = await load(baselineSources());
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
console.log(`the fixture (${text.length.toLocaleString("en")} characters), ${rounds} rounds of 400 calls each, against ${commit.slice(0, 12)}`);
for (const [name, input] of [["parseDocumentJson", text], ["validateDocument", value]] as const) {
  for (const entry of [current, baseline]) time(entry[name], input, 500);
  const figures: { now: number; then: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const then = time(baseline[name], input, 400);
    const now = time(current[name], input, 400);
    figures.push({ now, then });
  }
  const microseconds = (pick: (figure: { now: number; then: number }) => number) => (median(figures.map(pick)) * 1000).toFixed(0);
  console.log(
    `  ${name}: ${microseconds((figure) => figure.then)} µs a call then, ${microseconds((figure) => figure.now)} µs now; ratio ${median(figures.map((figure) => figure.now / figure.then)).toFixed(2)} (median of rounds)`,
  );
}
