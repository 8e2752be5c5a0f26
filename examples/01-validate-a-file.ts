// Validate a document read from a JSON file, and print every problem with its place.
// Run: npx tsx examples/01-validate-a-file.ts [file.json]
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatProblem, parseDocumentJson } from "news-event-models";
import { japanNorthKorea2004 } from "news-event-models/fixtures";

// With no argument, write the embedded fixture to a file, then break a copy of it.
const file = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), "nem-")), "article.json");
if (process.argv[2] === undefined) writeFileSync(file, JSON.stringify(japanNorthKorea2004, null, 2));

// #region validate
const result = parseDocumentJson(readFileSync(file, "utf8"));
if (result.ok) {
  const { document } = result;
  console.log(`valid: ${document.meetings.length} meetings, ${document.positions.length} positions`);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
}
// #endregion validate
assert.ok(result.ok, "the fixture is a valid document");

// #region broken
const broken = structuredClone(japanNorthKorea2004) as { meetings: { status: string; colour?: string }[] };
broken.meetings[0]!.colour = "red";
const rejected = parseDocumentJson(JSON.stringify(broken));
if (!rejected.ok) console.log(rejected.problems.map(formatProblem).join("\n"));
//=> /meetings/0/colour: unknown key "colour": it is not part of the model, so it would be lost; … (shape)
// #endregion broken
assert.equal(rejected.ok, false);
assert.equal(rejected.ok ? undefined : rejected.problems[0]?.pointer, "/meetings/0/colour");
