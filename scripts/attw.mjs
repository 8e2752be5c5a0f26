// Packs the package as npm would publish it and checks the tarball's types in every
// module resolution mode with @arethetypeswrong/cli.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "news-event-models-pack-"));
try {
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { encoding: "utf8" }));
  const tarball = join(dir, packed[0].filename);
  execFileSync("npx", ["--no-install", "@arethetypeswrong/cli", tarball, "--format", "table-flipped"], { stdio: "inherit" });
} catch (error) {
  process.exitCode = typeof error.status === "number" && error.status !== 0 ? error.status : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
