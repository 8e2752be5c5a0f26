// news-events ingest: reads language models' answers, one a line, and writes the valid
// documents as NDJSON to stdout and each rejected answer, with its problems, to a
// rejects file. Streams a line at a time, so memory stays flat however many lines.
import { createWriteStream, type WriteStream } from "node:fs";
import type { ArticleSource } from "../export/article-source.js";
import { problem } from "../validate/problem.js";
import { readJsonText } from "../validate/read-json-text.js";
import { CliError } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { plural } from "./format-quantity.js";
import { ingestLine, isObject, rejectLine, type IngestOutcome } from "./ingest-line.js";
import type { ingestLines } from "./ingest-worker.js";
import { Output, type CliIo } from "./output.js";
import { describeFileError, displayName, MAX_LINE_BYTES, openInput } from "./read-input.js";
import { splitLines } from "./split-lines.js";
import { LinePool, POOL_AFTER_LINES, WorkerFailure, type Checked } from "./validate-pool.js";


const openStream = async (file: string, io: CliIo) => (await openInput(file, io)).chunks();


/** Writes text, and waits while the stream's buffer is full, so a slow reader does not make memory grow. */
async function put(out: Output | WriteStream, text: string): Promise<void> {
  if (out instanceof Output) {
    await out.write(text);
    return;
  }
  if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", resolve));
}

async function readArticles(file: string, io: CliIo): Promise<Map<string, ArticleSource>> {
  const articles = new Map<string, ArticleSource>();
  for await (const line of splitLines(await openStream(file, io), MAX_LINE_BYTES)) {
    const where = `${displayName(file)}:${line.number}`;
    if (line.tooLong) throw new CliError(`news-events ingest: ${where}: the line is longer than ${MAX_LINE_BYTES} bytes`);
    const text = line.bytes.toString("utf8");
    if (text.trim() === "") continue;
    const read = readJsonText(text, "line");
    const value = read.ok ? read.value : undefined;
    if (!isObject(value) || typeof value.id !== "string" || typeof value.text !== "string")
      throw new CliError(`news-events ingest: ${where}: each line of the articles file must be {"id": "…", "text": "…"}, with the article's publication details if known`);
    const { id, ...article } = value;
    articles.set(id, article as ArticleSource);
  }
  return articles;
}

function defaultRejects(file: string): string {
  return file === "-" ? "rejects.ndjson" : `${file.replace(/\.(?:ndjson|jsonl|json)$/i, "")}.rejects.ndjson`;
}

/** What `news-events ingest` was asked to do, its command line read. */
export interface IngestOptions {
  /** The answers file; `-` is stdin. */
  readonly file: string;
  /** The articles file, for lines that name their article by `articleId`. */
  readonly articles?: string | undefined;
  /** Where the rejected answers go. */
  readonly rejects?: string | undefined;
  /** How many worker threads turn answers into documents; 1 starts none. */
  readonly jobs: number;
}

/** Runs `news-events ingest` and returns the exit code. */
export async function ingestAnswers({ file, jobs, ...values }: IngestOptions, io: CliIo): Promise<number> {
  const articles = values.articles === undefined ? undefined : await readArticles(values.articles, io);
  const rejectsPath = values.rejects ?? defaultRejects(file);
  const rejects = createWriteStream(rejectsPath);
  const opened = new Promise<void>((resolve, reject) => {
    rejects.once("open", () => resolve());
    rejects.once("error", reject);
  });
  try {
    await opened;
  } catch (error) {
    throw describeFileError(error, rejectsPath);
  }
  const counts = { answers: 0, valid: 0, rejected: 0 };
  const write = async (outcome: IngestOutcome | undefined) => {
    if (outcome === undefined) return;
    counts.answers++;
    if ("valid" in outcome) {
      counts.valid++;
      await put(io.stdout, outcome.valid);
    } else {
      counts.rejected++;
      await put(rejects, outcome.rejected);
    }
  };
  const writeAll = async (done: readonly Checked<ReturnType<typeof ingestLines>[number]>[]) => {
    for (const { result } of done) await write(result);
  };
  // With more than one job, lines go to worker threads once a run has shown it is more
  // than a handful of answers; each result is written in its turn, in input order.
  const pool = jobs > 1 ? new LinePool<IngestOutcome | undefined>(jobs, { module: "ingest-worker", name: "ingestLines", workerData: articles }) : undefined;
  try {
    for await (const line of splitLines(await openStream(file, io), MAX_LINE_BYTES)) {
      if (line.tooLong) {
        const outcome = rejectLine(line.number, null, [problem("too-large", [], `the line is ${line.length} bytes, longer than the ${MAX_LINE_BYTES} an answer may take`)]);
        if (pool?.pending) await writeAll(await pool.add(line.number, outcome));
        else await write(outcome);
        continue;
      }
      if (pool && (pool.started || line.number > POOL_AFTER_LINES)) await writeAll(await pool.submit(line.bytes, line.number));
      else await write(ingestLine(line.bytes, line.number, articles));
    }
    while (pool?.pending) await writeAll([await pool.next()]);
  } catch (error) {
    rejects.end();
    await pool?.close();
    throw error instanceof CliError || error instanceof WorkerFailure ? error : describeFileError(error, file);
  }
  await pool?.close();
  await new Promise<void>((resolve) => rejects.end(resolve));
  io.stderr.write(
    `${plural(counts.answers, "answer")}, ${counts.valid} valid, ${counts.rejected} rejected${counts.rejected > 0 ? ` (see ${rejectsPath})` : ""}\n`,
  );
  return counts.rejected === 0 ? 0 : 1;
}
