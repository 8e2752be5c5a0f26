const { validateDocument, formatProblem, Meeting } = require("news-event-models");
const { japanNorthKorea2004 } = require("news-event-models/fixtures");

const result = validateDocument(structuredClone(japanNorthKorea2004));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
if (!Meeting.safeParse(result.document.meetings[0]).success) throw new Error("the first meeting does not parse");
console.log(JSON.stringify({ ok: true, meetings: result.document.meetings.length }));
