import { describe, expect, it } from "vitest";
import { isHeld, isPlanned, Meeting, MeetingFormality, MeetingParticipant, MeetingStatus, Round, TalkSeries } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const deputies = {
  id: "deputies-wednesday-night",
  label: "the deputy chiefs' meeting behind the scenes",
  kind: "bilateral",
  formality: "informal",
  status: "held",
  sidelinesOfId: "six-party-round-2",
  placeId: "beijing",
  timeId: "time-wednesday-night",
  participants: [
    { kind: "delegation", delegationId: "jp-delegation", attendedBy: ["deputy-head"], role: "party" },
    { kind: "delegation", delegationId: "nk-delegation", attendedBy: ["deputy-head"], role: "party" },
  ],
  purpose: { text: "to discuss the scheduling", issueIds: ["scheduling"], evidenceIds: ["ev-purpose"] },
  evidenceIds: ["ev-deputies-met"],
};

describe("Meeting", () => {
  it("accepts an informal meeting on the sidelines of other talks", () => {
    const meeting = expectValid(Meeting, deputies);
    expect(meeting.participants.map((participant) => participant.kind)).toEqual(["delegation", "delegation"]);
  });

  it("accepts a planned round of a series with an outcome to come", () => {
    const next = { ...deputies, id: "next-round", status: "being-scheduled", seriesId: "jp-nk-talks", round: { relation: "next" }, participants: [] };
    expect(expectValid(Meeting, next).round).toEqual({ relation: "next" });
  });

  it("rejects a status it does not know", () => {
    expectIssue(Meeting, { ...deputies, status: "rumoured" }, { path: ["status"], code: "invalid_value", message: /"held"/ });
  });

  it("rejects a formality it does not know", () => {
    expectIssue(Meeting, { ...deputies, formality: "casual" }, { path: ["formality"], code: "invalid_value" });
  });

  it("rejects a participant that names neither a delegation nor an actor", () => {
    expectIssue(Meeting, { ...deputies, participants: [{ kind: "person", actorId: "kim", role: "party" }] }, {
      path: ["participants", 0, "kind"],
      code: "invalid_union",
    });
  });

  it("rejects an empty attendedBy list", () => {
    expectIssue(
      MeetingParticipant,
      { kind: "delegation", delegationId: "jp-delegation", attendedBy: [], role: "party" },
      { path: ["attendedBy"], code: "too_small" },
    );
  });

  it("rejects an unknown key on the outcome, naming it", () => {
    expectIssue(Meeting, { ...deputies, outcome: { text: "no headway", progress: "none", evidenceIds: [], mood: "grim" } }, {
      path: ["outcome"],
      code: "unrecognized_keys",
      message: /"mood"/,
    });
  });

  it("rejects a round number of zero", () => {
    expectIssue(Round, { number: 0 }, { path: ["number"], code: "too_small" });
  });
});

describe("meeting status", () => {
  it("tells held from planned", () => {
    expect(MeetingStatus.options.filter((status) => isHeld({ status }))).toEqual(["under-way", "held"]);
    expect(MeetingStatus.options.filter((status) => isPlanned({ status }))).toEqual(["proposed", "being-scheduled", "scheduled"]);
  });

  it("keeps formality to formal, informal and secret", () => {
    expect(MeetingFormality.options).toEqual(["formal", "informal", "secret"]);
  });
});

describe("TalkSeries", () => {
  it("accepts a named series with its parties", () => {
    const series = { id: "six-party-talks", name: "the six-party talks", kind: "multilateral", partyIds: ["japan", "north-korea"], evidenceIds: [] };
    expect(expectValid(TalkSeries, series).kind).toBe("multilateral");
  });

  it("rejects a kind other than bilateral or multilateral", () => {
    expectIssue(TalkSeries, { id: "s", name: "s", kind: "trilateral", partyIds: [], evidenceIds: [] }, { path: ["kind"], code: "invalid_value" });
  });
});
