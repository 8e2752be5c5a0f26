// Runs one benchmark candidate in this process and prints its figures as one line of
// JSON. zod's schemas share code, so a process that runs several zod validators slows
// each of them: scripts/bench/run.mjs starts one process per candidate.
//
//   node --import tsx scripts/bench/candidate.ts <candidate> [--quick]
import { Bench } from "tinybench";
import type { NewsDocument, NewsDocumentInput } from "../../src/model/document.js";
import { walkReferences, type ReferenceVisitor } from "../../src/validate/_lib/reference-table.js";
import { ENTITY_COLLECTIONS } from "../../src/validate/entities.js";
import { parseShape, shapePath, type ShapePath } from "../../src/validate/compiled.js";
import { validateDocument } from "../../src/validate/validate-document.js";
import { copiesFor, countEntities, documentJsonSchema, loadFixture, scaleDocument } from "./documents.js";

/** Distinct copies of each document, checked in turn: nothing may be cached on identity or content. */
const COPIES = 8;
/** Lookups per timed call of a query candidate, so the timer's resolution does not count. */
const QUERY_BATCH = 1000;
/** The size of the big document of the scaling candidates, in fixtures. */
const SCALE = 1000;
/** The size of the query candidate's big document, in objects with ids. */
const QUERY_ENTITIES = 10_000;

const [candidate = "", ...flags] = process.argv.slice(2);
const quick = flags.includes("--quick");

interface Work {
  /** What one timed call does. */
  readonly run: () => void;
  /** Objects with ids in the document one call works on. */
  readonly entities: number;
  /** Calls of `run` per timed call (more than one only for queries). */
  readonly batch?: number;
  /** What the candidate is, for the report. */
  readonly note?: string;
}

function copiesOf(document: NewsDocumentInput, count: number): NewsDocumentInput[] {
  return Array.from({ length: count }, () => structuredClone(document));
}

function rotate<T>(items: readonly T[]): () => T {
  let next = 0;
  return () => items[next++ % items.length]!;
}

/** Checks that the shape check takes the path expected, then calls `check` for the engine to optimise it. */
function warmShape(check: () => void, expected: ShapePath, calls: number): number {
  if (shapePath() !== expected) throw new Error(`the shape check is ${shapePath()}, expected ${expected}`);
  for (let i = 0; i < calls; i++) check();
  return calls;
}

function shapeWork(document: NewsDocumentInput, copies: number, expected: ShapePath, warmCalls: number): Work {
  const next = rotate(copiesOf(document, copies));
  const run = (): void => {
    if (!parseShape(next()).success) throw new Error("the shape check rejected the document");
  };
  const calls = warmShape(run, expected, warmCalls);
  return { run, entities: countEntities(document), note: `shape check path: ${shapePath()} after ${calls} warm-up calls` };
}

