import { describe, expect, it } from "vitest";
import { MeetingId, NewsDocument, indexDocument, participantsOf } from "../../src/index.js";
import { talksDocument, talksInput } from "./talks-document.js";

const index = indexDocument(talksDocument());
const names = (meetingId: string) =>
  participantsOf(index, MeetingId.parse(meetingId)).map((p) => p.people.map((a) => `${a.person.name} (${a.delegationRole})`));

describe("participantsOf", () => {
  it("resolves delegations attending at the level of their deputies to the deputy heads", () => {
    expect(names("deputies-monday-night")).toEqual([["Tomas Holt (deputy-head)"], ["Ivo Lind (deputy-head)"]]);
  });

  it("resolves a delegation attending as a whole to all its members", () => {
    expect(names("geneva-talks")).toEqual([["Anna Berg (head)", "Tomas Holt (deputy-head)"], ["Ivo Lind (deputy-head)"]]);
  });

  it("says which state each delegation represents, with its role in the meeting", () => {
    const resolved = participantsOf(index, MeetingId.parse("deputies-monday-night"));
    expect(resolved.map((p) => [p.actor?.id, p.delegation?.id, p.role])).toEqual([
      ["ruritania", "rur-delegation", "party"],
      ["freedonia", "fre-delegation", "party"],
    ]);
  });

  it("gives actor participants directly, with no people for a state", () => {
    const resolved = participantsOf(index, MeetingId.parse("new-round"));
    expect(resolved.map((p) => [p.actor?.name, p.people.length, p.delegation])).toEqual([
      ["Ruritania", 0, undefined],
      ["Freedonia", 0, undefined],
    ]);
  });

  it("gives a person who came with a delegation their role in it, and a person without one no role", () => {
    const input = talksInput();
    input.meetings[2]!.participants.push(
      { kind: "actor", actorId: "tomas-holt", delegationId: "rur-delegation", role: "party" } as never,
      { kind: "actor", actorId: "ivo-lind", role: "observer" } as never,
    );
    const resolved = participantsOf(indexDocument(NewsDocument.parse(input)), MeetingId.parse("new-round"));
    expect(resolved.slice(2).map((p) => [p.people[0]?.person.id, p.people[0]?.delegationRole, p.role])).toEqual([
      ["tomas-holt", "deputy-head", "party"],
      ["ivo-lind", undefined, "observer"],
    ]);
  });

  it("resolves a delegation that lists nobody in the roles that attended to no people", () => {
    const input = talksInput();
    input.meetings[1]!.participants[1] = { kind: "delegation", delegationId: "fre-delegation", attendedBy: ["head"], role: "party" } as never;
    const resolved = participantsOf(indexDocument(NewsDocument.parse(input)), MeetingId.parse("deputies-monday-night"));
    expect(resolved[1]?.people).toEqual([]);
    expect(resolved[1]?.actor?.id).toBe("freedonia");
  });

  it("keeps a participant whose delegation is missing, with nothing resolved", () => {
    const input = talksInput();
    input.meetings[2]!.participants.push({ kind: "delegation", delegationId: "ghost-delegation", role: "party" } as never);
    const resolved = participantsOf(indexDocument(NewsDocument.parse(input)), MeetingId.parse("new-round"));
    expect(resolved[2]).toMatchObject({ delegation: undefined, actor: undefined, people: [] });
  });

  it("gives an empty list for an id that names no meeting", () => {
    expect(participantsOf(index, MeetingId.parse("ruritania"))).toEqual([]);
    expect(participantsOf(index, MeetingId.parse("nothing"))).toEqual([]);
  });
});
