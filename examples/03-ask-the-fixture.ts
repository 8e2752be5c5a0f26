// Ask the embedded fixture questions through the query helpers.
// Run: npx tsx examples/03-ask-the-fixture.ts
import assert from "node:assert/strict";
import { ActorId, MeetingId, PositionId, indexDocument, participantsOf, positionsHeldBy, responseThread } from "news-event-models";
import { japanNorthKorea2004 } from "news-event-models/fixtures";

// #region index
// Build the index once; every query after it is a lookup, not a scan.
const index = indexDocument(japanNorthKorea2004);
// #endregion index

// #region participants
// "The deputy chiefs of the Japanese and North Korean delegations met behind the scenes…"
const attendees = participantsOf(index, MeetingId.parse("deputies-meeting")).flatMap((participant) =>
  participant.people.map((attendee) => `${attendee.person.name} (${attendee.delegationRole})`),
);
console.log(attendees.join(", "));
//=> Akitaka Saiki (deputy-head), Li Gun (deputy-head)
// #endregion participants
assert.deepEqual(attendees, ["Akitaka Saiki (deputy-head)", "Li Gun (deputy-head)"]);

// #region holder
// Japan holds the positions its envoys voiced.
const japanese = positionsHeldBy(index, ActorId.parse("japan")).map((position) => position.kind);
console.log(japanese.join(", "));
// #endregion holder
assert.ok(japanese.includes("proposal") && japanese.includes("denial"));

// #region thread
// A thread of claim and counter-claim: North Korea's assertion, and Japan's denial.
const thread = responseThread(index, PositionId.parse("pos-nk-assertion"));
console.log(thread?.position.content, "→", thread?.responses.map((reply) => reply.position.content));
// #endregion thread
assert.deepEqual(thread?.responses.map((reply) => reply.position.kind), ["denial"]);