function documentWork(document: NewsDocumentInput, copies: number, warmCalls: number): Work {
  const next = rotate(copiesOf(document, copies));
  const run = (): void => {
    const result = validateDocument(next());
    if (!result.ok) throw new Error(`the document is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  };
  const calls = warmShape(run, "generated", warmCalls);
  return { run, entities: countEntities(document), note: `shape check path: ${shapePath()} after ${calls} warm-up calls` };
}

async function queryWork(document: NewsDocumentInput): Promise<Work> {
  let query: typeof import("../../src/query/index.js");
  try {
    query = await import("../../src/query/index.js");
    if (typeof query.indexDocument !== "function" || typeof query.positionsHeldBy !== "function") throw new Error("incomplete");
  } catch (error) {
    throw new Error(`src/query is missing indexDocument or positionsHeldBy: ${(error as Error).message}`);
  }
  const checked = validateDocument(document);
  if (!checked.ok) throw new Error(`the document is invalid: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  const index = query.indexDocument(checked.document);
  const ids = [...index.entities.keys()];
  const spread = Array.from({ length: 64 }, (_, i) => ids[Math.floor((i * ids.length) / 64)]!);
  const holderIds = [...new Set(checked.document.positions.flatMap((position) => position.holderIds))];
  const states = checked.document.actors.filter((actor) => actor.kind === "state").map((actor) => actor.id);
  const holders = holderIds.length > 0 ? holderIds : states;
  const spreadHolders = Array.from({ length: 64 }, (_, i) => holders[Math.floor((i * holders.length) / 64)]!);
  const nextId = rotate(spread);
  const nextHolder = rotate(spreadHolders);
  let found = 0;
  const run = (): void => {
    for (let i = 0; i < QUERY_BATCH; i++) {
      if (query.findEntity(index, nextId())) found++;
      found += query.positionsHeldBy(index, nextHolder() as Parameters<typeof query.positionsHeldBy>[1]).length;
    }
  };
  run();
  if (found === 0) throw new Error("the lookups found nothing");
  return {
    run,
    entities: countEntities(document),
    batch: QUERY_BATCH,
    note: `findEntity + positionsHeldBy (${holderIds.length > 0 ? "position holders" : "states: the document has no positions"}), ${QUERY_BATCH} of each per call`,
  };
}

async function ajvWork(document: NewsDocumentInput): Promise<Work> {
  const { Ajv2020 } = await import("ajv/dist/2020.js");
  const { default: addFormats } = await import("ajv-formats");
  const { source, schema } = documentJsonSchema();
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  const next = rotate(copiesOf(document, COPIES));
  const run = (): void => {
    if (!validate(next())) throw new Error(`ajv rejected the document: ${ajv.errorsText(validate.errors)}`);
  };
  for (let i = 0; i < 10_000; i++) run();
  return { run, entities: countEntities(document), note: `ajv 2020 compiled from ${source}` };
}

function jsonParseWork(document: NewsDocumentInput): Work {
  // distinct strings, built one by one
  const texts = copiesOf(document, COPIES).map((copy) => JSON.stringify(copy));
  const next = rotate(texts);
  const run = (): void => {
    JSON.parse(next());
  };
  for (let i = 0; i < 10_000; i++) run();
  return { run, entities: countEntities(document), note: `JSON.parse of ${texts[0]!.length} characters` };
}

function codeGenerationForbidden(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, no-new-func
    new Function("");
    return false;
  } catch {
    return true;
  }
}

async function work(): Promise<Work> {
  const { document } = await loadFixture();
  const warm = quick ? 2_000 : 10_000;
  switch (candidate) {
    case "json-parse":
      return jsonParseWork(document);
    case "shape":
      return shapeWork(document, COPIES, "generated", warm);
    case "shape-fallback":
      // the same generated check: it is plain code in the package, so nothing here needs `new Function`
      if (!codeGenerationForbidden()) throw new Error("run shape-fallback with --disallow-code-generation-from-strings");
      return shapeWork(document, COPIES, "generated", warm);
    case "ajv":
      return ajvWork(document);
    case "document":
      return documentWork(document, COPIES, warm);
    case "shape-1000":
      return shapeWork(scaleDocument(document, SCALE), 2, "generated", 5);
    case "document-1000":
      return documentWork(scaleDocument(document, SCALE), 2, 5);
    case "query-fixture":
      return queryWork(document);
    case "query-10k":
      return queryWork(scaleDocument(document, copiesFor(document, QUERY_ENTITIES)));
    default:
      throw new Error(`unknown candidate "${candidate}"`);
  }
}

/** The time of one call of `run`, averaged over a batch of `calls`. */
function timeBatch(run: () => void, calls: number): number {
  const start = performance.now();
  for (let i = 0; i < calls; i++) run();
  return (performance.now() - start) / calls;
}

/**
 * `run` timed in a batch between two batches of `neighbour`, `batches` times: each
 * batch's time divided by the mean of its two neighbours', and every batch time of `run`.
 */
function pairedBatches(run: () => void, neighbour: () => void, batches: number, calls: number): { ratios: number[]; times: number[] } {
  const ratios: number[] = [];
  const times: number[] = [];
  for (let round = 0; round < batches; round++) {
    const before = timeBatch(neighbour, calls);
    const at = timeBatch(run, calls);
    const after = timeBatch(neighbour, calls);
    ratios.push(at / ((before + after) / 2));
    times.push(at);
  }
  return { ratios, times };
}

/** The median of some numbers. */
function middle(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/** The mean of batch times, their median, and the relative margin of error of the mean, as tinybench gives it per call. */
function summary(times: readonly number[]): { meanMs: number; medianMs: number; rme: number; samples: number } {
  const mean = times.reduce((sum, value) => sum + value, 0) / times.length;
  const deviation = Math.sqrt(times.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (times.length - 1));
  return { meanMs: mean, medianMs: middle(times), rme: ((1.96 * deviation) / Math.sqrt(times.length) / mean) * 100, samples: times.length };
}

/** Batches of each kind in the paired candidate, and calls per batch. */
const PAIRED_BATCHES = 40;
const PAIRED_CALLS = 200;

/**
 * `JSON.parse`, the shape check and `validateDocument` on the fixture, in one process,
 * batch after batch in turn: each ratio divides a batch by the mean of the batches just
 * before and after it, a few milliseconds apart, so a change in the machine's speed
 * falls on both sides of it. The figures are the medians over the batches. No two zod validators meet here: `validateDocument`
 * runs the same shape check, then its own pass.
 */
async function paired(): Promise<void> {
  const { document } = await loadFixture();
  const texts = copiesOf(document, COPIES).map((copy) => JSON.stringify(copy));
  const nextText = rotate(texts);
  const nextDocument = rotate(copiesOf(document, COPIES));
  const parse = (): void => void JSON.parse(nextText());
  const shape = (): void => {
    if (!parseShape(nextDocument()).success) throw new Error("the shape check rejected the document");
  };
  const whole = (): void => {
    if (!validateDocument(nextDocument()).ok) throw new Error("the document is invalid");
  };
  warmShape(whole, "generated", quick ? 2_000 : 10_000);
  for (let i = 0; i < 10_000; i++) parse();
  const batches = quick ? 8 : PAIRED_BATCHES;
  // each ratio from its own series, so that a third kind of batch between the two it
  // compares does not evict their data and code from the caches
  const vsParse = pairedBatches(shape, parse, batches, PAIRED_CALLS);
  const vsShape = pairedBatches(whole, shape, batches, PAIRED_CALLS);
  const figures = {
    candidate,
    note: `${batches} batches of ${PAIRED_CALLS} calls of the shape check (${shapePath()}) between two of JSON.parse, then ${batches} of validateDocument between two of the shape check`,
    entities: countEntities(document),
    batch: 1,
    ...summary(vsParse.times),
    pairedRatios: { shapeVsJsonParse: middle(vsParse.ratios), documentVsShape: middle(vsShape.ratios) },
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** The ids of a document's objects and the ids its references name, read ahead of the timing. */
interface GatheredIds {
  readonly document: NewsDocumentInput;
  readonly ids: readonly string[];
  readonly references: readonly string[];
}

function gatherIds(document: NewsDocumentInput): GatheredIds {
  const ids: string[] = [];
  const references: string[] = [];
  for (const collection of ENTITY_COLLECTIONS) for (const item of (document as NewsDocument)[collection]) ids.push(item.id);
  walkReferences(document as NewsDocument, { reference: (_at, _field, _index, id) => void references.push(id), holder: () => undefined });
  return { document, ids, references };
}

/** The table {@link referencesOnly} looks references up in, and how many it did not find. */
const lookup = { table: new Map<string, number>(), missing: 0 };
const lookupVisitor: ReferenceVisitor = {
  reference: (_at, _field, _index, id) => {
    if (lookup.table.get(id) === undefined) lookup.missing++;
  },
  holder: () => undefined,
};

/**
 * The least a second pass that checks references can do: every id entered in a `Map`
 * and every reference looked up in it, through the package's own walk of the reference
 * table. No kinds, quotes, intervals, inference marks, cycles or paths: none of the
 * other checks the whole-document validation makes.
 */
function referencesOnly(document: NewsDocument): number {
  const table = new Map<string, number>();
  let entity = 0;
  for (const collection of ENTITY_COLLECTIONS) {
    const items: readonly { readonly id: string }[] = document[collection];
    for (let i = 0; i < items.length; i++, entity++) if (!table.has(items[i]!.id)) table.set(items[i]!.id, entity);
  }
  lookup.table = table;
  lookup.missing = 0;
  walkReferences(document, lookupVisitor);
  return lookup.missing;
}

/** Less still: the same `Map` work on ids and references read out of the document beforehand, so that nothing of the document is walked. */
function tableOnly(gathered: GatheredIds): number {
  const table = new Map<string, number>();
  const { ids, references } = gathered;
  for (let i = 0; i < ids.length; i++) if (!table.has(ids[i]!)) table.set(ids[i]!, i);
  let missing = 0;
  for (let i = 0; i < references.length; i++) if (table.get(references[i]!) === undefined) missing++;
  return missing;
}

/**
 * What the second pass of the whole-document validation cannot go below, against the
 * shape check, in one process and batch against batch as in {@link paired}: the shape
 * check followed by {@link referencesOnly}, and by {@link tableOnly}, each divided by
 * the shape check alone; and `validateDocument` the same way, for the figure the goal is
 * set on. No zod validator runs: the shape check is the generated one.
 */
async function documentFloor(): Promise<void> {
  const { document } = await loadFixture();
  const next = rotate(copiesOf(document, COPIES).map(gatherIds));
  const shape = (): void => {
    if (!parseShape(next().document).success) throw new Error("the shape check rejected the document");
  };
  const shapeThenReferences = (): void => {
    const { document: copy } = next();
    if (!parseShape(copy).success || referencesOnly(copy as NewsDocument) !== 0) throw new Error("the document's references do not resolve");
  };
  const shapeThenTable = (): void => {
    const gathered = next();
    if (!parseShape(gathered.document).success || tableOnly(gathered) !== 0) throw new Error("the document's references do not resolve");
  };
  const whole = (): void => {
    if (!validateDocument(next().document).ok) throw new Error("the document is invalid");
  };
  warmShape(whole, "generated", quick ? 2_000 : 10_000);
  for (let i = 0; i < (quick ? 2_000 : 10_000); i++) {
    shapeThenReferences();
    shapeThenTable();
  }
  const batches = quick ? 8 : PAIRED_BATCHES;
  const references = pairedBatches(shapeThenReferences, shape, batches, PAIRED_CALLS);
  const table = pairedBatches(shapeThenTable, shape, batches, PAIRED_CALLS);
  const actual = pairedBatches(whole, shape, batches, PAIRED_CALLS);
  const figures = {
    candidate,
    note: `${batches} batches of ${PAIRED_CALLS} calls of each of: the shape check then the references alone, the shape check then the Map work alone, validateDocument; each between two batches of the shape check`,
    entities: countEntities(document),
    batch: 1,
    ...summary(references.times),
    pairedRatios: { referencesOnly: middle(references.ratios), tableOnly: middle(table.ratios), documentVsShape: middle(actual.ratios) },
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Timed calls of a query candidate's work per batch in `pairedQueries`. */
const QUERY_PAIRED_CALLS = 20;

/**
 * The two query candidates in one process, batch against batch: a batch on the 10,089
 * objects between two on the fixture, each ratio taken against the mean of its two
 * neighbours, and the median over the batches. No zod validator runs here once the two
 * indexes are built (both documents are valid, so validating them ran only the
 * generated check), so nothing keeps the two apart; both are measured in the same heap,
 * and a change in the machine's speed falls on both sides of each ratio.
 */
async function pairedQueries(): Promise<void> {
  const { document } = await loadFixture();
  const small = await queryWork(document);
  const big = await queryWork(scaleDocument(document, copiesFor(document, QUERY_ENTITIES)));
  for (let i = 0; i < 500; i++) {
    small.run();
    big.run();
  }
  const batches = quick ? 8 : PAIRED_BATCHES;
  const paired = pairedBatches(big.run, small.run, batches, QUERY_PAIRED_CALLS);
  const figures = {
    candidate,
    note: `${batches} batches of ${QUERY_PAIRED_CALLS} calls on ${big.entities} objects, each between two on the fixture; ${small.note}`,
    entities: big.entities,
    batch: QUERY_BATCH,
    ...summary(paired.times),
    pairedRatios: { queryScaling: middle(paired.ratios) },
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (candidate === "paired") {
  await paired();
  process.exit(0);
}

if (candidate === "document-floor") {
  await documentFloor();
  process.exit(0);
}

if (candidate === "query-paired") {
  await pairedQueries();
  process.exit(0);
}

const job = await work();
const bench = new Bench({ time: quick ? 300 : 3_000, warmupTime: quick ? 100 : 500, iterations: 20, throws: true });
bench.add(candidate, job.run);
await bench.run();
const result = bench.tasks[0]!.result;
if (result.state !== "completed") throw new Error(`the benchmark of ${candidate} did not complete: ${result.state}`);
const figures = {
  candidate,
  note: job.note,
  entities: job.entities,
  batch: job.batch ?? 1,
  meanMs: result.latency.mean,
  medianMs: result.latency.p50,
  rme: result.latency.rme,
  samples: result.latency.samplesCount,
} satisfies Record<string, unknown>;
process.stdout.write(`${JSON.stringify(figures)}\n`);
