// `news-events score gold predicted`: an extraction scored against a gold document, or
// a corpus against a gold corpus. Its help and options load nothing heavy; the command
// imports the scoring and validation code when it runs.
import type { NewsDocument } from "../model/document.js";
import type { DocumentScore, ScoreSummary } from "../score/index.js";
import { CliError } from "./command.js";
import { EXIT } from "./exit-codes.js";
import { plural } from "./format-quantity.js";
import type { CliIo } from "./output.js";

/** The help of `news-events score`. */
export const SCORE_HELP = `Usage: news-events score [options] <gold> <predicted>

Scores a predicted document (an extraction by hand or by a language model)
against a gold document of the same article, and prints a table: precision,
recall and F1 for actors, meetings, positions, happenings, times and
attributions, with micro and macro averages; event kinds; arguments by role
(holder, voice, addressee, participants, action, time, place), ACE-style and
strict; PLOVER records as correct, uncoded and extra; evidence characters.

The two documents are aligned one-to-one, optimally (the Hungarian method), by
content rather than ids. Given two NDJSON corpora (files ending .ndjson or
.jsonl, or with --ndjson), documents are paired by the SHA-256 hash of their
article text; a gold document with no prediction is scored against an empty
one, and a prediction with no gold document is reported and left out. The
table then adds up the counts of every pair.

Options:
  --json        print the scores as JSON: each pair of documents with its full
                score and alignment, and the total
  --ndjson      read both inputs as NDJSON, one document a line
  -h, --help    show this help

Exits 0 when every document could be read and is valid, 1 otherwise, 2 for a
usage error.
`;

/** The options `news-events score` takes, for util.parseArgs. */
export const SCORE_OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  ndjson: { type: "boolean" },
} as const;

/** Options of {@link scoreCommand}. */
export interface ScoreCommandOptions {
  /** The file arguments: gold, then predicted. */
  readonly files: readonly string[];
  /** Print JSON rather than a table. */
  readonly json?: boolean | undefined;
  /** Read both inputs as NDJSON. */
  readonly ndjson?: boolean | undefined;
}

/** One document of a corpus: where it came from, and its article's hash. */
interface Entry {
  readonly where: string;
  readonly hash: string;
  readonly document: NewsDocument;
}

async function textHash(text: string): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Reads every document of an NDJSON corpus; invalid lines are reported on stderr and skipped. */
async function readCorpus(file: string, io: CliIo): Promise<{ entries: Entry[]; invalid: number }> {
  const [{ checkBytes, formatLocated, lineTooLong }, { displayName, MAX_LINE_BYTES, openInput }, { isBlankLine, splitLines }] = await Promise.all([
    import("./check-document-text.js"),
    import("./read-input.js"),
    import("./split-lines.js"),
  ]);
  const name = displayName(file);
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  const input = await openInput(file, io);
  for await (const line of splitLines(input.chunks(), MAX_LINE_BYTES)) {
    if (line.tooLong) {
      invalid++;
      io.stderr.write(`${formatLocated(name, lineTooLong(line.number, line.length, MAX_LINE_BYTES))}\n`);
      continue;
    }
    if (isBlankLine(line.bytes)) continue;
    const checked = checkBytes(line.bytes, line.number);
    if (!checked.ok) {
      invalid++;
      io.stderr.write(`${name}:${line.number}: not a valid document (${plural(checked.problems.length, "problem")}); run news-events validate ${file} to see them\n`);
      continue;
    }
    const hash = await textHash(checked.document.article.text);
    if (seen.has(hash)) {
      io.stderr.write(`${name}:${line.number}: a second document of the same article text; only the first is scored\n`);
      continue;
    }
    seen.add(hash);
    entries.push({ where: `${name}:${line.number}`, hash, document: checked.document });
  }
  input.close();
  return { entries, invalid };
}

/** The document with every collection empty: what a prediction that found nothing is. */
function emptyLike(document: NewsDocument): NewsDocument {
  return Object.fromEntries(Object.entries(document).map(([key, value]) => [key, Array.isArray(value) ? [] : value])) as unknown as NewsDocument;
}

/**
 * `news-events score [--json] [--ndjson] <gold> <predicted>`: scores a prediction
 * against a gold document, or an NDJSON corpus against a gold corpus, and prints a
 * table or JSON.
 */
export async function scoreCommand(options: ScoreCommandOptions, io: CliIo): Promise<number> {
  if (options.files.length !== 2)
    throw new CliError(`news-events score: give two files, the gold document and the predicted one, not ${options.files.length}; see news-events score --help`, EXIT.usage);
  const [goldFile, predictedFile] = options.files as [string, string];
  const [{ combineScores, formatScoreTable, scoreDocument }, { namedNdjson, displayName }] = await Promise.all([import("../score/index.js"), import("./read-input.js")]);
  const isNdjson = (file: string, forced: boolean) => forced || namedNdjson(file);
  const corpus = isNdjson(goldFile, options.ndjson === true) || isNdjson(predictedFile, options.ndjson === true);
  if (corpus && !(isNdjson(goldFile, options.ndjson === true) && isNdjson(predictedFile, options.ndjson === true)))
    throw new CliError("news-events score: give two documents or two NDJSON corpora, not one of each; see news-events score --help", EXIT.usage);

  const pairs: { gold: string; predicted: string | null; hash: string | null; score: DocumentScore }[] = [];
  const unmatchedPredictions: string[] = [];
  let invalid = 0;
  if (!corpus) {
    const { loadDocument } = await import("./load-document.js");
    const gold = await loadDocument(goldFile, io);
    const predicted = await loadDocument(predictedFile, io);
    pairs.push({ gold: displayName(goldFile), predicted: displayName(predictedFile), hash: null, score: scoreDocument(gold, predicted) });
  } else {
    const gold = await readCorpus(goldFile, io);
    const predicted = await readCorpus(predictedFile, io);
    invalid = gold.invalid + predicted.invalid;
    const byHash = new Map(predicted.entries.map((entry) => [entry.hash, entry]));
    for (const entry of gold.entries) {
      const match = byHash.get(entry.hash);
      byHash.delete(entry.hash);
      pairs.push({
        gold: entry.where,
        predicted: match?.where ?? null,
        hash: entry.hash,
        score: scoreDocument(entry.document, match?.document ?? emptyLike(entry.document)),
      });
    }
    unmatchedPredictions.push(...[...byHash.values()].map((entry) => entry.where));
    for (const where of unmatchedPredictions) io.stderr.write(`${where}: no gold document of the same article text; left out\n`);
  }

  const total: ScoreSummary = combineScores(pairs.map((pair) => pair.score));
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ documents: pairs, unmatchedPredictions, total }, null, 2)}\n`);
  } else {
    if (corpus) {
      const missing = pairs.filter((pair) => pair.predicted === null).length;
      io.stdout.write(
        `${plural(pairs.length, "gold document")} scored, ${missing} of them with no prediction (scored as empty); ${plural(unmatchedPredictions.length, "prediction")} with no gold document left out\n\n`,
      );
    }
    const warnings = [...new Set(pairs.flatMap((pair) => pair.score.alignment.warnings))];
    for (const warning of warnings) io.stderr.write(`news-events score: ${warning}\n`);
    io.stdout.write(`${formatScoreTable(total)}\n`);
  }
  return invalid === 0 ? 0 : 1;
}
