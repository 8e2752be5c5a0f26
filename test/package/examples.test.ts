import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const examples = readdirSync(join(root, "examples")).filter((name) => /^\d\d-.*\.ts$/.test(name));

describe("examples", () => {
  it("has a numbered script for each user task", () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
  });

  // Each example asserts what it prints with node:assert, so running it is the test.
  it.each(examples)("runs %s to completion", (name) => {
    const output = execFileSync(join(root, "node_modules", ".bin", "tsx"), [join("examples", name)], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(typeof output).toBe("string");
  });
});
