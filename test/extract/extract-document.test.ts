import { describe, expect, it } from "vitest";
import { ARTICLE_TEXT, japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { extractDocument, problemsForModel, problem, toLlmOutput, type ChatMessage } from "../../src/index.js";

const right = JSON.stringify(toLlmOutput(japanNorthKorea2004));
// The shape of a first answer that a model commonly gets wrong: one quote paraphrased, one id misspelt.
const wrong = right.replace('"quote":"Li showed a positive attitude toward the proposal"', '"quote":"Li reacted positively to the proposal"').replace('"voicedById":"akitaka-saiki"', '"voicedById":"saiki"');

/** A `complete` that gives the scripted answers in turn and records what it was sent. */
function scripted(...answers: string[]) {
  const sent: (readonly ChatMessage[])[] = [];
  const complete = async (messages: readonly ChatMessage[]) => {
    sent.push(messages);
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)]!;
    return answer;
  };
  return { complete, sent };
}

describe("extractDocument", () => {
  it("asks again with the problems of a wrong answer and returns the corrected document after two attempts", async () => {
    expect(wrong).not.toBe(right);
    const model = scripted(wrong, right);
    const result = await extractDocument({ article: ARTICLE_TEXT, complete: model.complete, maxAttempts: 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual(japanNorthKorea2004);
    expect(result.attempts).toHaveLength(2);
    expect(result.attempts[0]!.answer).toBe(wrong);
    expect(result.attempts[0]!.problems.map((found) => found.code).sort()).toEqual(["dangling-reference", "quote-not-found"]);
    expect(result.attempts[1]!.problems).toEqual([]);
    // The second request is the first, the model's own answer, and the corrections.
    const second = model.sent[1]!;
    expect(second.slice(0, 2)).toEqual(model.sent[0]);
    expect(second[2]).toEqual({ role: "assistant", content: wrong });
    expect(second[3]).toEqual({ role: "user", content: problemsForModel(result.attempts[0]!.problems) });
    expect(second[3]!.content).toContain("Li reacted positively to the proposal");
  });

  it("returns the last problems after maxAttempts answers that never become valid, every attempt kept", async () => {
    const model = scripted(wrong);
    const result = await extractDocument({ article: ARTICLE_TEXT, complete: model.complete, maxAttempts: 4 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.attempts).toHaveLength(4);
    expect(model.sent).toHaveLength(4);
    expect(model.sent[3]).toHaveLength(2 + 2 * 3);
    expect(result.problems).toEqual(result.attempts[3]!.problems);
    expect(result.problems.map((found) => found.pointer)).toContain("/positions/1/voicedById");
  });

  it("sends the prompt built from the article first, and stops at the first valid answer", async () => {
    const model = scripted(right);
    const result = await extractDocument({ article: { text: ARTICLE_TEXT }, complete: model.complete });
    expect(result.ok && result.attempts.length).toBe(1);
    expect(model.sent[0]!.map((message) => message.role)).toEqual(["system", "user"]);
    expect(model.sent[0]![1]!.content).toContain(ARTICLE_TEXT);
  });

  it("keeps a reply that is not JSON as an attempt with an invalid-json problem", async () => {
    const model = scripted("I cannot help with that.", right);
    const result = await extractDocument({ article: ARTICLE_TEXT, complete: model.complete, maxAttempts: 2 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.attempts[0]!.problems[0]!.code).toBe("invalid-json");
  });

  it("passes on a failure of the user's complete function, and refuses a maxAttempts below one", async () => {
    await expect(extractDocument({ article: ARTICLE_TEXT, complete: () => Promise.reject(new Error("rate limited")) })).rejects.toThrow("rate limited");
    await expect(extractDocument({ article: ARTICLE_TEXT, complete: async () => right, maxAttempts: 0 })).rejects.toThrow(/maxAttempts must be a whole number of at least 1/);
  });
});

describe("problemsForModel", () => {
  it("writes one line a problem, after a sentence that asks for the whole corrected answer", () => {
    const text = problemsForModel([problem("quote-not-found", ["evidence", 2, "quote"], 'the quote "Tokio" is not in the article')]);
    expect(text.split("\n")).toEqual([
      expect.stringMatching(/^Your answer is not yet a valid document: 1 problem\. .*Answer again with the whole corrected document in the same form/),
      '- /evidence/2/quote: the quote "Tokio" is not in the article (quote-not-found)',
    ]);
  });

  it("counts the problems past the limit by code, so the message stays short", () => {
    const many = Array.from({ length: 45 }, (_, index) => problem(index % 2 ? "shape" : "dangling-reference", ["actors", index, "id"], "wrong"));
    const lines = problemsForModel(many, { limit: 40 }).split("\n");
    expect(lines).toHaveLength(1 + 40 + 1);
    expect(lines.at(-1)).toBe("- and 5 more: 3 dangling-reference, 2 shape");
  });
});
