import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { workerOptions } from "../../src/cli/validate-pool.js";

// Whether node starts a worker with these options: it refuses some options at once.
function startsWith(execArgv: readonly string[]): Promise<boolean> {
  try {
    const worker = new Worker("0", { eval: true, execArgv: [...execArgv] });
    return new Promise((resolve) => worker.once("exit", () => resolve(true)));
  } catch {
    return Promise.resolve(false);
  }
}

describe("workerOptions", () => {
  it("keeps the options that decide how modules load, with their values", () => {
    expect(workerOptions(["--import", "file:///hooks.mjs", "--enable-source-maps", "--conditions=development", "-r", "./setup.cjs", "--experimental-vm-modules"]).execArgv).toEqual([
      "--import",
      "file:///hooks.mjs",
      "--enable-source-maps",
      "--conditions=development",
      "-r",
      "./setup.cjs",
      "--experimental-vm-modules",
    ]);
  });

  it("drops a script given on the command line, and the options of the process and of V8, which a worker refuses", async () => {
    const given = ["--input-type=module", "-e", "await import('cli')", "--stack-size=900", "--expose-gc", "--title=news", "--print", "2", "--input-type", "module", "--no-warnings"];
    expect(await startsWith(["--stack-size=900"])).toBe(false);
    expect(await startsWith(["--expose-gc"])).toBe(false);
    const { execArgv } = workerOptions(given);
    expect(execArgv).toEqual(["--no-warnings"]);
    expect(await startsWith(execArgv)).toBe(true);
  });

  it("gives each worker the main thread's heap limit as a resource limit, since a worker refuses the option itself", async () => {
    expect(await startsWith(["--max-old-space-size=64"])).toBe(false);
    expect(workerOptions(["--max-old-space-size=64", "--import", "tsx"])).toEqual({ execArgv: ["--import", "tsx"], resourceLimits: { maxOldGenerationSizeMb: 64 } });
    expect(workerOptions(["--import", "tsx"])).toEqual({ execArgv: ["--import", "tsx"] });
  });
});
