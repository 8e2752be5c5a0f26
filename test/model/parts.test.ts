import { describe, expect, it } from "vitest";
import { Delegation, DelegationMember, Happening, Issue, Post } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

describe("Post", () => {
  const post = { id: "post-saiki", holderId: "akitaka-saiki", title: "deputy director general", organizationId: "jp-bureau", evidenceIds: [] };

  it("accepts a title in an organisation", () => {
    expect(expectValid(Post, post).title).toBe("deputy director general");
  });

  it("requires the organisation", () => {
    const { organizationId: _dropped, ...missing } = post;
    expectIssue(Post, missing, { path: ["organizationId"], code: "invalid_type" });
  });
});

describe("Delegation", () => {
  const delegation = {
    id: "jp-delegation",
    name: "the Japanese delegation",
    representsId: "japan",
    attendsIds: ["six-party-round-2"],
    members: [
      { personId: "mitoji-yabunaka", role: "head", evidenceIds: [] },
      { personId: "akitaka-saiki", role: "deputy-head", evidenceIds: [] },
    ],
    evidenceIds: [],
  };

  it("accepts a head and a deputy head", () => {
    expect(expectValid(Delegation, delegation).members.map((member) => member.role)).toEqual(["head", "deputy-head"]);
  });

  it("rejects a role it does not know", () => {
    expectIssue(DelegationMember, { personId: "x", role: "chief", evidenceIds: [] }, { path: ["role"], code: "invalid_value", message: /"head"/ });
  });

  it("marks an inferred membership on the member itself", () => {
    const member = { personId: "akitaka-saiki", role: "deputy-head", evidenceIds: [], inferred: [{ path: "", basis: "reading", reason: "named in the next sentence" }] };
    expect(expectValid(DelegationMember, member).inferred).toHaveLength(1);
  });
});

describe("Issue", () => {
  it("accepts an issue nested in another", () => {
    expect(expectValid(Issue, { id: "families-travel", name: "the families' travel", parentId: "abduction-issue", evidenceIds: [] }).parentId).toBe(
      "abduction-issue",
    );
  });
});

describe("Happening", () => {
  const relay = {
    id: "relay",
    kind: "message-relay",
    description: "Kim relayed the wish to Pyongyang.",
    participants: [{ actorId: "kim-kye-gwan", role: "intermediary" }],
    contentId: "yabunaka-wish",
    attributionIds: ["att-believed"],
    evidenceIds: [],
  };

  it("accepts a message relayed through an intermediary", () => {
    expect(expectValid(Happening, relay).participants[0]?.role).toBe("intermediary");
  });

  it("rejects a participant role it does not know", () => {
    expectIssue(Happening, { ...relay, participants: [{ actorId: "kim", role: "messenger" }] }, { path: ["participants", 0, "role"], code: "invalid_value" });
  });

  it("rejects a kind it does not know", () => {
    expectIssue(Happening, { ...relay, kind: "summit" }, { path: ["kind"], code: "invalid_value" });
  });
});
