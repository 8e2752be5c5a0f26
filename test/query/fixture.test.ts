import { describe, expect, it } from "vitest";
import {
  ActorId, EvidenceId, MeetingId, PartyId, PositionId, citedFor, delegationRolesOf, findEntity, getMeeting, indexDocument,
  meetingsBetween, participantsOf, positionsHeldBy, positionsOfKind, positionsVoicedBy, postsOf, responseThread, supportedBy,
} from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";

const index = indexDocument(japanNorthKorea2004);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe("the fixture, asked through the queries", () => {
  it("finds every object of the article by its id", () => {
    for (const meeting of japanNorthKorea2004.meetings) expect(findEntity(index, meeting.id)?.kind).toBe("meeting");
    expect(getMeeting(index, MeetingId.parse("deputies-meeting"))?.formality).toBe("informal");
  });

  it("resolves the deputy chiefs' meeting to Saiki and Li, and the chiefs' talks to Yabunaka and Kim", () => {
    const people = (id: string) => participantsOf(index, MeetingId.parse(id)).flatMap((p) => p.people.map((a) => a.person.name));
    expect(people("deputies-meeting")).toEqual(["Akitaka Saiki", "Li Gun"]);
    expect(people("chiefs-talks")).toEqual(["Mitoji Yabunaka", "Kim Kye Gwan"]);
  });

  it("finds the deputies' meeting between Saiki and Li but not between Yabunaka and Li", () => {
    const between = (a: string, b: string) => ids(meetingsBetween(index, PartyId.parse(a), PartyId.parse(b)));
    expect(between("akitaka-saiki", "li-gun")).toContain("deputies-meeting");
    expect(between("mitoji-yabunaka", "li-gun")).not.toContain("deputies-meeting");
    expect(between("japan", "north-korea")).toEqual(ids(japanNorthKorea2004.meetings));
  });

  it("tells Saiki's voice from Japan's holding", () => {
    expect(ids(positionsVoicedBy(index, ActorId.parse("akitaka-saiki")))).toEqual(["pos-saiki-proposal"]);
    expect(ids(positionsHeldBy(index, PartyId.parse("japan")))).toContain("pos-saiki-proposal");
  });

  it("threads Li's positive response under Saiki's proposal, and Japan's denial under the North's assertion", () => {
    expect(responseThread(index, PositionId.parse("pos-saiki-proposal"))?.responses.map((r) => [r.position.id, r.position.stance])).toEqual([
      ["pos-li-response", "positive"],
    ]);
    expect(responseThread(index, PositionId.parse("pos-nk-assertion"))?.responses.map((r) => r.position.holderIds)).toEqual([["japan"]]);
    expect(positionsOfKind(index, "agreement").map((p) => p.holderIds)).toEqual([["japan", "north-korea"]]);
  });

  it("gives Kim's post and Saiki's place in his delegation", () => {
    expect(postsOf(index, ActorId.parse("kim-kye-gwan")).map((post) => post.title)).toEqual(["Vice Foreign Minister"]);
    expect(delegationRolesOf(index, ActorId.parse("akitaka-saiki")).map((place) => [place.delegation.id, place.role])).toEqual([
      ["jp-delegation", "deputy-head"],
    ]);
  });

  it("traces the alleged promise to Japanese officials through Kim and Pyongyang's nested attributions", () => {
    const promise = citedFor(index, ActorId.parse("japanese-officials")).find((c) => c.fact.from.entity.id === "alleged-promise");
    expect(promise?.chain.map((a) => [a.sourceId, a.certainty])).toEqual([
      ["japanese-officials", "reported"],
      ["kim-kye-gwan", "reported"],
      ["north-korea", "alleged"],
    ]);
  });

  it("says what the span 'Wednesday night' supports", () => {
    expect(supportedBy(index, EvidenceId.parse("ev-s4-wednesday-night")).map((ref) => ref.from.entity.id)).toContain("time-wednesday-night");
  });
});
