import { describe, expect, it } from "vitest";
import { indexDocument, NewsDocument, summarize, validateDocument } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { talksDocument, talksInput } from "../query/talks-document.js";

describe("summarize", () => {
  const text = summarize(talksDocument());
  const sectionOf = (title: string) => {
    const lines = text.split("\n");
    const start = lines.findIndex((line) => line.startsWith(`${title} (`));
    const end = lines.indexOf("", start);
    return lines.slice(start, end === -1 ? undefined : end);
  };

  it("opens with the headline, publisher and dates", () => {
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Ruritania and Freedonia talk in Geneva",
      "Example Wire, published Wednesday 12 March 2031",
      "Reference date: Wednesday 12 March 2031",
    ]);
  });

  it("lists meetings with their status", () => {
    expect(sectionOf("Meetings")).toEqual([
      "Meetings (3)",
      "  - [held] formal bilateral meeting of the Ruritanian and Freedonian delegations, Geneva, Tuesday 11 March 2031",
      "  - [held] informal bilateral meeting of the deputy heads of the Ruritanian and Freedonian delegations, on the sidelines of formal talks in Geneva, Geneva, Monday 10 March 2031, night",
      "  - [proposed] formal bilateral meeting of Ruritania and Freedonia, 1–10 May 2031",
    ]);
  });

  it("lists positions as threads, each answer under what it answers", () => {
    expect(sectionOf("Positions")).toEqual([
      "Positions (6)",
      "  - Ruritania's proposal, voiced by Anna Berg to the Freedonian delegation: Ruritania wants a new round in early May.",
      "      ↳ Freedonia's rejection, addressed to Ruritania, answering Ruritania's proposal: Freedonia rejected the proposal.",
      "          ↳ the Ruritanian delegation's negative response, answering Freedonia's rejection: Ruritania regretted the rejection.",
      "  - Freedonia's assertion: Ruritania had promised aid. (reported by sources)",
      "      ↳ Ruritania's denial, answering Freedonia's assertion: Ruritania denied that it had promised aid. (reported by sources)",
      "  - Ruritania's promise, addressed to Freedonia: Ruritania promised aid to Freedonia. (alleged, as reported by sources)",
    ]);
  });

  it("lists happenings with their certainty, and actors and delegations in full", () => {
    expect(sectionOf("Happenings").slice(1)).toEqual([
      "  - message relay: Holt carried the message home (believed, as reported by Ruritanian officials)",
    ]);
    expect(sectionOf("Actors")[0]).toBe("Actors (9)");
    expect(sectionOf("Delegations")[1]).toBe("  - the Ruritanian delegation, representing Ruritania: head Anna Berg, deputy head Tomas Holt");
  });

  it("ends with a timeline that shows each interval's bounds and mode", () => {
    const lines = sectionOf("Timeline");
    expect(lines[1]).toBe(
      "  - Monday 10 March 2031, night [2031-03-10T18:00:00+01:00 to 2031-03-11T00:00:00+01:00) happened: informal bilateral meeting of the deputy heads of the Ruritanian and Freedonian delegations, on the sidelines of formal talks in Geneva, Geneva, Monday 10 March 2031, night",
    );
    expect(lines.at(-1)).toMatch(/^ {2}- 1–10 May 2031 \[2031-05-01T00:00:00\+01:00 to 2031-05-11T00:00:00\+01:00\) planned: formal bilateral meeting of Ruritania and Freedonia/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}- Tuesday 11 March 2031 .* happened: Ruritania's proposal/));
    expect(text.endsWith("\n")).toBe(false);
  });

  it("marks an inferred reference date, leaves out empty sections and says when there is no headline", () => {
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    const small = summarize(indexDocument(result.document));
    expect(small.split("\n").slice(0, 2)).toEqual(["(no headline)", "Reference date: Thursday 26 February 2004 (inferred, not stated)"]);
    expect(small).not.toMatch(/^Positions/m);
    expect(small).toMatch(/^Series of talks \(2\)$/m);
  });

  it("marks a time it cannot resolve in the timeline, and shows the address of the article", () => {
    const input = talksInput();
    input.times[2] = { kind: "point", id: "time-early-may", text: "early May", value: { precision: "month", month: 5, modifier: "early" }, evidenceIds: [] } as never;
    Object.assign(input.article, { url: "https://example.org/talks", publisher: undefined, published: "2031-03-12T09:30:00+01:00" });
    delete (input.article as { publisher?: string }).publisher;
    const summary = summarize(NewsDocument.parse(input));
    expect(summary.split("\n").slice(1, 4)).toEqual(["published Wednesday 12 March 2031", "Reference date: Wednesday 12 March 2031", "https://example.org/talks"]);
    expect(summary).toMatch(/^ {2}- "early May" \(unresolved\) planned: formal bilateral meeting/m);
  });

  it("treats an answer to a position the document lacks as the start of a thread", () => {
    const input = talksInput();
    input.positions = input.positions.filter((position) => position.id !== "fre-assertion");
    const summary = summarize(NewsDocument.parse(input));
    expect(summary).toMatch(/^ {2}- Ruritania's denial: Ruritania denied that it had promised aid\. \(reported by sources\)$/m);
  });
});
