// The help text of the program and of each command.

/** The program's help. */
export const MAIN_HELP = `news-events: validate, describe and export news-event documents

Usage: news-events <command> [options] [file…]

Commands:
  validate [file…]             check JSON or NDJSON documents; report every problem
  summary [file]               describe a document in plain words
  timeline [file]              list a document's dated things in order of time
  schema [name]                print a JSON Schema (default: document)
  export --to <format> [file]  write a document as jsonld, plover or mermaid
  ingest <answers.ndjson>      turn language models' answers into documents and rejects

Options:
  -h, --help     show this help, or a command's with news-events <command> --help
  -v, --version  print the version

With no file, summary, timeline and export use the embedded example document
(the article on the Japan-North Korea talks of February 2004). A file named -
is read from stdin.

Exit codes: 0 success; 1 invalid documents, unreadable input or an export this
build lacks; 2 a usage error (unknown command or option).
`;

/** Each command's help. */
export const COMMAND_HELP = {
  validate: `Usage: news-events validate [options] [file…]

Checks each document's shape and whole-document rules (ids, references, evidence
quotes, times) and prints every problem as

  file:line:column: /json/pointer: message (code)

then a count: "2 documents, 1 valid, 1 invalid, 3 problems".

Inputs: files ending .ndjson or .jsonl hold one document a line and are streamed
in constant memory; other files hold one JSON document. - (or no file at all,
when stdin is not a terminal) reads stdin, as JSON unless --ndjson is given.
Limits: a JSON document may be up to 64 MiB; an NDJSON line up to 8 MiB (a
longer line is reported as a problem on that line and skipped). Blank NDJSON
lines are ignored.

Options:
  --ndjson      read every input as NDJSON, one document a line
  --json        print one JSON report for machines instead of text
  --progress    show progress on stderr even when it is not a terminal
                (on a terminal it shows by itself once validation runs over a second)
  -h, --help    show this help

Exits 0 only when every document is valid and every input could be read.
`,
  summary: `Usage: news-events summary [file]

Describes a document in plain words: the article's headline, publisher and
dates, then its actors, delegations, meetings, positions (as threads of
answers), happenings and a timeline. With no file, it describes the embedded
example document; - reads the document from stdin.

Options:
  -h, --help    show this help
`,
  timeline: `Usage: news-events timeline [options] [file]

Lists every dated thing of a document in order of time, one a line: when, then
what. Planned and called-off things are marked. Things whose time cannot be
resolved come last. With no file, it uses the embedded example document; -
reads the document from stdin.

Options:
  --mode <mode>       list only things that happened, are planned or were
                      called off: happened, planned or called-off
  --omit-unresolved   leave out things whose time cannot be resolved
  -h, --help          show this help
`,
  schema: `Usage: news-events schema [name]

Prints the JSON Schema (draft 2020-12) of one concept; with no name, that of a
whole document. The schema checks shape only: run news-events validate for the
whole-document rules.

Options:
  --list        print the names, one a line
  -h, --help    show this help
`,
  export: `Usage: news-events export --to <format> [file]

Writes a document in another format: jsonld (JSON-LD), plover (PLOVER event
records) or mermaid (a Mermaid graph). With no file, it exports the embedded
example document; - reads the document from stdin. A format this build does not
include is reported as not available, with exit code 1.

Options:
  --to <format>  jsonld, plover or mermaid
  -h, --help     show this help
`,
} as const;

/** A command's name. */
export type CommandName = keyof typeof COMMAND_HELP;
