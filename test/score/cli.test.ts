// `news-events score`, run as a subprocess.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { japanNorthKorea2004 as fixture } from "../../src/fixtures/index.js";
import { scoreDocument, type DocumentScore } from "../../src/index.js";
import { runCli } from "../cli/cli.js";
import { copy, renameIds, small } from "./documents.js";

const directory = mkdtempSync(join(tmpdir(), "news-events-score-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

const rekinded = copy(fixture);
rekinded.positions.find((position) => position.id === "pos-repeated-demand")!.kind = "proposal";

const goldFile = file("gold.json", JSON.stringify(fixture));
const renamedFile = file("renamed.json", JSON.stringify(renameIds(fixture)));

describe("news-events score", () => {
  it("prints a table of 1.000s for a document against a copy with renamed ids", () => {
    const run = runCli(["score", goldFile, renamedFile]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^category\s+gold\s+predicted\s+matched\s+precision\s+recall\s+F1$/m);
    expect(run.stdout).toMatch(new RegExp(`^actors\\s+${fixture.actors.length}\\s+${fixture.actors.length}\\s+${fixture.actors.length}\\s+1\\.000\\s+1\\.000\\s+1\\.000$`, "m"));
    expect(run.stdout).toMatch(/^macro average\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(run.stdout).toContain(`PLOVER records: ${scoreDocument(fixture, fixture).plover.correct} correct, 0 uncoded, 0 extra`);
  });

  it("prints with --json the same scores as scoreDocument", () => {
    const predicted = file("rekinded.json", JSON.stringify(rekinded));
    const run = runCli(["score", "--json", goldFile, predicted]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { documents: { score: DocumentScore }[]; total: { eventKinds: DocumentScore["eventKinds"] } };
    const expected = scoreDocument(fixture, rekinded);
    expect(output.documents[0]!.score.categories).toEqual(expected.categories);
    expect(output.documents[0]!.score.plover).toEqual(expected.plover);
    expect(output.total.eventKinds).toEqual(expected.eventKinds);
    expect(expected.eventKinds.matched).toBe(expected.eventKinds.gold - 1);
  });

  it("pairs two NDJSON corpora by article text, scores a missing prediction as empty and reports one without gold", () => {
    const other = small();
    const gold = file("gold.ndjson", [JSON.stringify(fixture), JSON.stringify(other)].join("\n"));
    const unrelated = small((input) => {
      input.article.text = `${input.article.text} And more.`;
    });
    const predicted = file("predicted.ndjson", [JSON.stringify(unrelated), "", JSON.stringify(renameIds(fixture))].join("\n"));
    const run = runCli(["score", "--json", gold, predicted]);
    expect(run.stderr).toBe(`${predicted}:1: no gold document of the same article text; left out\n`);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { documents: { gold: string; predicted: string | null }[]; total: { documents: number; categories: DocumentScore["categories"] } };
    expect(output.documents.map((pair) => [pair.gold, pair.predicted])).toEqual([
      [`${gold}:1`, `${predicted}:3`],
      [`${gold}:2`, null],
    ]);
    expect(output.total.documents).toBe(2);
    expect(output.total.categories.actors).toMatchObject({ gold: fixture.actors.length + other.actors.length, matched: fixture.actors.length });
    const table = runCli(["score", gold, predicted]);
    expect(table.stdout).toMatch(/^2 gold documents scored, 1 of them with no prediction \(scored as empty\); 1 prediction with no gold document left out$/m);
  });

  it("reports an invalid corpus line, scores the rest and exits 1", () => {
    const gold = file("gold-bad.ndjson", `${JSON.stringify(fixture)}\n{"schemaVersion": 2}\n`);
    const run = runCli(["score", gold, file("predicted-one.ndjson", JSON.stringify(fixture))]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/gold-bad\.ndjson:2: not a valid document \(\d+ problems?\); run news-events validate/);
    expect(run.stdout).toMatch(/^1 gold document scored/m);
  });

  it("refuses the wrong number of files, or a document with a corpus, as usage errors", () => {
    expect(runCli(["score", goldFile])).toEqual({
      status: 2,
      stdout: "",
      stderr: "news-events score: give two files, the gold document and the predicted one, not 1; see news-events score --help\n",
    });
    expect(runCli(["score", goldFile, file("one.ndjson", JSON.stringify(fixture))]).stderr).toBe(
      "news-events score: give two documents or two NDJSON corpora, not one of each; see news-events score --help\n",
    );
  });

  it("names the file and its problems when a document is invalid", () => {
    const run = runCli(["score", goldFile, file("broken.json", '{"schemaVersion": 2}')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/broken\.json is not a valid document/);
  });

  it("prints its help", () => {
    const run = runCli(["score", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: news-events score \[--json\] \[--ndjson\] <gold> <predicted>/);
  });
});
