import { describe, expect, it } from "vitest";
import { DelegationMember, DelegationParticipant, indexDocument, Issue, Meeting, NewsDocument, referencesTo, type PositionKind } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { talksDocument } from "./talks-document.js";

describe("indexDocument", () => {
  it("indexes every object with an id under its kind and path", () => {
    const document = talksDocument();
    const index = indexDocument(document);
    const count = document.actors.length + document.places.length + document.posts.length + document.delegations.length + document.series.length +
      document.meetings.length + document.positions.length + document.issues.length + document.happenings.length +
      document.times.length + document.attributions.length + document.evidence.length;
    expect(index.entities.size).toBe(count);
    expect(index.entities.get("ivo-lind")).toEqual({ kind: "person", entity: document.actors[4], path: ["actors", 4] });
    expect(index.entities.get("time-early-may")?.path).toEqual(["times", 2]);
  });

  it("files each reference under the id it names and the field that names it", () => {
    const index = indexDocument(talksDocument());
    const fromMembers = referencesTo(index, "ev-deputies", DelegationMember, "evidenceIds");
    expect(fromMembers.map((ref) => ref.pointer)).toEqual(["/delegations/0/members/1/evidenceIds/0", "/delegations/1/members/0/evidenceIds/0"]);
    expect(fromMembers[0]).toMatchObject({
      field: "members/evidenceIds",
      role: "the evidence of a delegation member",
      path: ["delegations", 0, "members", 1, "evidenceIds", 0],
    });
    expect(fromMembers[0]?.from.kind).toBe("delegation");
    expect(referencesTo(index, "geneva", Meeting, "placeId").map((ref) => ref.from.entity.id)).toEqual(["geneva-talks", "deputies-monday-night"]);
  });

  it("groups positions by kind in document order", () => {
    const index = indexDocument(talksDocument());
    const kinds = Object.fromEntries([...index.positionsByKind].map(([kind, list]) => [kind, list.map((p) => p.id)]));
    expect(kinds).toEqual({
      proposal: ["berg-proposal"],
      rejection: ["fre-rejection"],
      response: ["rur-regret"],
      assertion: ["fre-assertion"],
      denial: ["rur-denial"],
      promise: ["aid-promise"],
    } satisfies Partial<Record<PositionKind, string[]>>);
  });

  it("indexes the first of two objects that share an id, and none of the second's references", () => {
    const input = smallDocument();
    input.issues.push({ id: "japan", name: "a second use of japan", evidenceIds: ["ev-bilateral"] } as never);
    const document = NewsDocument.parse(input);
    const index = indexDocument(document);
    expect(index.entities.get("japan")?.kind).toBe("state");
    expect(referencesTo(index, "ev-bilateral", Issue, "evidenceIds").map((ref) => ref.pointer)).toEqual(["/issues/0/evidenceIds/0"]);
  });

  it("indexes a document with dangling references without throwing", () => {
    const input = smallDocument();
    input.meetings[1]!.participants.push({ kind: "delegation", delegationId: "no-such-delegation", role: "party" } as never);
    const index = indexDocument(NewsDocument.parse(input));
    expect(referencesTo(index, "no-such-delegation", DelegationParticipant, "delegationId")[0]?.pointer).toBe(
      "/meetings/1/participants/2/delegationId",
    );
    expect(index.meetingsByParty.get("no-such-delegation")).toEqual(new Set(["next-round"]));
  });
});
