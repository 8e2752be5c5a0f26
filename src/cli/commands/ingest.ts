import { chosenJobs, CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";

// The help of `news-events ingest`, after its usage line.
const help = `Reads language models' answers, one a line, each in the answer form of
news-event-models (llm-document), with the article it was drawn from:

  {"answer": {…}, "article": "the article's text"}
  {"answer": {…}, "article": {"text": "…", "published": "2004-02-26"}}
  {"answer": "{…the answer as JSON text…}", "articleId": "kyodo-0226"}

Each answer's quotes are found in its article and the document is validated.
Valid documents are written to stdout, one a line (NDJSON); each rejected
answer is written to the rejects file as {"line", "id", "problems", "input"};
the counts are printed on stderr. An "id" on the input line is copied to its
reject. Blank lines are skipped; - reads stdin. Streams a line at a time.

Options:
  --articles <file>  NDJSON of articles, {"id": "…", "text": "…", …} a line,
                     for lines that name their article by "articleId"
  --rejects <file>   where to write the rejected answers (default: the answers
                     file with .rejects.ndjson for its extension; for stdin,
                     rejects.ndjson)
  --jobs <n>         turn answers into documents on n worker threads (default:
                     the cores available); the output is the same, in the same
                     order, whatever n
  -h, --help         show this help

Exits 0 when every answer gave a valid document, 1 when any was rejected or
an input could not be read, 2 on a usage error.
`;

/** `news-events ingest`: language models' answers, a line each, into documents and rejects. */
export const ingest = defineCommand({
  name: "ingest",
  synopsis: "[--articles <file>] [--rejects <file>] [--jobs <n>] <answers.ndjson>",
  summary: "turn language models' answers into documents and rejects",
  help,
  options: { articles: { type: "string" }, rejects: { type: "string" }, jobs: { type: "string" } },
  positionals: { max: 1, noun: "file" },
  async run({ values, positionals }, io) {
    const [file] = positionals;
    if (file === undefined) throw new CliError("news-events ingest: name one answers file (or - for stdin), got 0; see news-events ingest --help", EXIT.usage);
    const jobs = chosenJobs("ingest", values.jobs);
    const { ingestAnswers } = await import("../ingest.js");
    return ingestAnswers({ file, articles: values.articles, rejects: values.rejects, jobs }, io);
  },
});
