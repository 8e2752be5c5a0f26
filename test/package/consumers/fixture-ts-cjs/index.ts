import models = require("news-event-models");
import fixtures = require("news-event-models/fixtures");
import jsonld = require("news-event-models/jsonld");


const result: models.ValidationResult = models.validateDocument(structuredClone(fixtures.japanNorthKorea2004));
if (!result.ok) throw new Error(result.problems.map((found) => models.formatProblem(found)).join("\n"));
const document: models.NewsDocument = result.document;
if (jsonld.toJsonLd(document)["@graph"].length === 0) throw new Error("the JSON-LD graph is empty");
console.log(JSON.stringify({ ok: true, meetings: document.meetings.length }));
