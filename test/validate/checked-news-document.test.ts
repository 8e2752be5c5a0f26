import { describe, expect, it } from "vitest";
import { CheckedNewsDocument, NewsDocument, validateDocument } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { copyJson } from "../arbitraries/json-tree.js";

type Obj = { [key: string]: unknown };

/** The fixture with a quote that does not match the article and a reference that names nothing. */
function broken(): NewsDocument & Obj {
  const document = copyJson(japanNorthKorea2004) as NewsDocument & Obj;
  (document.evidence[0] as Obj)["quote"] = "not the article's words";
  (document.meetings[1] as Obj)["sidelinesOfId"] = "no-such-meeting";
  return document;
}

describe("CheckedNewsDocument", () => {
  it("accepts the fixture, as validateDocument does", () => {
    const result = CheckedNewsDocument.safeParse(japanNorthKorea2004);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data).toEqual(japanNorthKorea2004);
  });

  it("rejects what the shape alone lets through, each whole-document problem a zod issue with its path and code", () => {
    const document = broken();
    expect(NewsDocument.safeParse(document).success).toBe(true);
    const result = CheckedNewsDocument.safeParse(document);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => ({ code: issue.code, path: issue.path, problem: issue.code === "custom" ? issue.params?.["code"] : undefined }));
    expect(issues).toEqual([
      { code: "custom", path: ["meetings", 1, "sidelinesOfId"], problem: "dangling-reference" },
      { code: "custom", path: ["evidence", 0, "quote"], problem: "quote-mismatch" },
    ]);
    const validated = validateDocument(document);
    expect(!validated.ok && validated.problems.map((found) => found.message)).toEqual(result.error!.issues.map((issue) => issue.message));
  });

  it("reports shape problems as zod does, without running the whole-document checks", () => {
    const document = broken();
    (document.meetings[0] as Obj)["status"] = "maybe";
    const issues = CheckedNewsDocument.safeParse(document).error!.issues;
    expect(issues.map((issue) => [issue.code, issue.path.join("/")])).toEqual([["invalid_value", "meetings/0/status"]]);
  });

  it("answers through the Standard Schema interface as through safeParse", async () => {
    const standard = CheckedNewsDocument["~standard"];
    expect(standard.vendor).toBe("zod");
    const good = await standard.validate(japanNorthKorea2004);
    expect("value" in good && good.value).toEqual(japanNorthKorea2004);
    const bad = await standard.validate(broken());
    expect("issues" in bad && bad.issues?.map((issue) => issue.path?.map((part) => (typeof part === "object" ? part.key : part)).join("/"))).toEqual([
      "meetings/1/sidelinesOfId",
      "evidence/0/quote",
    ]);
  });
});
