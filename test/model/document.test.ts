import { describe, expect, it } from "vitest";
import { Article, Furniture, NewsDocument, SCHEMA_VERSION } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";
import { smallDocument } from "../support/small-document.js";

describe("Article", () => {
  const article = smallDocument().article;

  it("accepts the verbatim text with a declared offset unit", () => {
    expect(expectValid(Article, article).offsetUnit).toBe("utf-16-code-unit");
  });

  it("requires the offset unit", () => {
    const { offsetUnit: _dropped, ...missing } = article;
    expectIssue(Article, missing, { path: ["offsetUnit"], code: "invalid_value" });
  });

  it("accepts a publication date or date-time, and rejects other text", () => {
    expectValid(Article, { ...article, published: "2004-02-26" });
    expectValid(Article, { ...article, published: "2004-02-26T10:00:00+09:00" });
    expectIssue(Article, { ...article, published: "Thursday" }, { path: ["published"], code: "invalid_union" });
  });

  it("rejects a url that is not one", () => {
    expectIssue(Article, { ...article, url: "not a url" }, { path: ["url"], code: "invalid_format" });
  });

  it("rejects a language that is not a BCP 47 tag", () => {
    expectIssue(Article, { ...article, language: "English" }, { path: ["language"], code: "invalid_format", message: /BCP 47/ });
  });

  it("accepts furniture ranges", () => {
    expect(expectValid(Furniture, { start: 1, end: 2, label: "banner" }).label).toBe("banner");
  });
});

describe("NewsDocument", () => {
  it("accepts the small document", () => {
    expect(expectValid(NewsDocument, smallDocument()).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("requires every collection", () => {
    const { happenings: _dropped, ...missing } = smallDocument();
    expectIssue(NewsDocument, missing, { path: ["happenings"], code: "invalid_type", message: /expected array/ });
  });

  it("rejects an unknown top-level key, naming it", () => {
    expectIssue(NewsDocument, { ...smallDocument(), people: [] }, { path: [], code: "unrecognized_keys", message: /"people"/ });
  });

  it("keeps extensions as they are", () => {
    const document = expectValid(NewsDocument, { ...smallDocument(), extensions: { "acme:batch": 7 } });
    expect(document.extensions).toEqual({ "acme:batch": 7 });
  });

  it("writes version 2, and accepts only the version it writes", () => {
    expect(SCHEMA_VERSION).toBe(2);
    expectIssue(NewsDocument, { ...smallDocument(), schemaVersion: 1 }, { path: ["schemaVersion"], code: "invalid_value" });
  });
});
