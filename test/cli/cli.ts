// Runs the built `news-events` program as a subprocess. It uses dist/cli/index.js when
// that is newer than every source file; otherwise it bundles src/cli/index.ts once into
// .tmp/cli-build/<source stamp>/, shared by every test file, with esbuild and the
// options tsup gives it for the package build (ESM for Node 20, code split, packages
// left external), in a fraction of tsup's time, with the worker module of
// `validate --jobs` beside it.
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function newestSource(directory: string): number {
  return Math.max(
    0,
    ...readdirSync(directory, { withFileTypes: true }).map((entry) => {
      const path = join(directory, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

function builtCli(): string {
  const stamp = Math.floor(Math.max(newestSource(join(root, "src")), statSync(join(root, "package.json")).mtimeMs));
  const dist = join(root, "dist", "cli", "index.js");
  if (existsSync(dist) && statSync(dist).mtimeMs > stamp) return dist;
  const target = join(root, ".tmp", "cli-build", String(stamp));
  const built = join(target, "index.js");
  if (existsSync(built)) return built;
  mkdirSync(dirname(target), { recursive: true });
  const scratch = mkdtempSync(`${target}-`);
  buildSync({
    absWorkingDir: root,
    // The worker of validate --jobs is loaded by its path, beside the program, as in dist.
    entryPoints: ["src/cli/index.ts", "src/cli/validate-worker.ts", "src/cli/ingest-worker.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    splitting: true,
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

/** The path of the built program; NEWS_EVENTS_CLI names another build to test instead. */
export const cli = process.env.NEWS_EVENTS_CLI ? resolve(process.env.NEWS_EVENTS_CLI) : builtCli();

/** What a run printed and how it ended. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `news-events` with arguments and optional stdin, and waits for it. */
export function runCli(args: readonly string[], input?: string | Buffer): CliRun {
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input: input ?? "",
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** How {@link runCliAsync} runs the program. */
export interface RunOptions {
  /** What stdin holds; empty when not given. */
  readonly input?: string | Buffer;
  /** Options for node itself, such as a heap cap: `["--max-old-space-size=24"]`. */
  readonly node?: readonly string[];
  /** How long to leave stdout unread at first, so that the program meets a full pipe. */
  readonly pauseReadingMs?: number;
}

/** What an asynchronous run printed, as bytes too, and how it ended. */
export interface CliAsyncRun extends CliRun {
  readonly signal: NodeJS.Signals | null;
}

/** Runs `news-events` without blocking the test, with stdin, node options and a reader that may start late. */
export function runCliAsync(args: readonly string[], options: RunOptions = {}): Promise<CliAsyncRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.node ?? []), cli, ...args], { cwd: root });
    const stdout: Buffer[] = [];
    let stderr = "";
    child.stdout.pause();
    setTimeout(() => child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk)).resume(), options.pauseReadingMs ?? 0);
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.stdin.on("error", () => undefined);
    child.on("error", reject);
    child.on("close", (status, signal) => resolvePromise({ status, signal, stdout: Buffer.concat(stdout).toString("utf8"), stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Runs a bash script with `$CLI` set to the program (as `node <path>`), and waits for it. */
export function runShell(script: string): CliRun {
  const result = spawnSync("bash", ["-c", script], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CLI: `${process.execPath} ${cli}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `news-events` with a stream of stdin written from an async source, for inputs too large to hold. */
export function runCliStreaming(args: readonly string[], write: (stdin: NodeJS.WritableStream) => Promise<void>): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.stdin.on("error", () => undefined);
    child.on("error", reject);
    child.on("close", (status) => resolvePromise({ status, stdout, stderr }));
    write(child.stdin).then(() => child.stdin.end(), reject);
  });
}
