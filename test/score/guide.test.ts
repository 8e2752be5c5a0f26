// docs/scoring.md shows its code: blocks that import the package. Each block is
// type-checked and run, like every block of the guides, by test/package/doc-code.test.ts.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const guide = readFileSync(join(root, "docs", "scoring.md"), "utf8");
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

describe("the scoring guide", () => {
  it("has code to check", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const code of blocks) expect(code).toMatch(/^import .* from "news-event-models";$/m);
  });
});
