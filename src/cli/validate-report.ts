// What `news-events validate` prints, in each of its formats.
import { formatLocated, type LocatedProblem } from "./check-document-text.js";
import { escapeControl, toJsonLine } from "./escape-control.js";
import { plural } from "./format-quantity.js";
import type { ReportFormat } from "./commands/validate.js";
import type { Output } from "./output.js";


/** How many documents were found valid, invalid or unreadable, in one input or in all. */
export interface Counts {
  /** Documents read: valid, invalid and unreadable ones. */
  documents: number;
  valid: number;
  invalid: number;
  /** Documents that could not be read as JSON, and inputs that could not be read at all. */
  unreadable: number;
  problems: number;
}

/** The totals that end a validation. */
export interface ValidationSummary extends Counts {
  files: number;
  /** Whether every document is valid, every input was read and there was at least one document. */
  ok: boolean;
}

/** What one document turned out to be. */
export type DocumentOutcome = "valid" | "invalid" | "unreadable";

/** Where a document is: its input, and its line in an NDJSON input. */
export interface DocumentPlace {
  readonly file: string;
  readonly line: number | undefined;
}

const line = (place: DocumentPlace) => (place.line === undefined ? {} : { line: place.line });

function countsInWords(counts: Counts): string {
  const parts = [plural(counts.documents, "document"), `${counts.valid} valid`, `${counts.invalid} invalid`, plural(counts.problems, "problem")];
  if (counts.unreadable > 0) parts.push(`${counts.unreadable} unreadable`);
  return parts.join(", ");
}

/**
 * Writes what validation finds as it is found, in one of the formats of `--format`,
 * waiting whenever the output is slower than validation so that memory stays flat.
 * Every string from a document or a file name is escaped (see {@link escapeControl}).
 */
export class ValidationReport {
  private first = true;

  constructor(
    private readonly stdout: Output,
    private readonly stderr: Output,
    private readonly format: ReportFormat,
  ) {}

  /** Begins the report. */
  async start(): Promise<void> {
    if (this.format === "json") await this.stdout.write('{"results":[');
  }

  private async item(value: object): Promise<void> {
    if (this.format === "ndjson") return this.stdout.write(`${toJsonLine(value)}\n`);
    await this.stdout.write(`${this.first ? "" : ","}\n${toJsonLine(value)}`);
    this.first = false;
  }

  /** One document's outcome, with its problems. */
  async document(place: DocumentPlace, outcome: DocumentOutcome, problems: readonly LocatedProblem[]): Promise<void> {
    if (this.format === "pretty") {
      for (const found of problems) await this.stdout.write(`${formatLocated(place.file, found)}\n`);
      return;
    }
    if (outcome === "valid") {
      if (this.format === "ndjson") await this.item({ kind: "valid-document", file: place.file, ...line(place) });
      return;
    }
    await this.item({ kind: `${outcome}-document`, file: place.file, ...line(place), problems });
  }

  /** An input that could not be read at all. */
  async unreadableFile(file: string, message: string): Promise<void> {
    if (this.format === "pretty") await this.stderr.write(`news-events validate: ${escapeControl(message)}\n`);
    else await this.item({ kind: "unreadable-file", file, message });
  }

  /** The end of one input that was read: a line saying how it went. */
  async file(file: string, ndjson: boolean, counts: Counts): Promise<void> {
    if (this.format === "ndjson") await this.item({ kind: "file", file, format: ndjson ? "ndjson" : "json", ...counts });
    if (this.format !== "pretty") return;
    const verdict = ndjson
      ? countsInWords(counts)
      : counts.valid === 1
        ? "valid"
        : `${counts.unreadable === 1 ? "unreadable" : "invalid"}, ${plural(counts.problems, "problem")}`;
    await this.stdout.write(`${escapeControl(file)}: ${verdict}\n`);
  }

  /** The totals, and for `--format json` the end of the object. */
  async end(summary: ValidationSummary): Promise<void> {
    if (this.format === "json") await this.stdout.write(`${this.first ? "" : "\n"}],"summary":${JSON.stringify(summary)}}\n`);
    else if (this.format === "ndjson") await this.item({ kind: "summary", ...summary });
    else await this.stdout.write(`${countsInWords(summary)}\n`);
  }
}
