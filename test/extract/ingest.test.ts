// news-events ingest as a subprocess: a mix of good and bad answers gives exact counts
// and a rejects file; 100,000 lines go through under a V8 heap cap smaller than the input.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ARTICLE_TEXT } from "../../src/fixtures/index.js";
import { cli, runCli } from "../cli/cli.js";

const answers = fileURLToPath(new URL("./answers/", import.meta.url));
const good = JSON.parse(readFileSync(join(answers, "saiki-proposal.json"), "utf8")) as Record<string, unknown>;
const notFound = JSON.parse(readFileSync(join(answers, "quote-not-in-article.json"), "utf8")) as Record<string, unknown>;
const fenced = readFileSync(join(answers, "fenced-json-mode.txt"), "utf8");
const work = mkdtempSync(join(tmpdir(), "ingest-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

describe("news-events ingest", () => {
  it("writes the valid documents to stdout, each rejected answer with its problems to the rejects file, and the counts", () => {
    const articles = join(work, "articles.ndjson");
    writeFileSync(articles, `${JSON.stringify({ id: "kyodo-0226", text: ARTICLE_TEXT, published: "2004-02-26" })}\n`);
    const input = join(work, "mix.ndjson");
    writeFileSync(
      input,
      [
        JSON.stringify({ id: "a", answer: good, article: ARTICLE_TEXT }),
        JSON.stringify({ id: "b", answer: fenced, articleId: "kyodo-0226" }),
        "",
        JSON.stringify({ id: "c", answer: notFound, article: { text: ARTICLE_TEXT } }),
        "{ not json",
        JSON.stringify({ id: "e", answer: good }),
        JSON.stringify({ id: "f", answer: good, articleId: "reuters-0301" }),
        JSON.stringify({ id: "g", answer: good, articleId: "kyodo-0226" }),
      ].join("\n"),
    );
    const rejects = join(work, "mix.rejects.ndjson");
    const run = runCli(["ingest", input, "--articles", articles]);
    expect(run.stderr).toBe(`7 answers, 3 valid, 4 rejected (see ${rejects})\n`);
    expect(run.status).toBe(1);
    const documents = lines(run.stdout).map((line) => JSON.parse(line) as { article: { text: string; published?: string }; positions: unknown[] });
    expect(documents).toHaveLength(3);
    for (const document of documents) expect(document.article.text).toBe(ARTICLE_TEXT);
    expect(documents[1]!.article.published).toBe("2004-02-26");
    const rejected = lines(readFileSync(rejects, "utf8")).map((line) => JSON.parse(line) as { line: number; id?: string; problems: { code: string; pointer: string }[] });
    expect(rejected.map(({ line, id, problems }) => ({ line, id, problems: problems.map(({ code, pointer }) => ({ code, pointer })) }))).toEqual([
      { line: 4, id: "c", problems: [{ code: "quote-not-found", pointer: "/answer/evidence/5/quote" }] },
      { line: 5, id: undefined, problems: [{ code: "invalid-json", pointer: "" }] },
      { line: 6, id: "e", problems: [{ code: "shape", pointer: "/article" }] },
      { line: 7, id: "f", problems: [{ code: "dangling-reference", pointer: "/articleId" }] },
    ]);
  });

  it("rejects an answer whose bytes are not UTF-8, rather than reading them replaced", () => {
    const input = join(work, "latin1.ndjson");
    const line = Buffer.from(JSON.stringify({ id: "latin1", answer: good, article: ARTICLE_TEXT }), "utf8");
    // a Latin-1 "é" (0xe9) inside the id, where UTF-8 needs two bytes
    const at = line.indexOf("latin1") + 5;
    writeFileSync(input, Buffer.concat([line.subarray(0, at), Buffer.from([0xe9]), line.subarray(at), Buffer.from("\n")]));
    const rejects = join(work, "latin1.rejects.ndjson");
    const run = runCli(["ingest", input, "--rejects", rejects]);
    expect(run).toMatchObject({ status: 1, stdout: "", stderr: `1 answer, 0 valid, 1 rejected (see ${rejects})\n` });
    const [rejected] = lines(readFileSync(rejects, "utf8")).map((text) => JSON.parse(text) as { line: number; problems: { code: string; message: string }[] });
    expect(rejected).toMatchObject({ line: 1, problems: [{ code: "invalid-json", message: expect.stringContaining(`byte 0xe9 at byte offset ${at}`) }] });
  });

  it("exits 0 with every answer valid, and 2 without an answers file", () => {
    const input = join(work, "good.ndjson");
    writeFileSync(input, `${JSON.stringify({ answer: good, article: ARTICLE_TEXT })}\n`);
    expect(runCli(["ingest", input, "--rejects", join(work, "none.ndjson")])).toMatchObject({ status: 0, stderr: "1 answer, 1 valid, 0 rejected\n" });
    expect(readFileSync(join(work, "none.ndjson"), "utf8")).toBe("");
    expect(runCli(["ingest"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/name one answers file/) });
  });

  it("gives the same documents, rejects, counts and exit code, byte for byte and in order, on 2 threads as on 1", async () => {
    const articles = join(work, "jobs-articles.ndjson");
    writeFileSync(articles, `${JSON.stringify({ id: "kyodo-0226", text: ARTICLE_TEXT })}\n`);
    const kinds = [
      JSON.stringify({ answer: good, article: ARTICLE_TEXT }),
      JSON.stringify({ answer: fenced, articleId: "kyodo-0226" }),
      "   ",
      JSON.stringify({ answer: notFound, article: { text: ARTICLE_TEXT } }),
      "{ not json",
      JSON.stringify({ answer: good }),
      JSON.stringify({ answer: good, articleId: "reuters-0301" }),
    ];
    // Past the first 64 lines, which are always handled on the main thread.
    const input = join(work, "jobs.ndjson");
    writeFileSync(input, `${Array.from({ length: 300 }, (_, index) => kinds[index % kinds.length]!.replace(/^\{"answer"/, `{"id":${index},"answer"`)).join("\n")}\n`);
    const run = (jobs: string) => {
      const rejects = join(work, `jobs-${jobs}.rejects.ndjson`);
      const result = runCli(["ingest", input, "--articles", articles, "--rejects", rejects, "--jobs", jobs]);
      return { ...result, rejects: readFileSync(rejects, "utf8"), stderr: result.stderr.replace(rejects, "<rejects>") };
    };
    const one = run("1");
    const two = run("2");
    // Of each seven lines, the first two are valid answers and the third is blank.
    const count = (kind: number) => Array.from({ length: 300 }, (_, index) => index % kinds.length).filter((found) => found === kind).length;
    const answered = 300 - count(2);
    const valid = count(0) + count(1);
    expect(one.stderr).toBe(`${answered} answers, ${valid} valid, ${answered - valid} rejected (see <rejects>)\n`);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.rejects).toBe(one.rejects);
    expect(lines(one.rejects).map((line) => (JSON.parse(line) as { line: number }).line)).toEqual([...lines(one.rejects)].map((line) => (JSON.parse(line) as { line: number }).line).sort((a, b) => a - b));
  });

  it("is a usage error for a count of threads that is not a whole number from 1", () => {
    for (const jobs of ["0", "x", "1.5"]) expect(runCli(["ingest", `--jobs=${jobs}`, join(work, "jobs.ndjson")])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--jobs must be a whole number/) });
  });

  it("streams 100,000 answers in constant memory, under a heap cap far smaller than what it writes", async () => {
    const articles = join(work, "one-article.ndjson");
    writeFileSync(articles, `${JSON.stringify({ id: "a", text: ARTICLE_TEXT })}\n`);
    const input = join(work, "many.ndjson");
    const lists = { places: [], posts: [], delegations: [], series: [], meetings: [], positions: [], issues: [], happenings: [], times: [], attributions: [] };
    const tiny = (quote: string) => ({
      answer: { article: {}, actors: [{ kind: "state", id: "japan", name: "Japan", evidenceIds: ["e1"] }], ...lists, evidence: [{ id: "e1", quote, prefix: null, suffix: "wants to hold" }] },
      articleId: "a",
    });
    const goodLine = `${JSON.stringify(tiny("Japan"))}\n`;
    const badLine = `${JSON.stringify(tiny("Tokio"))}\n`;
    const stream = createWriteStream(input);
    for (let index = 0; index < 100_000; index++) if (!stream.write(index % 10 === 9 ? badLine : goodLine)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    await new Promise<void>((resolve) => stream.end(() => resolve()));
    const heapMiB = 64;
    const output = join(work, "many.out.ndjson");
    const out = openSync(output, "w");
    const run = spawnSync(process.execPath, [`--max-old-space-size=${heapMiB}`, cli, "ingest", input, "--articles", articles, "--rejects", join(work, "many.rejects.ndjson")], {
      stdio: ["ignore", out, "pipe"],
      encoding: "utf8",
    });
    closeSync(out);
    expect(run.stderr).toBe(`100000 answers, 90000 valid, 10000 rejected (see ${join(work, "many.rejects.ndjson")})\n`);
    expect(run.status).toBe(1);
    // Each document carries its article's text: holding what was written would take far more than the heap may.
    expect(statSync(output).size).toBeGreaterThan(2 * heapMiB * 1024 * 1024);
    expect(readFileSync(output, "utf8").split("\n").length - 1).toBe(90_000);
    expect(lines(readFileSync(join(work, "many.rejects.ndjson"), "utf8"))).toHaveLength(10_000);
  }, 600_000);
});
