import { describe, expect, it } from "vitest";
import { indexDocument, NewsDocument, timeline, validateDocument } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { talksDocument, talksInput } from "../query/talks-document.js";

const rows = (entries: ReturnType<typeof timeline>) => entries.map((entry) => `${entry.subject.entity.id}/${entry.field} ${entry.mode} ${entry.source}`);

describe("timeline", () => {
  it("lists every dated thing in order of time, planned things apart from what happened", () => {
    expect(rows(timeline(talksDocument()))).toEqual([
      "deputies-monday-night/timeId happened stored",
      "geneva-talks/timeId happened stored",
      "berg-proposal/timeId happened stored",
      "post-berg/heldAtId happened stored",
      "att-officials/saidAtId happened stored",
      "new-round/timeId planned resolved",
    ]);
  });

  it("files a position under when it was voiced, not under the time it proposes", () => {
    const input = talksInput();
    delete (input.positions[0] as { timeId?: string }).timeId;
    const entries = timeline(NewsDocument.parse(input));
    const proposal = entries.filter((entry) => entry.subject.entity.id === "berg-proposal");
    expect(proposal.map((entry) => [entry.field, entry.mode])).toEqual([["voicedAtId", "happened"]]);
    expect(proposal[0]?.time.id).toBe(input.meetings.find((m) => m.id === input.positions[0]!.voicedAtId)?.timeId);
    expect(entries.map((entry) => entry.field)).not.toContain("actions/timeId");
  });

  it("shows each entry's earliest and latest instant and says when in words", () => {
    const [first] = timeline(talksDocument());
    expect(first).toMatchObject({
      earliest: "2031-03-10T18:00:00+01:00",
      latest: "2031-03-11T00:00:00+01:00",
      when: "Monday 10 March 2031, night",
      what: "informal bilateral meeting of the deputy heads of the Ruritanian and Freedonian delegations, on the sidelines of formal talks in Geneva, Geneva, Monday 10 March 2031, night",
    });
    expect(first?.time.text).toBe("Monday night");
  });

  it("works out a time with no stored interval with the time helpers", () => {
    const planned = timeline(talksDocument(), { mode: "planned" });
    expect(planned.map((entry) => [entry.subject.entity.id, entry.earliest, entry.latest, entry.source])).toEqual([
      ["new-round", "2031-05-01T00:00:00+01:00", "2031-05-11T00:00:00+01:00", "resolved"],
    ]);
  });

  it("orders instants written in different offsets by the moment they name", () => {
    const input = talksInput();
    input.times.push({ kind: "point", id: "time-tokyo", text: "Monday evening in Tokyo", value: { precision: "part-of-day", day: 10, partOfDay: "evening" },
      resolved: { start: "2031-03-11T01:00:00+09:00", end: "2031-03-11T05:00:00+09:00", precision: "part-of-day", utcOffset: "+09:00" }, evidenceIds: [] } as never);
    Object.assign(input.happenings[0]!, { timeId: "time-tokyo" });
    const ids: string[] = timeline(NewsDocument.parse(input)).map((entry) => entry.subject.entity.id);
    expect(ids.indexOf("message-home")).toBeLessThan(ids.indexOf("deputies-monday-night"));
  });

  it("lists things it cannot date last, with the reason, or leaves them out", () => {
    const input = talksInput();
    input.times[2] = { kind: "point", id: "time-early-may", text: "early May", value: { precision: "month", month: 5, modifier: "early" }, evidenceIds: [] } as never;
    const document = NewsDocument.parse(input);
    const entries = timeline(document);
    expect(entries.filter((entry) => entry.source === "unresolved").map((entry) => [entry.subject.entity.id, entry.source, entry.when, entry.earliest])).toEqual([
      ["new-round", "unresolved", '"early May"', undefined],
    ]);
    expect(entries.at(-1)?.subject.entity.id).toBe("new-round");
    expect(entries.at(-1)?.problem).toMatch(/direction/);
    expect(timeline(document, { unresolved: "omit" }).map((entry) => entry.source)).not.toContain("unresolved");
  });

  it("tells a called-off meeting apart, and takes an index as well as a document", () => {
    const input = talksInput();
    Object.assign(input.meetings[2]!, { status: "cancelled" });
    const index = indexDocument(NewsDocument.parse(input));
    expect(timeline(index, { mode: "called-off" }).map((entry) => entry.subject.entity.id)).toEqual(["new-round"]);
    expect(timeline(index, { mode: "planned" })).toEqual([]);
  });

  it("dates the small document's planned round and the sources' Thursday", () => {
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    expect(timeline(result.document).map((entry) => [entry.subject.entity.id, entry.mode, entry.when])).toEqual([
      ["att-sources-1", "happened", "Thursday 26 February 2004"],
      ["next-round", "planned", "11–20 March 2004"],
    ]);
  });

  it("gives an empty timeline for a document with nothing dated", () => {
    const input = talksInput();
    input.times = [];
    for (const meeting of input.meetings) delete (meeting as { timeId?: string }).timeId;
    delete (input.positions[0] as { timeId?: string }).timeId;
    input.positions[0]!.actions = [];
    delete (input.posts[0] as { heldAtId?: string }).heldAtId;
    delete (input.attributions[0] as { saidAtId?: string }).saidAtId;
    const result = validateDocument(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(timeline(result.document)).toEqual([]);
  });
});
