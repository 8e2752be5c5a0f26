// Runs one benchmark candidate in this process and prints its figures as one line of
// JSON. zod's validators share code, so a process that runs several of them slows each
// of them: scripts/bench/run.mjs starts one process per candidate.
//
//   node --import tsx scripts/bench/candidate.ts <candidate> [--quick]
import { Bench } from "tinybench";
import type { NewsDocumentInput } from "../../src/model/document.js";
import { checkShape, shapeMode, type ShapeMode } from "../../src/validate/check-shape.js";
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

/** Checks that the shape check runs the way expected, then calls `check` for the engine to optimise it. */
function warmShape(check: () => void, expected: ShapeMode, calls: number): number {
  if (shapeMode() !== expected) throw new Error(`the shape check runs on ${shapeMode()}, expected ${expected}`);
  for (let i = 0; i < calls; i++) check();
  return calls;
}

function shapeWork(document: NewsDocumentInput, copies: number, expected: ShapeMode, warmCalls: number): Work {
  const next = rotate(copiesOf(document, copies));
  const run = (): void => {
    if (!checkShape(next()).ok) throw new Error("the shape check rejected the document");
  };
  const calls = warmShape(run, expected, warmCalls);
  return { run, entities: countEntities(document), note: `shape check on zod's ${shapeMode()} after ${calls} warm-up calls` };
}

function documentWork(document: NewsDocumentInput, copies: number, warmCalls: number): Work {
  const next = rotate(copiesOf(document, copies));
  const run = (): void => {
    const result = validateDocument(next());
    if (!result.ok) throw new Error(`the document is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  };
  const calls = warmShape(run, "compiled", warmCalls);
  return { run, entities: countEntities(document), note: `shape check on zod's ${shapeMode()} after ${calls} warm-up calls` };
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
      return shapeWork(document, COPIES, "compiled", warm);
    case "shape-parser":
      // where a Content-Security-Policy forbids `new Function`, z.compile hands back the schema
      if (!codeGenerationForbidden()) throw new Error("run shape-parser with --disallow-code-generation-from-strings");
      return shapeWork(document, COPIES, "parser", warm);
    case "ajv":
      return ajvWork(document);
    case "document":
      return documentWork(document, COPIES, warm);
    case "shape-1000":
      return shapeWork(scaleDocument(document, SCALE), 2, "compiled", 5);
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
