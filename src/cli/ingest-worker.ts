// The worker thread of `news-events ingest --jobs`: turns a batch of answer lines into
// documents and rejects, each exactly as the main thread does with one job.
import { Tinypool } from "tinypool";
import type { ArticleSource } from "../export/article-source.js";
import { ingestLine, type IngestOutcome } from "./ingest-line.js";
import type { LinesTask } from "./validate-worker.js";

// The articles of --articles, by id, given to each thread once as it starts.
const articles = Tinypool.workerData as ReadonlyMap<string, ArticleSource> | undefined;

/** Turns each line into a document or a reject, as {@link ingestLine} does. */
export function ingestLines(task: LinesTask): (IngestOutcome | undefined)[] {
  return task.lines.map((bytes, index) => ingestLine(bytes, task.numbers[index]!, articles));
}
