import { describe, expect, it } from "vitest";
import { Attribution, Certainty } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const base = { id: "att-1", sourceId: "diplomatic-sources", certainty: "reported", saidAtId: "time-thursday", evidenceIds: ["ev-said"] };

describe("Attribution", () => {
  it("accepts a sourced, dated attribution", () => {
    expect(expectValid(Attribution, base).certainty).toBe("reported");
  });

  it("accepts an attribution with no source, as for 'is believed'", () => {
    const { sourceId: _dropped, saidAtId: _alsoDropped, ...unsourced } = base;
    expectValid(Attribution, { ...unsourced, certainty: "believed" });
  });

  it("accepts nesting in an outer attribution", () => {
    expect(expectValid(Attribution, { ...base, withinId: "att-0" }).withinId).toBe("att-0");
  });

  it("rejects a certainty it does not know", () => {
    expectIssue(Attribution, { ...base, certainty: "rumoured" }, { path: ["certainty"], code: "invalid_value" });
  });

  it("requires the evidence list", () => {
    const { evidenceIds: _dropped, ...missing } = base;
    expectIssue(Attribution, missing, { path: ["evidenceIds"], code: "invalid_type", message: /expected array/ });
  });

  it("lists its certainties in order of the FactBank scale", () => {
    expect(Certainty.options).toEqual(["stated", "reported", "expected", "believed", "alleged", "denied"]);
  });
});
