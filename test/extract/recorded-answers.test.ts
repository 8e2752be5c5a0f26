// Answers written by hand in the shapes language models give, each read against the
// source article: anchored and valid, or rejected with the problems expected.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ARTICLE_TEXT } from "../../src/fixtures/index.js";
import { ID_PATTERN, fromLlmOutput, problemsForModel, type NewsDocument } from "../../src/index.js";

const folder = fileURLToPath(new URL("./answers/", import.meta.url));
const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as Record<
  string,
  { why: string; ok?: true; problems?: { code: string; pointer: string }[] }
>;
const files = readdirSync(folder).filter((name) => name !== "expected.json");

function read(name: string) {
  return fromLlmOutput(readFileSync(join(folder, name), "utf8"), { article: ARTICLE_TEXT });
}

function expectAnchored(document: NewsDocument) {
  for (const span of document.evidence) expect(ARTICLE_TEXT.slice(span.start, span.end)).toBe(span.quote);
}

describe("recorded answers", () => {
  it("has an expectation for every recorded answer, and an answer for every expectation", () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)("reads %s as expected", (name) => {
    const result = read(name);
    const wanted = expected[name]!;
    if (wanted.ok) {
      expect(result.ok, result.ok ? "" : problemsForModel(result.problems)).toBe(true);
      if (result.ok) expectAnchored(result.document);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map(({ code, pointer }) => ({ code, pointer }))).toEqual(wanted.problems);
    }
  });

  it("puts the article's curly apostrophe in the document where the model wrote a straight one", () => {
    const result = read("saiki-proposal.json");
    if (!result.ok) throw new Error("the answer must be valid");
    const span = result.document.evidence.find((item) => item.id === "ev-nk")!;
    expect(span.quote).toBe("North Korean Foreign Ministry’s American Affairs Bureau");
    expect(ARTICLE_TEXT.indexOf(span.quote)).toBe(span.start);
  });

  it("picks the occurrence of a repeated quote that its prefix and suffix name", () => {
    const result = read("saiki-proposal.json");
    if (!result.ok) throw new Error("the answer must be valid");
    const japan = result.document.evidence.find((item) => item.id === "ev-japan")!;
    const said = result.document.evidence.find((item) => item.id === "ev-sources-said")!;
    expect(ARTICLE_TEXT.slice(japan.start - 5, japan.end + 6)).toBe("that Japan wants");
    expect(ARTICLE_TEXT.slice(said.start - 10, said.start)).toBe("proposal, ");
  });

  it("anchors a quote with a doubled space or a full stop the article does not have to the article's own words", () => {
    const result = read("fenced-json-mode.txt");
    if (!result.ok) throw new Error("the answer must be valid");
    const byId = new Map<string, string>(result.document.evidence.map((span) => [span.id, span.quote]));
    expect(byId.get("ev-positive")).toBe("Li showed a positive attitude toward the proposal");
    expect(byId.get("ev-sources-said")).toBe("the sources said");
  });

  it("keeps made-up ids as valid ids, the references to them following", () => {
    const result = read("made-up-ids.json");
    if (!result.ok) throw new Error("the answer must be valid");
    const ids = [...result.document.actors, ...result.document.positions, ...result.document.evidence].map((item) => item.id);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(ids).toContain("Akitaka-Saiki");
    expect(ids).toContain("Japan");
    const [proposal, response] = result.document.positions;
    expect(proposal).toMatchObject({ id: "1", voicedById: "Akitaka-Saiki", holderIds: ["Japan"], evidenceIds: ["evidence-5"] });
    expect(response!.answersId).toBe("1");
  });

  it("gives the candidates' positions of an ambiguous quote, each where the article has it", () => {
    const result = read("repeated-quote-without-context.json");
    if (result.ok) throw new Error("the answer must be rejected");
    const said = result.problems.find((found) => found.pointer === "/evidence/6/quote")!;
    expect(said.candidates).toHaveLength(4);
    for (const range of said.candidates!) expect(ARTICLE_TEXT.slice(range.start, range.end)).toBe("the sources said");
    expect(said.message).toMatch(/occurs 4 times in the article: give a few words just before it as prefix or just after it as suffix/);
  });

  it("says which ids would fit a dangling reference, and where the two objects with one id are", () => {
    const result = read("dangling-and-duplicate-ids.json");
    if (result.ok) throw new Error("the answer must be rejected");
    const [duplicate, dangling] = result.problems;
    expect(duplicate!.message).toMatch(/the id "p2" is used twice, by a position at \/positions\/1 and by an attribution here/);
    expect(dangling!.message).toMatch(/names "Saiki", but nothing in the answer has that id \(did you mean "saiki"\?\)/);
    expect(dangling!.message).toContain('"japan", "north-korea", "saiki", "li", "sources"');
  });

  it("says that a required value cannot be null", () => {
    const result = read("null-required.json");
    if (result.ok) throw new Error("the answer must be rejected");
    expect(result.problems[0]!.message).toMatch(/expected string, received null: this field is required, so it cannot be null/);
  });
});
