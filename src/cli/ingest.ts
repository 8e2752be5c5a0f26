// news-events ingest: reads language models' answers, one a line, and writes the valid
// documents as NDJSON to stdout and each rejected answer, with its problems, to a
// rejects file. Streams a line at a time, so memory stays flat however many lines.
import { createWriteStream, type WriteStream } from "node:fs";
import { parseArgs } from "node:util";
import type { ArticleSource } from "../export/article-source.js";
import { fromLlmOutput } from "../export/from-llm-output.js";
import { problem, type Problem } from "../validate/problem.js";
import { readJsonText } from "../validate/read-json-text.js";
import { CliError } from "./command.js";
import { INGEST_HELP } from "./commands/ingest.js";
import { EXIT } from "./exit-codes.js";
import { plural } from "./format-quantity.js";
import { Output, type CliIo } from "./output.js";
import { describeFileError, displayName, MAX_LINE_BYTES, openInput } from "./read-input.js";
import { splitLines } from "./split-lines.js";

const openStream = async (file: string, io: CliIo) => (await openInput(file, io)).chunks();


type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

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

/** The article a line names, or the problem with it. */
function articleOf(line: Json, articles: ReadonlyMap<string, ArticleSource> | undefined): { article: ArticleSource } | { problem: Problem } {
  const { article, articleId } = line;
  if (typeof article === "string" || (isObject(article) && typeof article.text === "string")) return { article: article as ArticleSource };
  if (typeof articleId === "string") {
    if (!articles) return { problem: problem("shape", ["articleId"], `the line names the article "${articleId}", but no articles file was given: pass --articles <file>`) };
    const found = articles.get(articleId);
    return found ? { article: found } : { problem: problem("dangling-reference", ["articleId"], `the article "${articleId}" is not in the articles file`) };
  }
  return { problem: problem("shape", ["article"], 'each line needs the article: "article" with its text (or {"text": …}), or "articleId" naming a line of --articles') };
}

function defaultRejects(file: string): string {
  return file === "-" ? "rejects.ndjson" : `${file.replace(/\.(?:ndjson|jsonl|json)$/i, "")}.rejects.ndjson`;
}

/** Runs `news-events ingest` on its arguments and returns the exit code. */
export async function ingestCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { help: { type: "boolean", short: "h" }, articles: { type: "string" }, rejects: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new CliError(`news-events ingest: ${(error as Error).message.split(/\. (?=To specify)/)[0]!.replace(/\.$/, "")}; see news-events ingest --help`, EXIT.usage);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(INGEST_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new CliError(`news-events ingest: name one answers file (or - for stdin), got ${positionals.length}; see news-events ingest --help`, EXIT.usage);
  const file = positionals[0]!;
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
  const reject = async (number: number, input: unknown, problems: readonly Problem[]) => {
    counts.rejected++;
    const id = isObject(input) && input.id !== undefined ? { id: input.id } : {};
    await put(rejects, `${JSON.stringify({ line: number, ...id, problems, input })}\n`);
  };
  try {
    for await (const line of splitLines(await openStream(file, io), MAX_LINE_BYTES)) {
      if (line.tooLong) {
        counts.answers++;
        await reject(line.number, null, [problem("too-large", [], `the line is ${line.length} bytes, longer than the ${MAX_LINE_BYTES} an answer may take`)]);
        continue;
      }
      const text = line.bytes.toString("utf8");
      if (text.trim() === "") continue;
      counts.answers++;
      const read = readJsonText(text, "line");
      if (!read.ok) {
        await reject(line.number, text, read.problems);
        continue;
      }
      const input = read.value;
      if (!isObject(input) || !("answer" in input)) {
        await reject(line.number, input, [problem("shape", ["answer"], 'each line needs "answer": the model\'s answer, as an object or as its JSON text')]);
        continue;
      }
      const source = articleOf(input, articles);
      if ("problem" in source) {
        await reject(line.number, input, [source.problem]);
        continue;
      }
      const result = fromLlmOutput(input.answer, { article: source.article });
      if (!result.ok) {
        await reject(
          line.number,
          input,
          result.problems.map((found) => ({ ...found, path: ["answer", ...found.path], pointer: `/answer${found.pointer}` })),
        );
        continue;
      }
      counts.valid++;
      await put(io.stdout, `${JSON.stringify(result.document)}\n`);
    }
  } catch (error) {
    rejects.end();
    throw error instanceof CliError ? error : describeFileError(error, file);
  }
  await new Promise<void>((resolve) => rejects.end(resolve));
  io.stderr.write(
    `${plural(counts.answers, "answer")}, ${counts.valid} valid, ${counts.rejected} rejected${counts.rejected > 0 ? ` (see ${rejectsPath})` : ""}\n`,
  );
  return counts.rejected === 0 ? 0 : 1;
}
