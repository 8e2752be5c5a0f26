import { describe, expect, it } from "vitest";
import { documentRows, mergeCorpus } from "../../src/corpus/index.js";
import { validateDocument, type NewsDocument } from "../../src/index.js";

interface ActorSpec {
  readonly id: string;
  readonly kind: "person" | "state" | "unnamed-source";
  readonly name: string;
  readonly wikidata?: string;
}

/** A valid one-sentence document: its actors, and a meeting between the first two at the given day. */
function article(actors: readonly ActorSpec[], meetingDay?: string): NewsDocument {
  const text = `${actors.map((actor) => actor.name).join(" and ")} met.`;
  const evidence = actors.map((actor, index) => {
    const start = actors.slice(0, index).reduce((offset, earlier) => offset + earlier.name.length + " and ".length, 0);
    return { id: `ev-${actor.id}`, start, end: start + actor.name.length, quote: actor.name };
  });
  const met = { id: "ev-met", start: 0, end: text.length, quote: text };
  const document = {
    schemaVersion: 2,
    article: { text, offsetUnit: "utf-16-code-unit", referenceDate: meetingDay ?? "2004-02-26" },
    actors: actors.map((actor) => ({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      evidenceIds: [`ev-${actor.id}`],
      ...(actor.wikidata ? { externalIds: { wikidata: actor.wikidata } } : {}),
      ...(actor.kind === "unnamed-source" ? { plural: true } : {}),
    })),
    places: [],
    posts: [],
    delegations: [],
    series: [],
    meetings:
      meetingDay === undefined
        ? []
        : [
            {
              id: "talks",
              label: "the talks",
              kind: "bilateral",
              status: "held",
              timeId: "day",
              participants: actors.slice(0, 2).map((actor) => ({ kind: "actor", actorId: actor.id, role: "party" })),
              evidenceIds: ["ev-met"],
            },
          ],
    positions: [],
    issues: [],
    happenings: [],
    times:
      meetingDay === undefined
        ? []
        : [
            {
              kind: "point",
              id: "day",
              text: "met",
              value: { precision: "day", year: Number(meetingDay.slice(0, 4)), month: Number(meetingDay.slice(5, 7)), day: Number(meetingDay.slice(8, 10)) },
              evidenceIds: ["ev-met"],
              resolved: { start: `${meetingDay}T00:00:00+09:00`, end: `${meetingDay}T23:59:59+09:00`, precision: "day", utcOffset: "+09:00" },
              inferred: [{ path: "/resolved", basis: "context", reason: "The test's article is dated the day of the meeting." }],
            },
          ],
    attributions: [],
    evidence: [...evidence, met],
  };
  const result = validateDocument(document);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.document;
}

const groupOf = (merged: ReturnType<typeof mergeCorpus>, document: number, id: string) =>
  merged.actors.find((actor) => actor.members.some((member) => member.document === document && member.id === id));

describe("mergeCorpus", () => {
  it("links one person under two spellings by Wikidata id, and says so", () => {
    const merged = mergeCorpus([
      article([{ id: "kim", kind: "person", name: "Kim Yong Il", wikidata: "Q484761" }]),
      article([{ id: "kim-yong-il", kind: "person", name: "Kim Yong-il", wikidata: "Q484761" }]),
    ]);
    const kim = groupOf(merged, 0, "kim");
    expect(kim?.members).toEqual([
      { document: 0, id: "kim" },
      { document: 1, id: "kim-yong-il" },
    ]);
    expect(kim?.id).toBe("Q484761");
    expect(kim?.reasons).toEqual(["kim (document 0) = kim-yong-il (document 1): same Wikidata id Q484761"]);
  });

  it("links two people of the same kind and name, case and punctuation aside", () => {
    const merged = mergeCorpus([article([{ id: "a", kind: "person", name: "Mitoji Yabunaka" }]), article([{ id: "b", kind: "person", name: "mitoji yabunaka." }])]);
    expect(groupOf(merged, 0, "a")?.members).toHaveLength(2);
    expect(groupOf(merged, 0, "a")?.reasons[0]).toMatch(/same kind \(person\) and name "mitoji yabunaka"/);
  });

  it("never links by name when the kinds differ", () => {
    const merged = mergeCorpus([article([{ id: "jordan", kind: "person", name: "Jordan" }]), article([{ id: "jordan", kind: "state", name: "Jordan" }])]);
    expect(merged.actors).toHaveLength(2);
    expect(merged.actors.every((actor) => actor.members.length === 1)).toBe(true);
  });

  it("never links two people whose Wikidata ids differ, whatever their names", () => {
    const merged = mergeCorpus([
      article([{ id: "a", kind: "person", name: "Kim Jong Un", wikidata: "Q56226" }]),
      article([{ id: "b", kind: "person", name: "Kim Jong Un", wikidata: "Q999" }]),
    ]);
    expect(merged.actors).toHaveLength(2);
  });

  it("never links unnamed sources by their description", () => {
    const merged = mergeCorpus([article([{ id: "officials", kind: "unnamed-source", name: "officials" }]), article([{ id: "officials", kind: "unnamed-source", name: "officials" }])]);
    expect(merged.actors).toHaveLength(2);
  });

  it("never links two actors of one document", () => {
    const merged = mergeCorpus([article([{ id: "a", kind: "person", name: "Li" }, { id: "b", kind: "person", name: "Li" }]), article([{ id: "c", kind: "person", name: "Li" }])]);
    const groups = merged.actors.map((actor) => actor.members.map((member) => `${member.document}:${member.id}`).sort());
    expect(groups).toContainEqual(["0:a", "1:c"]);
    expect(groups).toContainEqual(["0:b"]);
  });

  const japanAndNorthKorea = (day: string) =>
    article(
      [
        { id: "japan", kind: "state", name: "Japan", wikidata: "Q17" },
        { id: "dprk", kind: "state", name: "North Korea", wikidata: "Q423" },
      ],
      day,
    );

  it("merges one meeting reported by two articles, and each article keeps its own evidence", () => {
    const documents = [japanAndNorthKorea("2004-02-25"), japanAndNorthKorea("2004-02-25")];
    const merged = mergeCorpus(documents);
    const talks = merged.events.find((event) => event.members.length === 2);
    expect(talks?.members).toEqual([
      { document: 0, id: "talks" },
      { document: 1, id: "talks" },
    ]);
    expect(talks?.reasons[0]).toMatch(/same meeting bilateral, participants Q17, Q423 and overlapping times/);
    const rows = documents.map((document, index) => documentRows(document, merged.idsOf(index)));
    expect(rows[0]!.events[0]!.corpus_event_id).toBe(rows[1]!.events[0]!.corpus_event_id);
    expect(rows.flatMap((row) => row.mentions.filter((mention) => mention.object_id === "talks"))).toHaveLength(2);
    expect(rows[0]!.actors.map((actor) => actor.corpus_actor_id)).toEqual(["Q17", "Q423"]);
  });

  it("does not merge meetings of the same parties on different days", () => {
    const merged = mergeCorpus([japanAndNorthKorea("2004-02-25"), japanAndNorthKorea("2004-03-15")]);
    expect(merged.events.every((event) => event.members.length === 1)).toBe(true);
    expect(merged.actors.filter((actor) => actor.members.length === 2)).toHaveLength(2);
  });
});
