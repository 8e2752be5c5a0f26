import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { browserChecks } from "./chromium.js";

// `npm test` passes on a machine without Chromium, saying in one line that the browser
// checks were skipped and how to run them; with CI set, the same machine fails them.

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const emptyDir = mkdtempSync(join(tmpdir(), "nem-no-chromium-"));

interface Run {
  readonly code: number;
  readonly output: string;
}

/** Runs the browser checks as `npm run test:browser` does, with a PATH that holds no Chromium. */
function runBrowserChecks(extra: NodeJS.ProcessEnv): Promise<Run> {
  const env: NodeJS.ProcessEnv = { HOME: process.env.HOME, PATH: emptyDir, NO_COLOR: "1", ...extra };
  const args = [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "--config", "vitest.browser.config.ts", "test/browser/docs.browser.test.ts"];
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, env, encoding: "utf8", timeout: 180_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, output: `${stdout}\n${stderr}` });
    });
  });
}

describe("where the browser checks find Chromium", () => {
  const fake = join(mkdtempSync(join(tmpdir(), "nem-chromium-")), "chromium");
  writeFileSync(fake, "#!/bin/sh\n");
  chmodSync(fake, 0o755);

  it("finds chromium on PATH, as `which chromium` does", () => {
    expect(browserChecks({ PATH: `${emptyDir}:${join(fake, "..")}` })).toEqual({ run: true, executablePath: fake });
  });

  it("prefers CHROMIUM_PATH to PATH", () => {
    expect(browserChecks({ PATH: join(fake, ".."), CHROMIUM_PATH: "/opt/chromium/chrome" })).toEqual({ run: true, executablePath: "/opt/chromium/chrome" });
  });

  it("skips without a browser, and says how to enable the checks", () => {
    const checks = browserChecks({ PATH: emptyDir });
    expect(checks.run).toBe(false);
    expect(!checks.run && checks.reason).toMatch(/^Browser checks skipped: no Chromium found .*apt-get install chromium.*CHROMIUM_PATH/);
  });

  it.each(["true", "1", "yes"])("requires the checks when CI=%s", (ci) => {
    const checks = browserChecks({ PATH: emptyDir, CI: ci });
    expect(checks).toMatchObject({ run: true, executablePath: undefined });
  });

  it.each(["", "false", "0"])("treats CI=%j as unset", (ci) => {
    expect(browserChecks({ PATH: emptyDir, CI: ci }).run).toBe(false);
  });
});

describe("the browser checks on a machine without Chromium", () => {
  it("pass with one line saying they were skipped when CI is not set", async () => {
    const run = await runBrowserChecks({});
    expect(run.code, run.output).toBe(0);
    const lines = run.output.split("\n").filter((line) => line.includes("Browser checks skipped"));
    expect(lines).toEqual([expect.stringMatching(/^Browser checks skipped: no Chromium found .*to run them, install Chromium/)]);
    expect(run.output).toMatch(/Tests\s+\d+ skipped/);
  }, 200_000);

  it("fail, naming what is missing, when CI is set", async () => {
    const run = await runBrowserChecks({ CI: "true" });
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(/CI is set, so the browser checks are required, but no Chromium was found/);
    expect(run.output).not.toMatch(/Browser checks skipped/);
  }, 200_000);
});
