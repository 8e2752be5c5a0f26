import { describe, expect, it } from "vitest";
import { NewsDocument, PositionId, indexDocument, responseThread, type ResponseThread } from "../../src/index.js";
import { talksDocument, talksInput } from "./talks-document.js";

const index = indexDocument(talksDocument());
const outline = (thread: ResponseThread | undefined): unknown =>
  thread && [`${thread.depth}:${thread.position.id}`, ...thread.responses.map(outline)];

describe("responseThread", () => {
  it("follows answers to answers, transitively", () => {
    expect(outline(responseThread(index, PositionId.parse("berg-proposal")))).toEqual([
      "0:berg-proposal",
      ["1:fre-rejection", ["2:rur-regret"]],
    ]);
  });

  it("starts a thread anywhere, and ends where nothing answers", () => {
    expect(outline(responseThread(index, PositionId.parse("fre-assertion")))).toEqual(["0:fre-assertion", ["1:rur-denial"]]);
    expect(outline(responseThread(index, PositionId.parse("rur-denial")))).toEqual(["0:rur-denial"]);
  });

  it("lists several answers to one position in document order", () => {
    const input = talksInput();
    input.positions.push({ id: "late-answer", kind: "acceptance", holderIds: ["freedonia"], answersId: "berg-proposal", content: "Later accepted.", evidenceIds: [] } as never);
    const thread = responseThread(indexDocument(NewsDocument.parse(input)), PositionId.parse("berg-proposal"));
    expect(thread?.responses.map((reply) => reply.position.id)).toEqual(["fre-rejection", "late-answer"]);
  });

  it("shows each position once where an invalid document's answers loop", () => {
    const input = talksInput();
    (input.positions[0] as { answersId?: string }).answersId = "rur-regret";
    expect(outline(responseThread(indexDocument(NewsDocument.parse(input)), PositionId.parse("berg-proposal")))).toEqual([
      "0:berg-proposal",
      ["1:fre-rejection", ["2:rur-regret"]],
    ]);
  });

  it("returns undefined for an id that names no position", () => {
    expect(responseThread(index, PositionId.parse("geneva-talks"))).toBeUndefined();
  });
});
