import type { TimelineMode } from "../../describe/timeline.js";
import { CliError, defineCommand } from "../command.js";
import { EXIT } from "../exit-codes.js";

/** The modes `timeline --mode` accepts, each with what it lists; the record's type keeps it complete. */
export const TIMELINE_MODES: Readonly<Record<TimelineMode, string>> = {
  happened: "things that happened",
  planned: "things planned",
  "called-off": "things called off",
};

const modes = Object.keys(TIMELINE_MODES) as TimelineMode[];

/** `news-events timeline [file]`: every dated thing in order of time, one a line, or as JSON. */
export const timeline = defineCommand({
  name: "timeline",
  synopsis: "[--mode <mode>] [--json] [file]",
  summary: "list a document's dated things in order of time",
  help: `Lists every dated thing of a document in order of time, one a line: when, then
what. Planned and called-off things are marked. Things whose time cannot be
resolved come last. With no file, it uses the embedded example document; -
reads the document from stdin.

Options:
  --mode <mode>       list only one kind of thing:
${modes.map((mode) => `                        ${mode.padEnd(12)}${TIMELINE_MODES[mode]}`).join("\n")}
  --omit-unresolved   leave out things whose time cannot be resolved
  --json              print a JSON array, one entry a line: id, kind, field, timeId,
                      text, mode, when, what, earliest, latest, precision, source, problem
  -h, --help          show this help
`,
  options: { mode: { type: "string" }, "omit-unresolved": { type: "boolean" }, json: { type: "boolean" } },
  positionals: { max: 1, noun: "file" },
  async run({ values, positionals }, io) {
    const mode = values.mode as TimelineMode | undefined;
    if (mode !== undefined && !Object.hasOwn(TIMELINE_MODES, mode))
      throw new CliError(`news-events timeline: --mode must be one of ${modes.join(", ")}, not ${JSON.stringify(values.mode)}`, EXIT.usage);
    const [{ timeline: timelineOf }, { escapeStrings, toJsonLine }, { loadDocument }, { timelineRecord }] = await Promise.all([
      import("../../describe/timeline.js"),
      import("../escape-control.js"),
      import("../load-document.js"),
      import("../timeline-record.js"),
    ]);
    const document = await loadDocument(positionals[0], io);
    const options = { ...(mode === undefined ? {} : { mode }), unresolved: values["omit-unresolved"] ? ("omit" as const) : ("last" as const) };
    if (values.json) {
      const records = timelineOf(document, options).map((entry) => toJsonLine(timelineRecord(entry)));
      await io.stdout.write(records.length === 0 ? "[]\n" : `[\n${records.join(",\n")}\n]\n`);
      return EXIT.success;
    }
    const entries = timelineOf(escapeStrings(document), options);
    const width = Math.max(0, ...entries.map((entry) => entry.when.length));
    for (const entry of entries) {
      const label = entry.mode === "happened" ? "" : ` [${entry.mode}]`;
      await io.stdout.write(`${entry.when.padEnd(width)}  ${entry.what}${label}\n`);
    }
    return EXIT.success;
  },
});
