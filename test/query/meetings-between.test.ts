import { describe, expect, it } from "vitest";
import { NewsDocument, PartyId, indexDocument, meetingsBetween, validateDocument } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { talksDocument, talksInput } from "./talks-document.js";

const index = indexDocument(talksDocument());
const between = (a: string, b: string) => meetingsBetween(index, PartyId.parse(a), PartyId.parse(b)).map((meeting) => meeting.id);

describe("meetingsBetween", () => {
  it("finds meetings between two states through their delegations and directly", () => {
    expect(between("ruritania", "freedonia")).toEqual(["geneva-talks", "deputies-monday-night", "new-round"]);
  });

  it("answers the same whichever way round it is asked", () => {
    expect(between("freedonia", "ruritania")).toEqual(between("ruritania", "freedonia"));
  });

  it("finds people only at the level their delegation attended", () => {
    expect(between("tomas-holt", "ivo-lind")).toEqual(["geneva-talks", "deputies-monday-night"]);
    expect(between("anna-berg", "ivo-lind")).toEqual(["geneva-talks"]);
  });

  it("mixes a delegation, a person and a state", () => {
    expect(between("rur-delegation", "freedonia")).toEqual(["geneva-talks", "deputies-monday-night"]);
    expect(between("anna-berg", "fre-delegation")).toEqual(["geneva-talks"]);
  });

  it("counts a person who came with a delegation for that delegation and its state", () => {
    const input = talksInput();
    input.meetings.push({
      id: "dinner", label: "a dinner", kind: "bilateral", formality: "informal", status: "held",
      participants: [{ kind: "actor", actorId: "ivo-lind", delegationId: "fre-delegation", role: "party" }, { kind: "actor", actorId: "anna-berg", role: "host" }],
      evidenceIds: [],
    } as never);
    const extended = indexDocument(NewsDocument.parse(input));
    expect(meetingsBetween(extended, PartyId.parse("freedonia"), PartyId.parse("anna-berg")).map((m) => m.id)).toEqual(["geneva-talks", "dinner"]);
    expect(meetingsBetween(extended, PartyId.parse("ruritania"), PartyId.parse("ivo-lind")).map((m) => m.id)).toEqual([
      "geneva-talks",
      "deputies-monday-night",
    ]);
  });

  it("gives an empty list where either takes part in nothing", () => {
    expect(between("ruritania", "rur-officials")).toEqual([]);
    expect(between("nobody", "ruritania")).toEqual([]);
  });

  it("finds the next round between Japan and North Korea in the small document", () => {
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    expect(meetingsBetween(indexDocument(result.document), PartyId.parse("japan"), PartyId.parse("north-korea")).map((m) => m.id)).toEqual([
      "next-round",
    ]);
  });
});
