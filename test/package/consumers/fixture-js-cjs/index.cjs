const { validateDocument, formatProblem, Meeting } = require("news-event-models");
const { japanNorthKorea2004 } = require("news-event-models/fixtures");
const { toJsonLd } = require("news-event-models/jsonld");

const result = validateDocument(structuredClone(japanNorthKorea2004));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
if (!Meeting.safeParse(result.document.meetings[0]).success) throw new Error("the first meeting does not parse");
if (toJsonLd(result.document)["@graph"].length === 0) throw new Error("the JSON-LD graph is empty");
console.log(JSON.stringify({ ok: true, meetings: result.document.meetings.length }));
