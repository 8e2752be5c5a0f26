import { describe, expect, it } from "vitest";
import {
  ActorId, IssueId, PartyId, indexDocument, positionsAddressedTo, positionsHeldBy, positionsOfKind, positionsOnIssue, positionsVoicedBy,
} from "../../src/index.js";
import { talksDocument, talksInput } from "./talks-document.js";

const index = indexDocument(talksDocument());
const ids = (positions: readonly { id: string }[]) => positions.map((position) => position.id);

describe("positionsHeldBy", () => {
  it("lists the positions a state holds itself, in document order", () => {
    expect(ids(positionsHeldBy(index, PartyId.parse("ruritania")))).toEqual(["berg-proposal", "rur-denial", "aid-promise"]);
  });

  it("adds those of the state's delegations when asked to", () => {
    expect(ids(positionsHeldBy(index, PartyId.parse("ruritania"), { throughDelegations: true }))).toEqual([
      "berg-proposal",
      "rur-regret",
      "rur-denial",
      "aid-promise",
    ]);
  });

  it("lists a delegation's own positions", () => {
    expect(ids(positionsHeldBy(index, PartyId.parse("rur-delegation")))).toEqual(["rur-regret"]);
  });

  it("lists a position once where it names the same holder twice, among others in order", () => {
    const input = talksInput();
    const positions = input.positions as { id: string; holderIds: string[] }[];
    // the doubled holder stands apart, with another holder between its two uses
    positions.find((position) => position.id === "berg-proposal")!.holderIds = ["ruritania", "freedonia", "ruritania"];
    const doubled = indexDocument(input as never);
    expect(ids(positionsHeldBy(doubled, PartyId.parse("ruritania")))).toEqual(["berg-proposal", "rur-denial", "aid-promise"]);
    expect(ids(positionsHeldBy(doubled, PartyId.parse("freedonia")))).toEqual(["berg-proposal", "fre-rejection", "fre-assertion"]);
  });

  it("gives an empty list for a party that holds nothing", () => {
    expect(positionsHeldBy(index, PartyId.parse("anna-berg"))).toEqual([]);
    expect(positionsHeldBy(index, PartyId.parse("nobody"), { throughDelegations: true })).toEqual([]);
  });
});

describe("positionsVoicedBy", () => {
  it("lists what a person voiced, not what their state holds", () => {
    expect(ids(positionsVoicedBy(index, ActorId.parse("anna-berg")))).toEqual(["berg-proposal"]);
    expect(positionsVoicedBy(index, ActorId.parse("ruritania"))).toEqual([]);
  });
});

describe("positionsAddressedTo", () => {
  it("lists the positions addressed to a delegation or a state", () => {
    expect(ids(positionsAddressedTo(index, PartyId.parse("fre-delegation")))).toEqual(["berg-proposal"]);
    expect(ids(positionsAddressedTo(index, PartyId.parse("ruritania")))).toEqual(["fre-rejection"]);
    expect(ids(positionsAddressedTo(index, PartyId.parse("freedonia")))).toEqual(["aid-promise"]);
    expect(positionsAddressedTo(index, PartyId.parse("anna-berg"))).toEqual([]);
  });
});

describe("positionsOnIssue", () => {
  it("lists the positions on an issue", () => {
    expect(ids(positionsOnIssue(index, IssueId.parse("aid")))).toEqual(["fre-assertion", "rur-denial"]);
  });

  it("counts narrower issues only when asked to", () => {
    expect(positionsOnIssue(index, IssueId.parse("bilateral"))).toEqual([]);
    expect(ids(positionsOnIssue(index, IssueId.parse("bilateral"), { includeNarrower: true }))).toEqual(["fre-assertion", "rur-denial"]);
  });
});

describe("positionsOfKind", () => {
  it("lists the positions of one kind, and none for a kind not used", () => {
    expect(ids(positionsOfKind(index, "denial"))).toEqual(["rur-denial"]);
    expect(positionsOfKind(index, "agreement")).toEqual([]);
  });
});
