import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, generatedFiles, staleFiles } from "../../scripts/generate.js";

describe("the generated files", () => {
  const files = generatedFiles();

  it("are committed exactly as `npm run generate` writes them", () => {
    for (const [path, text] of files) expect(readFileSync(join(ROOT, path), "utf8"), `${path}: run npm run generate`).toBe(text);
  });

  it("leave no stale file behind in a generated folder", () => {
    expect(staleFiles(files)).toEqual([]);
  });

  it("cover the schemas, the fixture and the SDK snapshots", () => {
    const paths = [...files.keys()];
    expect(paths).toContain("schemas/document.json");
    expect(paths).toContain("fixtures/japan-north-korea-2004.json");
    expect(paths.filter((path) => path.startsWith("test/export/__snapshots__/"))).toHaveLength(2);
  });
});
