import { defineCommand } from "../command.js";

/** `news-events summary [file]`: the whole document in plain words, or as JSON. */
export const summary = defineCommand({
  name: "summary",
  synopsis: "[--json] [file]",
  summary: "describe a document in plain words",
  help: `Describes a document in plain words: the article's headline, publisher and
dates, then its actors, delegations, meetings, positions (as threads of
answers), happenings and a timeline. With no file, it describes the embedded
example document; - reads the document from stdin.

Options:
  --json        print one JSON object: the text, the article's facts, each object
                with its one-line description, and the timeline
  -h, --help    show this help
`,
  options: { json: { type: "boolean" } },
  positionals: { max: 1, noun: "file" },
  async run({ values, positionals }, io) {
    const [{ summarize }, { describeEntity }, { indexDocument }, { escapeStrings, toJsonText }, { loadDocument }, { timelineRecord }] = await Promise.all([
      import("../../describe/summarize.js"),
      import("../../describe/describe-entity.js"),
      import("../../query/index-document.js"),
      import("../escape-control.js"),
      import("../load-document.js"),
      import("../timeline-record.js"),
    ]);
    const document = await loadDocument(positionals[0], io);
    if (!values.json) {
      await io.stdout.write(`${summarize(escapeStrings(document))}\n`);
      return 0;
    }
    const index = indexDocument(document);
    const { timeline } = await import("../../describe/timeline.js");
    const { headline, publisher, published, referenceDate, url } = document.article;
    const entities = [...index.entities.values()].map((found) => ({
      id: found.entity.id,
      kind: found.kind,
      description: describeEntity(index, found.entity.id),
    }));
    const result = { text: summarize(index), article: { headline, publisher, published, referenceDate, url }, entities, timeline: timeline(index).map(timelineRecord) };
    await io.stdout.write(`${toJsonText(result)}\n`);
    return 0;
  },
});
