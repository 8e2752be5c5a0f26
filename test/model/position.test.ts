import { describe, expect, it } from "vitest";
import { Position, PositionAction, PositionKind } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const demand = {
  id: "yabunaka-repeats-demand",
  kind: "demand",
  holderIds: ["japan"],
  voicedById: "mitoji-yabunaka",
  addresseeIds: ["north-korea"],
  issueIds: ["families-travel"],
  content: "North Korea should promptly and unconditionally send the relatives of the five abductees to Japan.",
  actions: [{ verb: "send", agentIds: ["north-korea"], object: "the relatives of the five abductees", objectIds: ["families"], destinationIds: ["japan"] }],
  conditions: ["promptly", "unconditionally"],
  repeated: true,
  repeatsId: "japan-demand-families",
  voicedAtId: "chiefs-wednesday",
  evidenceIds: ["ev-repeated"],
  attributionIds: ["att-officials"],
};

describe("Position", () => {
  it("accepts a demand with a holder, a voice, conditions and an action", () => {
    const position = expectValid(Position, demand);
    expect(position.holderIds).toEqual(["japan"]);
    expect(position.voicedById).toBe("mitoji-yabunaka");
  });

  it("accepts a joint agreement with two holders", () => {
    expectValid(Position, { id: "agree", kind: "agreement", holderIds: ["japan", "north-korea"], content: "Continue dialogue.", evidenceIds: [] });
  });

  it("requires at least one holder", () => {
    expectIssue(Position, { ...demand, holderIds: [] }, { path: ["holderIds"], code: "too_small" });
  });

  it("rejects a stance it does not know", () => {
    expectIssue(Position, { ...demand, kind: "response", stance: "lukewarm" }, { path: ["stance"], code: "invalid_value" });
  });

  it("rejects an empty condition", () => {
    expectIssue(Position, { ...demand, conditions: [""] }, { path: ["conditions", 0], code: "too_small" });
  });

  it("rejects an unknown key inside an action, naming it", () => {
    expectIssue(PositionAction, { verb: "send", urgency: "high" }, { path: [], code: "unrecognized_keys", message: /"urgency"/ });
  });

  it("knows the twenty-one kinds of the model", () => {
    expect(PositionKind.options).toHaveLength(21);
    expectIssue(Position, { ...demand, kind: "warning" }, { path: ["kind"], code: "invalid_value" });
  });
});
