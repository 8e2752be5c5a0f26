import type { NewsDocumentInput } from "../../src/index.js";

/**
 * The first two sentences of the source article, with a handful of facts drawn from
 * them: small enough to read in a test, real enough to exercise every check.
 */
export const SMALL_TEXT =
  "Japan and North Korea are trying to schedule their next round talks on bilateral issues, including the Japanese abducted by the North, in mid-March, diplomatic sources said Thursday.\n\nThe two countries are working on finalizing the arrangements in discussions on the sidelines of the six-party talks on the North’s nuclear threat that are taking place in Beijing, the sources said.";

function span(id: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = SMALL_TEXT.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { id, start, end: start + quote.length, quote };
}

/** A fresh copy of a small valid document drawn from the article's first two sentences. */
export function smallDocument() {
  return {
    schemaVersion: 2,
    article: {
      text: SMALL_TEXT,
      offsetUnit: "utf-16-code-unit",
      referenceDate: "2004-02-26",
      language: "en",
      inferred: [
        {
          path: "/referenceDate",
          basis: "context",
          reason: "The article gives no date; its weekdays fit the six-party talks that opened in Beijing on Wednesday 25 February 2004, so 'Thursday' is 26 February 2004.",
        },
      ],
    },
    actors: [
      { kind: "state", id: "japan", name: "Japan", iso3: "JPN", iso2: "JP", evidenceIds: ["ev-japan"],
        inferred: [{ path: "/iso3", basis: "world-knowledge", reason: "ISO 3166-1 code of the state the article names." },
                   { path: "/iso2", basis: "world-knowledge", reason: "ISO 3166-1 code of the state the article names." }] },
      { kind: "state", id: "north-korea", name: "North Korea", aliases: [{ text: "the North", kind: "descriptor" }], evidenceIds: ["ev-north-korea"] },
      { kind: "unnamed-source", id: "diplomatic-sources", name: "diplomatic sources", plural: true, evidenceIds: ["ev-sources"] },
    ],
    places: [{ id: "beijing", name: "Beijing", kind: "city", evidenceIds: ["ev-beijing"] }],
    posts: [],
    delegations: [],
    series: [
      { id: "jp-nk-talks", name: "Japan–North Korea bilateral talks", kind: "bilateral", partyIds: ["japan", "north-korea"], issueIds: ["bilateral-issues"], evidenceIds: ["ev-next-round"] },
      { id: "six-party-talks", name: "the six-party talks", kind: "multilateral", partyIds: ["japan", "north-korea"], issueIds: ["nuclear-issue"], evidenceIds: ["ev-six-party"] },
    ],
    meetings: [
      { id: "six-party-round", label: "the six-party talks in Beijing", kind: "multilateral", formality: "formal", status: "under-way",
        seriesId: "six-party-talks", placeId: "beijing", participants: [], evidenceIds: ["ev-six-party"],
        attributionIds: ["att-sources-2"] },
      { id: "next-round", label: "the next round of bilateral talks", kind: "bilateral", formality: "formal", status: "being-scheduled",
        seriesId: "jp-nk-talks", round: { relation: "next" }, timeId: "time-mid-march",
        participants: [{ kind: "actor", actorId: "japan", role: "party" }, { kind: "actor", actorId: "north-korea", role: "party" }],
        issueIds: ["bilateral-issues", "abduction-issue"], evidenceIds: ["ev-next-round"], attributionIds: ["att-sources-1"] },
    ],
    positions: [],
    issues: [
      { id: "bilateral-issues", name: "bilateral issues", evidenceIds: ["ev-bilateral"] },
      { id: "abduction-issue", name: "the Japanese abducted by the North", parentId: "bilateral-issues", evidenceIds: ["ev-abducted"] },
      { id: "nuclear-issue", name: "the North’s nuclear threat", evidenceIds: ["ev-nuclear"] },
    ],
    happenings: [],
    times: [
      { kind: "point", id: "time-mid-march", text: "mid-March", value: { precision: "month", month: 3, modifier: "mid", direction: "future" }, evidenceIds: ["ev-mid-march"] },
      { kind: "point", id: "time-thursday", text: "Thursday", value: { precision: "day", weekday: "thursday", direction: "past" }, evidenceIds: ["ev-thursday"],
        resolved: { start: "2004-02-26T00:00:00+09:00", end: "2004-02-27T00:00:00+09:00", precision: "day", utcOffset: "+09:00" } },
    ],
    attributions: [
      { id: "att-sources-1", sourceId: "diplomatic-sources", certainty: "reported", saidAtId: "time-thursday", evidenceIds: ["ev-sources-said"] },
      { id: "att-sources-2", sourceId: "diplomatic-sources", certainty: "reported", evidenceIds: ["ev-the-sources-said"] },
    ],
    evidence: [
      span("ev-japan", "Japan"),
      span("ev-north-korea", "North Korea"),
      span("ev-sources", "diplomatic sources"),
      span("ev-sources-said", "diplomatic sources said Thursday"),
      span("ev-thursday", "Thursday"),
      span("ev-next-round", "trying to schedule their next round talks on bilateral issues"),
      span("ev-bilateral", "bilateral issues"),
      span("ev-abducted", "the Japanese abducted by the North"),
      span("ev-mid-march", "mid-March"),
      span("ev-six-party", "the six-party talks on the North’s nuclear threat that are taking place in Beijing"),
      span("ev-nuclear", "the North’s nuclear threat"),
      span("ev-beijing", "Beijing"),
      span("ev-the-sources-said", "the sources said"),
    ],
  } satisfies NewsDocumentInput;
}
