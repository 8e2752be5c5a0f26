import { summarize } from "../describe/summarize.js";
import { timeline, type TimelineMode } from "../describe/timeline.js";
import { CliError, type CliIo } from "./io.js";
import { loadDocument } from "./load-document.js";

/** The modes `timeline --mode` accepts. */
export const TIMELINE_MODES: readonly TimelineMode[] = ["happened", "planned", "called-off"];

/** `news-events summary [file]`: the whole document in plain words. */
export async function summaryCommand(file: string | undefined, io: CliIo): Promise<number> {
  io.stdout.write(`${summarize(await loadDocument(file, io))}\n`);
  return 0;
}

/** Options of `news-events timeline`. */
export interface TimelineCommandOptions {
  readonly file: string | undefined;
  readonly mode: string | undefined;
  readonly omitUnresolved: boolean;
}

/** `news-events timeline [file]`: every dated thing in order of time, one a line. */
export async function timelineCommand(options: TimelineCommandOptions, io: CliIo): Promise<number> {
  const mode = options.mode as TimelineMode | undefined;
  if (mode !== undefined && !TIMELINE_MODES.includes(mode))
    throw new CliError(`news-events timeline: --mode must be one of ${TIMELINE_MODES.join(", ")}, not ${JSON.stringify(options.mode)}`, 2);
  const document = await loadDocument(options.file, io);
  const entries = timeline(document, {
    ...(mode === undefined ? {} : { mode }),
    unresolved: options.omitUnresolved ? "omit" : "last",
  });
  const width = Math.max(0, ...entries.map((entry) => entry.when.length));
  for (const entry of entries) {
    const label = entry.mode === "happened" ? "" : ` [${entry.mode}]`;
    io.stdout.write(`${entry.when.padEnd(width)}  ${entry.what}${label}\n`);
  }
  return 0;
}
