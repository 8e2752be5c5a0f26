// Runs hostile cases in a worker thread, each within a time budget: a case that hangs
// (an exponential walk, a cycle followed for ever) gives no answer, and the test fails
// on that, never on how long an answer took. The worker is test/reliability/cases/worker.ts,
// bundled with esbuild into .tmp/reliability-worker/<source stamp>/ the first time, since a
// worker thread does not load TypeScript.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { expect } from "vitest";
import type { HostileCase, Promised, PromisedProblem } from "./cases/case.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** A generous budget: a case that answers at all answers in milliseconds. */
export const BUDGET_MS = 15_000;

function newestSource(directory: string): number {
  return Math.max(
    0,
    ...readdirSync(directory, { withFileTypes: true }).map((entry) => {
      const path = join(directory, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

function builtWorker(): string {
  const stamp = Math.floor(Math.max(...["src", "test/reliability/cases", "test/support"].map((folder) => newestSource(join(root, folder)))));
  const target = join(root, ".tmp", "reliability-worker", String(stamp));
  const built = join(target, "worker.js");
  if (existsSync(built)) return built;
  mkdirSync(dirname(target), { recursive: true });
  const scratch = mkdtempSync(`${target}-`);
  buildSync({
    absWorkingDir: root,
    entryPoints: { worker: "test/reliability/cases/worker.ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outdir: scratch,
    logLevel: "error",
  });
  try {
    renameSync(scratch, target);
  } catch {
    // Another test file built the same sources first; use its build.
    rmSync(scratch, { recursive: true, force: true });
  }
  return built;
}

/** What the worker answered for a case, and how long the case took there, as measured once. */
export interface Answer {
  readonly outcome?: unknown;
  readonly threw?: string;
  readonly ms: number;
}

/** A worker that runs the cases of one area, one at a time; a new one replaces it after a case gives no answer. */
export class CaseWorker {
  private worker: Worker | undefined;
  private readonly path = builtWorker();
  /** The slowest case so far, as measured in the worker. */
  slowest = { name: "", ms: 0 };
  /** Cases run, and cases that answered as promised. */
  tried = 0;
  passed = 0;

  constructor(private readonly area: string) {}

  /** Runs the named case; fails with "no answer" when the budget passes first. */
  run(name: string, budgetMs: number = BUDGET_MS): Promise<Answer> {
    this.tried++;
    const worker = (this.worker ??= new Worker(this.path));
    return new Promise<Answer>((settle, fail) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners();
        void worker.terminate();
        this.worker = undefined;
        fail(new Error(`${this.area}: "${name}" gave no answer within ${budgetMs / 1000} s`));
      }, budgetMs);
      worker.once("message", (answer: Answer) => {
        clearTimeout(timer);
        worker.removeAllListeners("error");
        if (answer.ms > this.slowest.ms) this.slowest = { name, ms: answer.ms };
        settle(answer);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        this.worker = undefined;
        fail(error);
      });
      worker.postMessage({ area: this.area, name });
    });
  }

  /** Ends the worker. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

function problemMatcher(promised: PromisedProblem): unknown {
  const matcher = (value: string | RegExp) => (typeof value === "string" ? value : expect.stringMatching(value));
  return {
    code: promised.code,
    pointer: promised.pointer === undefined ? expect.any(String) : matcher(promised.pointer),
    message: promised.message === undefined ? expect.any(String) : matcher(promised.message),
  };
}

/** Checks an outcome against what its case promised: exactly the problems promised, in order. */
export function expectPromised(outcome: unknown, promised: Promised, name: string): void {
  if ("throws" in promised) {
    expect(outcome, name).toEqual({ threw: expect.stringMatching(promised.throws) });
    return;
  }
  if (promised.ok) {
    expect(outcome, name).toEqual(promised.value === undefined ? { ok: true } : { ok: true, value: promised.value });
    return;
  }
  expect(outcome, name).toEqual({ ok: false, problems: promised.problems.map(problemMatcher) });
}

/**
 * Runs each case in the worker within the budget and checks its outcome; then, unless it
 * is heavy, once more in this process, so that coverage sees the code it runs and the
 * outcome is the same outside a worker.
 */
export async function tryCase(worker: CaseWorker, name: string, hostile: HostileCase): Promise<void> {
  const answer = await worker.run(name, hostile.budgetMs);
  expect(answer.threw, `${name} threw in the worker`).toBeUndefined();
  expectPromised(answer.outcome, hostile.promised, name);
  if (!hostile.heavy) expectPromised(hostile.run(), hostile.promised, `${name}, in this process`);
  worker.passed++;
}
