import { describe, expect, it } from "vitest";
import { ActorId, ID_PATTERN, MeetingId, PartyId } from "../../src/index.js";
import { expectIssue } from "../support/expect-issue.js";

describe("ids", () => {
  it("accepts letters, digits and the separators . _ : -", () => {
    expect(ActorId.parse("kim-kye-gwan")).toBe("kim-kye-gwan");
    expect(MeetingId.parse("six-party:round_2.a")).toBe("six-party:round_2.a");
  });

  it("rejects an empty id, a leading separator, a space and an id over 128 characters", () => {
    for (const bad of ["", "-japan", "north korea", `a${"b".repeat(128)}`]) {
      expectIssue(ActorId, bad, { path: [], code: "invalid_format", message: /must be an id/ });
    }
  });

  it("accepts an id of exactly 128 characters", () => {
    expect(ID_PATTERN.test(`a${"b".repeat(127)}`)).toBe(true);
  });

  it("rejects a number where an id is wanted", () => {
    expectIssue(ActorId, 7, { path: [], code: "invalid_type", message: /expected string/ });
  });

  it("accepts any id as a party id at run time", () => {
    expect(PartyId.parse("jp-delegation")).toBe("jp-delegation");
  });
});
