import { defineCommand } from "../command.js";
import { SCORE_HELP } from "../score.js";

/** `news-events score`: a prediction scored against a gold document, or a corpus against a gold corpus. */
export const score = defineCommand({
  name: "score",
  synopsis: "[--json] [--ndjson] <gold> <predicted>",
  summary: "score a predicted document or corpus against gold",
  help: SCORE_HELP.replace(/^Usage:[^\n]*\n\n/, ""),
  options: { json: { type: "boolean" }, ndjson: { type: "boolean" } },
  positionals: { max: 2, noun: "file" },
  async run({ values, positionals }, io) {
    const { scoreCommand } = await import("../score.js");
    return scoreCommand({ files: positionals, json: values.json, ndjson: values.ndjson }, io);
  },
});
