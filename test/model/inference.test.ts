import { describe, expect, it } from "vitest";
import { Extensions, Inference, InferenceBasis, isInferred } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const mark = { path: "/referenceDate", basis: "context", reason: "The talks opened on 25 February 2004." };

describe("Inference", () => {
  it("accepts a JSON Pointer, a basis and a reason", () => {
    expectValid(Inference, mark);
    expectValid(Inference, { ...mark, path: "" });
  });

  it("rejects a path that is not a JSON Pointer", () => {
    expectIssue(Inference, { ...mark, path: "referenceDate" }, { path: ["path"], code: "invalid_format", message: /JSON Pointer/ });
  });

  it("rejects an empty reason", () => {
    expectIssue(Inference, { ...mark, reason: "" }, { path: ["reason"], code: "too_small" });
  });

  it("lists the bases it knows", () => {
    expect(InferenceBasis.options).toEqual(["context", "reading", "world-knowledge", "convention"]);
    expectIssue(Inference, { ...mark, basis: "guess" }, { path: ["basis"], code: "invalid_value" });
  });
});

describe("isInferred", () => {
  const holder = { inferred: [Inference.parse(mark), Inference.parse({ ...mark, path: "/resolved" })] };

  it("finds the mark on the exact path", () => {
    expect(isInferred(holder, "/referenceDate")?.reason).toBe(mark.reason);
  });

  it("finds the mark of a value that contains the path", () => {
    expect(isInferred(holder, "/resolved/start")?.path).toBe("/resolved");
  });

  it("does not confuse a path with another that shares its prefix", () => {
    expect(isInferred(holder, "/resolvedBy")).toBeUndefined();
  });

  it("treats a mark on the whole object as covering every path", () => {
    expect(isInferred({ inferred: [Inference.parse({ ...mark, path: "" })] }, "/anything")).toBeDefined();
  });

  it("answers undefined for an object with no marks", () => {
    expect(isInferred({}, "/text")).toBeUndefined();
  });
});

describe("Extensions", () => {
  it("keeps any JSON under namespaced keys", () => {
    expect(Extensions.parse({ "acme:confidence": 0.8, "acme:tags": ["a", { b: null }] })).toEqual({
      "acme:confidence": 0.8,
      "acme:tags": ["a", { b: null }],
    });
  });

  it("rejects a value that is not JSON", () => {
    expectIssue(Extensions, { "acme:when": new Date(0) }, { path: ["acme:when"], code: "custom", message: /^must be JSON/ });
    expectIssue(Extensions, { "acme:f": [1, () => 1] }, { path: ["acme:f"], code: "custom", message: /^must be JSON/ });
  });
});
