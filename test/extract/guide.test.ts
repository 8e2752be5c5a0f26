// docs/llm-extraction.md shows its code, each block complete with its imports. Each
// block is type-checked and run, like every block of the guides, by
// test/package/doc-code.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../cli/cli.js";

const guide = readFileSync(join(root, "docs", "llm-extraction.md"), "utf8");
const blocks = [...guide.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

describe("the language-model extraction guide", () => {
  it("has its code in the Markdown, each block with its imports", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const code of blocks) expect(code).toMatch(/^import /m);
  });
});
