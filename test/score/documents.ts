// Documents for the scoring tests: a small hand-built one whose scores can be worked
// out by hand, and ways to damage a document in one known way.
import { NewsDocument, walkDocument, type NewsDocumentInput } from "../../src/index.js";

export const TEXT =
  "Japan demanded that North Korea release the families. Saiki told Li that Japan wants talks in March. The two sides met on Wednesday in Beijing.";

export function span(id: string, quote: string) {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { id, start, end: start + quote.length, quote };
}

/**
 * Four actors, a place, two times, one meeting and two positions. Its twelve arguments:
 * the meeting's two participants, time and place; the demand's holder, addressee and
 * action; the proposal's holder, voice, addressee, action and time.
 */
export function smallInput() {
  return {
    schemaVersion: 2,
    article: { text: TEXT, offsetUnit: "utf-16-code-unit", referenceDate: "2004-02-26" },
    actors: [
      { kind: "state", id: "japan", name: "Japan", externalIds: { wikidata: "Q17" }, evidenceIds: ["ev-japan"] },
      { kind: "state", id: "north-korea", name: "North Korea", externalIds: { wikidata: "Q423" }, evidenceIds: ["ev-north-korea"] },
      { kind: "person", id: "saiki", name: "Akitaka Saiki", aliases: [{ text: "Saiki", kind: "name" }], evidenceIds: ["ev-saiki"] },
      { kind: "person", id: "li", name: "Li Gun", aliases: [{ text: "Li", kind: "name" }], evidenceIds: ["ev-li"] },
    ],
    places: [{ id: "beijing", name: "Beijing", evidenceIds: ["ev-beijing"] }],
    posts: [],
    delegations: [],
    series: [],
    meetings: [
      {
        id: "m-wednesday",
        label: "the talks on Wednesday",
        kind: "bilateral",
        status: "held",
        placeId: "beijing",
        timeId: "t-wednesday",
        participants: [
          { kind: "actor", actorId: "japan", role: "party" },
          { kind: "actor", actorId: "north-korea", role: "party" },
        ],
        evidenceIds: ["ev-met"],
      },
    ],
    positions: [
      {
        id: "p-demand",
        kind: "demand",
        holderIds: ["japan"],
        addresseeIds: ["north-korea"],
        content: "Japan demanded that North Korea release the families.",
        actions: [{ verb: "release", act: "release", agentIds: ["north-korea"] }],
        evidenceIds: ["ev-demand"],
      },
      {
        id: "p-proposal",
        kind: "proposal",
        holderIds: ["japan"],
        voicedById: "saiki",
        addresseeIds: ["li"],
        content: "Japan wants talks in March.",
        actions: [{ verb: "hold", act: "meet" }],
        timeId: "t-march",
        evidenceIds: ["ev-proposal"],
      },
    ],
    issues: [],
    happenings: [],
    times: [
      {
        kind: "point",
        id: "t-wednesday",
        text: "Wednesday",
        value: { precision: "day", weekday: "wednesday", direction: "past" },
        resolved: { start: "2004-02-25T00:00:00+08:00", end: "2004-02-26T00:00:00+08:00", precision: "day", utcOffset: "+08:00" },
        evidenceIds: ["ev-wednesday"],
      },
      {
        kind: "point",
        id: "t-march",
        text: "in March",
        value: { precision: "month", month: 3, direction: "future" },
        resolved: { start: "2004-03-01T00:00:00+08:00", end: "2004-04-01T00:00:00+08:00", precision: "month", utcOffset: "+08:00" },
        evidenceIds: ["ev-march"],
      },
    ],
    attributions: [],
    evidence: [
      span("ev-japan", "Japan"),
      span("ev-north-korea", "North Korea"),
      span("ev-saiki", "Saiki"),
      span("ev-li", "Li"),
      span("ev-beijing", "Beijing"),
      span("ev-demand", "Japan demanded that North Korea release the families."),
      span("ev-proposal", "Saiki told Li that Japan wants talks in March."),
      span("ev-met", "The two sides met on Wednesday in Beijing."),
      span("ev-wednesday", "Wednesday"),
      span("ev-march", "in March"),
    ],
  } satisfies NewsDocumentInput;
}

/** The small document, parsed; `change` edits a fresh copy of its input first. */
export function small(change: (input: ReturnType<typeof smallInput>) => void = () => {}): NewsDocument {
  const input = smallInput();
  change(input);
  return NewsDocument.parse(input);
}

/** A deep copy that can be edited freely. */
export function copy(document: NewsDocument): NewsDocument {
  return structuredClone(document);
}

type Mutable = { [key: string]: unknown };

/**
 * The document with every id renamed (`japan` becomes `x-japan`), in every collection
 * and every reference, found through the schemas' reference declarations.
 */
export function renameIds(document: NewsDocument, rename: (id: string) => string = (id) => `x-${id}`): NewsDocument {
  const renamed = copy(document);
  const sets: (() => void)[] = [];
  walkDocument(renamed, {
    entity: ({ entity }) => sets.push(() => ((entity as unknown as Mutable).id = rename(entity.id))),
    reference: (_site, id, path) =>
      sets.push(() => {
        let holder: unknown = renamed;
        for (const key of path.slice(0, -1)) holder = (holder as Mutable)[key as string];
        (holder as Mutable)[path.at(-1) as string] = rename(id);
      }),
  });
  for (const set of sets) set();
  return renamed;
}

/** Moves every evidence span `by` characters to the right, within the text. */
export function shiftEvidence(document: NewsDocument, by: number): NewsDocument {
  const shifted = copy(document);
  const length = shifted.article.text.length;
  shifted.evidence = shifted.evidence.map((span) => {
    const start = Math.min(span.start + by, length - 1);
    const end = Math.min(span.end + by, length);
    return { ...span, start, end, quote: shifted.article.text.slice(start, end) };
  });
  return shifted;
}
