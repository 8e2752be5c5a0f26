import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/**
 * Whether the browser checks run here, and with which Chromium.
 *
 * The checks drive Debian's Chromium through playwright-core and never download a
 * browser. Where none is found they are skipped, unless `CI` is set: there they are
 * required, and a missing browser fails the run.
 */
export type BrowserChecks =
  | { readonly run: true; readonly executablePath: string }
  | { readonly run: true; readonly executablePath: undefined; readonly missing: string }
  | { readonly run: false; readonly reason: string };

const HOW_TO_ENABLE = "install Chromium (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium executable";

function onPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? "").split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Reads `CHROMIUM_PATH`, then looks for `chromium` on `PATH`, as `which chromium` does. */
export function browserChecks(env: NodeJS.ProcessEnv = process.env): BrowserChecks {
  const executablePath = env.CHROMIUM_PATH || onPath("chromium", env.PATH);
  if (executablePath) return { run: true, executablePath };
  const ci = env.CI !== undefined && env.CI !== "" && env.CI !== "false" && env.CI !== "0";
  if (ci)
    return {
      run: true,
      executablePath: undefined,
      missing: `CI is set, so the browser checks are required, but no Chromium was found (no CHROMIUM_PATH, no \`chromium\` on PATH): ${HOW_TO_ENABLE}.`,
    };
  return { run: false, reason: `Browser checks skipped: no Chromium found (no CHROMIUM_PATH, no \`chromium\` on PATH); to run them, ${HOW_TO_ENABLE}. With CI set they are required.` };
}
