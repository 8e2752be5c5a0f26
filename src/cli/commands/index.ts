// The commands of news-events, in the order the help lists them. A new command is one
// file in this folder exporting a defineCommand(…), and one line here.
import type { Command } from "../command.js";

/** Every command of the program. */
export const COMMANDS: readonly Command[] = [
  (await import("./validate.js")).validate,
  (await import("./summary.js")).summary,
  (await import("./timeline.js")).timeline,
  (await import("./schema.js")).schema,
  (await import("./export.js")).exportCommand,
  (await import("./query.js")).query,
  (await import("./score.js")).score,
  (await import("./ingest.js")).ingest,
];
