import { describe, expect, it } from "vitest";
import { ARTICLE_TEXT, japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { HappeningKind, InferenceBasis, LlmNewsDocument, NewsDocument, PositionId, PositionKind, extractionPrompt, fromLlmOutput, jsonSchemaFor } from "../../src/index.js";

const example = { document: japanNorthKorea2004, positionIds: [PositionId.parse("pos-saiki-proposal"), PositionId.parse("pos-li-response")] };

/** The answer shown in a prompt's worked example. */
function exampleAnswer(system: string): unknown {
  const json = system.slice(system.lastIndexOf("\n{") + 1);
  return JSON.parse(json);
}

describe("extractionPrompt", () => {
  const prompt = extractionPrompt(ARTICLE_TEXT);

  it("names every list of the document with its schema's description, and the kinds from the enums", () => {
    for (const [key, field] of Object.entries(NewsDocument.shape)) {
      if (["schemaVersion", "$schema", "extensions", "article"].includes(key)) continue;
      expect(prompt.system).toContain(`- ${key}: ${field.description}`);
    }
    expect(prompt.system).toContain(PositionKind.options.join(", "));
    expect(prompt.system).toContain(HappeningKind.options.join(", "));
    expect(prompt.system).toContain(InferenceBasis.options.join(", "));
  });

  it("says the rules the schema cannot: quotes not offsets, ids across the answer, holder versus voice, null not invention", () => {
    expect(prompt.system).toMatch(/the article's words copied exactly, never offsets/);
    expect(prompt.system).toMatch(/unique across the whole answer/);
    expect(prompt.system).toMatch(/holderIds are whose position it is.*voicedById is the person who said it/s);
    expect(prompt.system).toMatch(/Use null for every value the article does not state/);
    expect(prompt.system).toMatch(/marked in the inferred list/);
  });

  it("gives the article in the user message, with the metadata given, and the answer form's JSON Schema", () => {
    const given = extractionPrompt({ text: ARTICLE_TEXT, published: "2004-02-26", publisher: "Kyodo" });
    expect(given.user).toContain(`<article>\n${ARTICLE_TEXT}\n</article>`);
    expect(given.user).toContain("publisher: Kyodo\npublished: 2004-02-26");
    expect(prompt.user).not.toContain("published");
    expect(prompt.schema).toEqual(jsonSchemaFor("llm-document"));
    expect(prompt.messages).toEqual([
      { role: "system", content: prompt.system },
      { role: "user", content: prompt.user },
    ]);
  });

  it("shows no example unless asked, and then the fixture's positions in the answer form, which anchor and validate", () => {
    expect(prompt.system).not.toContain("Worked example");
    const withExample = extractionPrompt(ARTICLE_TEXT, { example });
    expect(withExample.system).toContain("Worked example");
    const answer = exampleAnswer(withExample.system) as { positions: { id: string }[]; evidence: { quote: string }[] };
    expect(answer.positions.map((position) => position.id)).toEqual(expect.arrayContaining(["pos-saiki-proposal", "pos-li-response"]));
    expect(answer.positions.length).toBeLessThan(japanNorthKorea2004.positions.length);
    expect(LlmNewsDocument.safeParse(answer).success).toBe(true);
    for (const span of answer.evidence) expect(Object.keys(span)).toEqual(["id", "quote", "prefix", "suffix"]);
    expect(fromLlmOutput(answer, { article: ARTICLE_TEXT }).ok).toBe(true);
  });

  it("shows the whole fixture when no positions are named", () => {
    const whole = extractionPrompt(ARTICLE_TEXT, { example: { document: japanNorthKorea2004 } });
    const answer = exampleAnswer(whole.system) as { evidence: unknown[] };
    expect(answer.evidence).toHaveLength(japanNorthKorea2004.evidence.length);
  });

  it("stays a prompt of a few thousand characters without the example", () => {
    expect(prompt.system.length).toBeGreaterThan(2_000);
    expect(prompt.system.length).toBeLessThan(10_000);
  });
});
