import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { fromLlmOutput, toLlmOutput, validateDocument } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";

type Mutable = Record<string, any>;

const small = smallDocument();
const article = { article: small.article.text };

function llmAnswer(): Mutable {
  const result = validateDocument(small);
  if (!result.ok) throw new Error("the small document must be valid");
  return toLlmOutput(result.document) as unknown as Mutable;
}

describe("toLlmOutput", () => {
  it("writes every absent optional field as null", () => {
    const answer = llmAnswer();
    expect(answer.meetings[0].round).toBeNull();
    expect(answer.meetings[0].timeId).toBeNull();
    expect(answer.actors[2].aliases).toBeNull();
    expect(answer.article.headline).toBeNull();
    expect(answer.meetings[1].round).toEqual({ number: null, relation: "next" });
  });

  it("fills the nulls of each variant of a union by its own fields", () => {
    const answer = llmAnswer();
    expect(answer.actors[0]).toMatchObject({ kind: "state", iso3: "JPN" });
    expect(answer.actors[0]).not.toHaveProperty("familyName");
    expect(answer.actors[0]).toHaveProperty("iso2", "JP");
    expect(answer.actors[2]).toMatchObject({ kind: "unnamed-source", affiliationId: null, plural: true });
    expect(answer.meetings[1].participants[0]).toEqual({ kind: "actor", actorId: "japan", delegationId: null, role: "party" });
  });

  it("leaves out extensions and $schema, which the structured-output form has no room for", () => {
    const document = { ...smallDocument(), $schema: "https://example.org/s.json", extensions: { "acme:score": 1 } };
    const result = validateDocument(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const answer = toLlmOutput(result.document) as unknown as Mutable;
    expect(answer).not.toHaveProperty("extensions");
    expect(answer).not.toHaveProperty("$schema");
    expect(answer.meetings[0]).not.toHaveProperty("extensions");
  });
});

describe("fromLlmOutput", () => {
  it("turns the fixture's structured-output form back into the fixture", () => {
    const result = fromLlmOutput(toLlmOutput(japanNorthKorea2004), { article: japanNorthKorea2004.article.text });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document).toEqual(japanNorthKorea2004);
  });

  it("reads the output as JSON text too", () => {
    const result = fromLlmOutput(JSON.stringify(llmAnswer()), article);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.meetings[0]).not.toHaveProperty("round");
  });

  it("reports text that is not JSON as an invalid-json problem", () => {
    const result = fromLlmOutput("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "invalid-json", pointer: "", message: expect.stringMatching(/^the output is not valid JSON/) });
  });

  it("runs the whole-document checks a model's answer can fail", () => {
    const answer = llmAnswer();
    answer.meetings[1].seriesId = "japan";
    answer.evidence[0].quote = "Japan!";
    answer.evidence[1].quote = "Pyongyang";
    const result = fromLlmOutput(answer, article);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "wrong-kind", pointer: "/meetings/1/seriesId" }));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: "quote-not-found", pointer: "/evidence/0/quote" }));
  });

  it("checks a time value's precision against its fields, which the structured-output schema cannot", () => {
    const answer = llmAnswer();
    answer.times[0].value.month = null;
    const result = fromLlmOutput(answer, article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/times/0/value/month", message: "a month precision needs a month" });
  });

  it("reports a required field the model set to null where the field belongs", () => {
    const answer = llmAnswer();
    answer.issues[0].name = null;
    const result = fromLlmOutput(answer, article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/issues/0/name", message: expect.stringMatching(/expected string/) });
  });

  it("reports an unknown key rather than dropping it", () => {
    const answer = llmAnswer();
    answer.actors[0].confidence = 0.9;
    const result = fromLlmOutput(answer, article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/actors/0/confidence" });
  });

  it("reports a __proto__ key as an unknown key rather than losing it", () => {
    const answer = JSON.parse(JSON.stringify(llmAnswer()).replace('{"kind":"state"', '{"__proto__":{"x":1},"kind":"state"')) as unknown;
    const result = fromLlmOutput(answer, article);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: "shape", pointer: "/actors/0/__proto__" });
  });

  it("reports input nested too deeply to check instead of throwing", () => {
    let deep: unknown = [];
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const result = fromLlmOutput({ actors: deep });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.code).toBe("too-deep");
  });

  it("rejects output that is not an object", () => {
    for (const output of [null, 3, []]) {
      const result = fromLlmOutput(output);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]!.code).toBe("shape");
    }
  });
});
