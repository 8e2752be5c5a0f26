// Encode a new article with the builders: each call checks its ids at once, build() validates the whole.
// Run: npx tsx examples/02-build-a-document.ts
import assert from "node:assert/strict";
import { createDocumentBuilder, describeEntity, formatProblem, indexDocument, timeline } from "news-event-models";

// #region article
const text =
  "The foreign ministers of Ruritania and Freedonia met in Geneva on Tuesday to discuss the disputed river border, officials said. " +
  "Ruritania's Anna Berg proposed a joint survey of the river. " +
  "Freedonia's Ivo Lind rejected the proposal but agreed to meet again in April.";
const b = createDocumentBuilder(text, { headline: "Ruritania, Freedonia talk river border", referenceDate: "2031-03-12", language: "en" });
// #endregion article

// #region build
const ruritania = b.state({ id: "ruritania", name: "Ruritania", aliases: [{ text: "Ruritanian", kind: "demonym" }], evidenceIds: [b.evidence("Ruritania", { occurrence: 1 })] });
const freedonia = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: [b.evidence("Freedonia", { occurrence: 1 })] });
const berg = b.person({ id: "anna-berg", name: "Anna Berg", nationalityIds: [ruritania], evidenceIds: [b.evidence("Anna Berg")] });
const lind = b.person({ id: "ivo-lind", name: "Ivo Lind", nationalityIds: [freedonia], evidenceIds: [b.evidence("Ivo Lind")] });
const border = b.issue({ id: "river-border", name: "the disputed river border", evidenceIds: [b.evidence("the disputed river border")] });
const tuesday = b.time({
  kind: "point", id: "time-tuesday", text: "Tuesday", utcOffset: "+01:00",
  value: { precision: "day", weekday: "tuesday", direction: "past" }, evidenceIds: [b.evidence("Tuesday")],
});
const officials = b.unnamedSource({ id: "officials", name: "officials", plural: true, evidenceIds: [b.evidence("officials")] });
const said = b.attribution({ id: "att-officials", sourceId: officials, certainty: "reported", evidenceIds: [b.evidence("officials said")] });
const geneva = b.place({ id: "geneva", name: "Geneva", kind: "city", evidenceIds: [b.evidence("Geneva")] });
const meeting = b.meeting({
  id: "geneva-meeting", label: "the ministers' meeting in Geneva", kind: "bilateral", formality: "formal", status: "held",
  placeId: geneva, timeId: tuesday, issueIds: [border],
  participants: [{ kind: "actor", actorId: berg, role: "party" }, { kind: "actor", actorId: lind, role: "party" }],
  evidenceIds: [b.evidence("met in Geneva on Tuesday")], attributionIds: [said],
});
const survey = b.position({
  id: "survey-proposal", kind: "proposal", holderIds: [ruritania], voicedById: berg, addresseeIds: [freedonia], issueIds: [border],
  content: "Ruritania proposes a joint survey of the river.", voicedAtId: meeting, evidenceIds: [b.evidence("proposed a joint survey of the river")],
});
b.position({
  id: "survey-rejection", kind: "rejection", holderIds: [freedonia], voicedById: lind, answersId: survey,
  content: "Freedonia rejects the joint survey.", evidenceIds: [b.evidence("rejected the proposal")],
});
// #endregion build

// #region mistake
assert.throws(() => b.issue({ id: "ruritania", name: "a second Ruritania", evidenceIds: [] }), /already used by the state added with state\(\)/);
// #endregion mistake

// #region validate
const result = b.build();
if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
const index = indexDocument(result.document);
console.log(describeEntity(index, "survey-rejection"));
//=> Freedonia's rejection, voiced by Ivo Lind, answering Ruritania's proposal: Freedonia rejects the joint survey.
console.log(timeline(index).map((entry) => `${entry.when}: ${entry.what}`).join("\n"));
//=> Tuesday 11 March 2031: formal bilateral meeting of Anna Berg and Ivo Lind, Geneva, Tuesday 11 March 2031
//=> Tuesday 11 March 2031: Ruritania's proposal, voiced by Anna Berg to Freedonia: Ruritania proposes a joint survey of the river.
// #endregion validate
assert.equal(describeEntity(index, "survey-rejection"), "Freedonia's rejection, voiced by Ivo Lind, answering Ruritania's proposal: Freedonia rejects the joint survey.");
// The proposal, voiced at the meeting, is filed under the meeting's Tuesday.
assert.deepEqual(timeline(index).map((entry) => [entry.subject.entity.id, entry.when, entry.source]), [
  ["geneva-meeting", "Tuesday 11 March 2031", "resolved"],
  ["survey-proposal", "Tuesday 11 March 2031", "resolved"],
]);
