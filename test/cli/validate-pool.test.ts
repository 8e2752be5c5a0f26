import { describe, expect, it } from "vitest";
import { workerExecArgv } from "../../src/cli/validate-pool.js";

describe("workerExecArgv", () => {
  it("keeps node's options for the workers", () => {
    expect(workerExecArgv(["--max-old-space-size=32", "--import", "file:///hooks.mjs", "--enable-source-maps"])).toEqual([
      "--max-old-space-size=32",
      "--import",
      "file:///hooks.mjs",
      "--enable-source-maps",
    ]);
  });

  it("drops the options that name a script, which a worker refuses", () => {
    expect(workerExecArgv(["--input-type=module", "-e", "await import('cli')", "--max-old-space-size=32"])).toEqual(["--max-old-space-size=32"]);
    expect(workerExecArgv(["--eval=1", "--print", "2", "--input-type", "module", "--stack-size=900"])).toEqual(["--stack-size=900"]);
  });
});
