import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACT_CODES, ActKind, PositionKind, cameoCode } from "../../src/index.js";

// The guide's tables and claims, against the package's own code lists. Its code blocks
// are type-checked and run, like every block of the guides, by
// test/package/doc-code.test.ts.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const guide = readFileSync(join(root, "docs", "event-codes.md"), "utf8");

describe("docs/event-codes.md", () => {
  it("shows code", () => {
    expect(guide).toMatch(/^```ts\n/m);
  });

  it("has a mapping row for every act and every position kind, with the crosswalk's codes", () => {
    for (const act of ActKind.options) expect(guide, act).toContain(`| \`${act}\` |`);
    for (const kind of PositionKind.options) expect(guide, kind).toContain(`| \`${kind}\` |`);
    for (const code of Object.values(ACT_CODES).flatMap((codes) => Object.values(codes))) if (code !== null) expect(guide).toContain(`| ${code} | ${cameoCode(code)!.label.replaceAll("|", "\\|")} |`);
  });

  it("says when DEMAND became REQUEST, and FactBank's values for a reported event", () => {
    expect(guide).toContain("DEMAND was renamed REQUEST on 1 September 2021");
    expect(guide).toMatch(/reported or alleged event is uncommitted \(Uu\) for the author and certain \(CT\+\) for the\s+source/);
  });
});
