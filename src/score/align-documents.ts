import type { Actor } from "../model/actor.js";
import type { Attribution } from "../model/attribution.js";
import type { Delegation } from "../model/delegation.js";
import type { NewsDocument } from "../model/document.js";
import type { Happening } from "../model/happening.js";
import type { Meeting } from "../model/meeting.js";
import type { Place } from "../model/place.js";
import type { Position } from "../model/position.js";
import type { ResolvedInterval, TimeExpression } from "../model/time.js";
import { resolveDocumentTimes } from "../time/resolve-document-times.js";
import { assign } from "./_lib/assign.js";
import { meetingParties, timesCompatible } from "./_lib/facts.js";
import { namesOf, normalizeName } from "../query/_lib/names.js";
import { evidenceRanges, jaccard, rangeDice, type Ranges } from "./_lib/text.js";

/**
 * The collections of a document that {@link alignDocuments} matches one-to-one, in the
 * order it matches them: each later one compares references through the earlier ones.
 *
 * @remarks `places` and `delegations` are aligned so that the places and holders of
 * facts can be compared; {@link scoreDocument} scores the other six.
 * @group Scoring
 */
export const ALIGNED_COLLECTIONS = ["actors", "places", "delegations", "times", "attributions", "meetings", "positions", "happenings"] as const;

/**
 * A collection of a document that {@link alignDocuments} matches one-to-one.
 * @group Scoring
 */
export type AlignedCollection = (typeof ALIGNED_COLLECTIONS)[number];

/**
 * Two objects, one of the gold document and one of the prediction, matched to each
 * other, with the similarity the matching used and why.
 * @example
 * ```ts
 * const pair: AlignedPair = { goldId: "japan", predictedId: "jp", similarity: 0.95, reasons: ["same Wikidata id Q17"] };
 * ```
 * @group Scoring
 */
export interface AlignedPair {
  /** The id in the gold document. */
  readonly goldId: string;
  /** The id in the predicted document. */
  readonly predictedId: string;
  /** How alike the two are, from 0 to 1. */
  readonly similarity: number;
  /** What made them alike or apart, in words: "same kind (demand)", "evidence overlaps 82%". */
  readonly reasons: readonly string[];
}

/**
 * An object of one document that was matched to nothing in the other, and why.
 * @example
 * ```ts
 * const missed: UnalignedItem = { id: "pos-japan-denial", reason: "nothing in the other document is similar enough", best: undefined };
 * ```
 * @group Scoring
 */
export interface UnalignedItem {
  /** Its id in its own document. */
  readonly id: string;
  /** Why it was not matched. */
  readonly reason: string;
  /** The most similar object of the other document, where there was any similarity at all. */
  readonly best:
    | {
        /** Its id in the other document. */
        readonly id: string;
        /** How alike the two are, from 0 to 1. */
        readonly similarity: number;
        /** What made them alike or apart, in words. */
        readonly reasons: readonly string[];
      }
    | undefined;
}

/**
 * The matching of one collection: the pairs, and what each side has left over.
 * @group Scoring
 */
export interface CollectionAlignment {
  /** The matched pairs, in the gold document's order. */
  readonly pairs: readonly AlignedPair[];
  /** Gold objects with no match: what the prediction missed. */
  readonly unmatchedGold: readonly UnalignedItem[];
  /** Predicted objects with no match: what the prediction added. */
  readonly unmatchedPredicted: readonly UnalignedItem[];
}

/**
 * The optimal one-to-one matching of two documents, collection by collection, as made
 * by {@link alignDocuments}.
 * @group Scoring
 */
export type DocumentAlignment = {
  /** The matching of each collection. */
  readonly [Collection in AlignedCollection]: CollectionAlignment;
} & {
  /** What the caller should know about the comparison, such as article texts that differ. */
  readonly warnings: readonly string[];
};

/**
 * Options of {@link alignDocuments} and {@link scoreDocument}.
 * @group Scoring
 */
export interface AlignOptions {
  /** The least similarity, from 0 to 1, at which two objects may be matched: 0.5 when absent. */
  readonly minimumSimilarity?: number;
}

interface Similarity {
  readonly similarity: number;
  readonly reasons: readonly string[];
}

const NONE: Similarity = { similarity: 0, reasons: [] };
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Matches two lists optimally and explains each pair and each leftover. */
function alignList<Item extends { readonly id: string }>(
  gold: readonly Item[],
  predicted: readonly Item[],
  compare: (gold: Item, predicted: Item) => Similarity,
  threshold: number,
): CollectionAlignment {
  // Rounded to six places, so that 0.4 + 0.3 + 0.1 reads 0.8.
  const matrix = gold.map((g) =>
    predicted.map((p) => {
      const found = compare(g, p);
      return { similarity: Math.round(found.similarity * 1e6) / 1e6, reasons: found.reasons };
    }),
  );
  const chosen = assign(
    matrix.map((row) => row.map((cell) => cell.similarity)),
    threshold,
    gold.map((item) => item.id),
    predicted.map((item) => item.id),
  );
  const goldTaken = new Map(chosen.map(([row, column]) => [row, column]));
  const predictedTaken = new Map(chosen.map(([row, column]) => [column, row]));
  const leftover = (own: number, candidates: readonly Similarity[], others: readonly Item[], taken: ReadonlyMap<number, number>, ownIds: readonly Item[]): UnalignedItem => {
    let bestIndex = -1;
    candidates.forEach((cell, index) => {
      // A pair ruled out (similarity 0 with reasons, such as different Wikidata ids) is shown too.
      if ((cell.similarity > 0 || cell.reasons.length > 0) && (bestIndex < 0 || cell.similarity > candidates[bestIndex]!.similarity)) bestIndex = index;
    });
    const id = ownIds[own]!.id;
    if (bestIndex < 0) return { id, reason: "nothing in the other document is like it", best: undefined };
    const bestCell = candidates[bestIndex]!;
    const best = { id: others[bestIndex]!.id, similarity: bestCell.similarity, reasons: bestCell.reasons };
    if (bestCell.similarity === 0) return { id, reason: `its closest match, ${best.id}, is ruled out: ${bestCell.reasons.join("; ")}`, best };
    if (bestCell.similarity < threshold)
      return { id, reason: `its closest match, ${best.id}, is below the least similarity (${bestCell.similarity.toFixed(2)} < ${threshold})`, best };
    const rival = taken.get(bestIndex);
    return { id, reason: `its closest match, ${best.id}, went to ${rival === undefined ? "another" : ownIds[rival]!.id}, which made the better whole`, best };
  };
  return {
    pairs: chosen.map(([row, column]) => ({
      goldId: gold[row]!.id,
      predictedId: predicted[column]!.id,
      similarity: matrix[row]![column]!.similarity,
      reasons: matrix[row]![column]!.reasons,
    })),
    unmatchedGold: gold.flatMap((_, row) => (goldTaken.has(row) ? [] : [leftover(row, matrix[row]!, predicted, predictedTaken, gold)])),
    unmatchedPredicted: predicted.flatMap((_, column) =>
      predictedTaken.has(column) ? [] : [leftover(column, matrix.map((row) => row[column]!), gold, goldTaken, predicted)],
    ),
  };
}

function compareNames(gold: Set<string>, goldName: string, predicted: Set<string>, predictedName: string): Similarity {
  const a = normalizeName(goldName);
  const b = normalizeName(predictedName);
  if (a === b) return { similarity: 0.9, reasons: [`same name (${goldName})`] };
  if (predicted.has(a) || gold.has(b)) return { similarity: 0.8, reasons: [`one's name is the other's alias (${goldName}, ${predictedName})`] };
  const shared = jaccard(gold, predicted);
  if (shared > 0) return { similarity: 0.5 + 0.3 * shared, reasons: [`share ${percent(shared)} of their names and aliases`] };
  return NONE;
}

function compareActors(gold: Actor, predicted: Actor): Similarity {
  if (gold.kind !== predicted.kind) {
    const named = normalizeName(gold.name) === normalizeName(predicted.name);
    return named ? { similarity: 0.2, reasons: [`same name, but a ${gold.kind} and a ${predicted.kind}`] } : NONE;
  }
  const goldWikidata = gold.externalIds?.wikidata;
  const predictedWikidata = predicted.externalIds?.wikidata;
  if (goldWikidata && predictedWikidata && goldWikidata !== predictedWikidata) return { similarity: 0, reasons: [`different Wikidata ids (${goldWikidata}, ${predictedWikidata})`] };
  if (gold.id === predicted.id) return { similarity: 1, reasons: [`same id, both ${gold.kind}s`] };
  if (goldWikidata && goldWikidata === predictedWikidata) return { similarity: 0.95, reasons: [`same Wikidata id ${goldWikidata}`] };
  const byName = compareNames(namesOf(gold), gold.name, namesOf(predicted), predicted.name);
  return byName.similarity > 0 ? { similarity: byName.similarity, reasons: [...byName.reasons, `both ${gold.kind}s`] } : NONE;
}

function comparePlaces(gold: Place, predicted: Place): Similarity {
  for (const key of ["wikidata", "geonamesId"] as const) {
    const a = gold[key];
    const b = predicted[key];
    if (a && b && a !== b) return { similarity: 0, reasons: [`different ${key} (${a}, ${b})`] };
  }
  if (gold.id === predicted.id) return { similarity: 1, reasons: ["same id"] };
  if (gold.wikidata && gold.wikidata === predicted.wikidata) return { similarity: 0.95, reasons: [`same Wikidata id ${gold.wikidata}`] };
  if (gold.geonamesId && gold.geonamesId === predicted.geonamesId) return { similarity: 0.95, reasons: [`same GeoNames id ${gold.geonamesId}`] };
  return compareNames(namesOf(gold), gold.name, namesOf(predicted), predicted.name);
}

/** Reads a document's references in the gold document's ids, through the alignments made so far. */
class IdMap {
  private readonly toGold = new Map<string, string>();
  add(alignment: CollectionAlignment): void {
    for (const pair of alignment.pairs) this.toGold.set(pair.predictedId, pair.goldId);
  }
  /** A predicted id as the gold id it stands for; an id matched to nothing stays apart from every gold id. */
  gold(predictedId: string): string {
    return this.toGold.get(predictedId) ?? `\u0000unmatched:${predictedId}`;
  }
  golds(ids: readonly string[] | undefined): Set<string> {
    return new Set((ids ?? []).map((id) => this.gold(id)));
  }
}

/** The resolved interval of each time of a document, where it resolves. */
function intervals(document: NewsDocument): Map<string, ResolvedInterval> {
  const found = new Map<string, ResolvedInterval>();
  for (const [id, result] of resolveDocumentTimes(document)) if (result.ok) found.set(id, result.interval);
  for (const time of document.times) if (time.resolved) found.set(time.id, time.resolved);
  return found;
}

/** What one document's parts are, for comparing them with another's. */
class Side {
  readonly evidence: (ids: readonly string[] | undefined) => Ranges;
  readonly times: Map<string, TimeExpression>;
  readonly intervals: Map<string, ResolvedInterval>;
  constructor(readonly document: NewsDocument) {
    this.evidence = evidenceRanges(document);
    this.times = new Map(document.times.map((time) => [time.id, time]));
    this.intervals = intervals(document);
  }
}

function shared(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): number {
  let count = 0;
  for (const id of predicted) if (gold.has(id)) count++;
  return count;
}

/** Compares two facts (meetings, positions, happenings) by evidence, parties, kind and time. */
function compareFacts(
  gold: { readonly evidenceIds: readonly string[]; readonly timeId?: string | undefined },
  predicted: { readonly evidenceIds: readonly string[]; readonly timeId?: string | undefined },
  sides: { readonly gold: Side; readonly predicted: Side },
  parties: { readonly noun: string; readonly gold: ReadonlySet<string>; readonly predicted: ReadonlySet<string> },
  kinds: { readonly gold: string | undefined; readonly predicted: string | undefined },
): Similarity {
  const evidence = rangeDice(sides.gold.evidence(gold.evidenceIds), sides.predicted.evidence(predicted.evidenceIds));
  const common = shared(parties.gold, parties.predicted);
  if (evidence === 0 && common === 0) return NONE;
  const partyShare = jaccard(parties.gold, parties.predicted);
  const sameKind = kinds.gold === kinds.predicted;
  let timeFits: boolean;
  if (gold.timeId === undefined || predicted.timeId === undefined) timeFits = gold.timeId === predicted.timeId;
  else {
    const a = sides.gold.times.get(gold.timeId);
    const b = sides.predicted.times.get(predicted.timeId);
    timeFits = a !== undefined && b !== undefined && timesCompatible(a, sides.gold.intervals.get(a.id), b, sides.predicted.intervals.get(b.id));
  }
  return {
    similarity: 0.4 * evidence + 0.3 * partyShare + 0.2 * (sameKind ? 1 : 0) + 0.1 * (timeFits ? 1 : 0),
    reasons: [
      `evidence overlaps ${percent(evidence)}`,
      `${common} of ${Math.max(parties.gold.size, parties.predicted.size)} ${parties.noun} shared`,
      sameKind ? `same kind (${kinds.gold ?? "none given"})` : `different kinds (${kinds.gold ?? "none given"}, ${kinds.predicted ?? "none given"})`,
      timeFits ? "times compatible" : "times not compatible",
    ],
  };
}

/**
 * Matches the objects of a predicted document to those of a gold document, one-to-one
 * and optimally over each whole collection, and says why each pair was or was not made.
 *
 * @remarks
 * Actors match by id, then Wikidata id, then normalised name and aliases, only within
 * the same kind; places likewise, with GeoNames ids; delegations by the state they
 * represent and their members. Times match when their intervals can mean the same
 * moment and they share words or evidence; attributions by source, certainty and
 * evidence. Meetings, positions and happenings match by overlapping evidence (weight
 * 0.4), shared participants or holders (0.3), kind (0.2) and compatible times (0.1),
 * never on ids, so renamed ids align as well as the originals. References are compared
 * through the alignments made before (the order of {@link ALIGNED_COLLECTIONS}).
 * Each collection's matching maximises the total similarity over pairs at or above
 * `minimumSimilarity` by the Hungarian method (Kuhn–Munkres), not greedily.
 * Evidence is compared by character offsets, so both documents should be of one article
 * text; where the texts differ, `warnings` says so.
 * @example
 * ```ts
 * const alignment = alignDocuments(fixture, fixture);
 * alignment.positions.pairs[0];
 * //=> { goldId: "pos-families-travel-demand", predictedId: "pos-families-travel-demand", similarity: 1, reasons: ["evidence overlaps 100%", …] }
 * ```
 * @see https://en.wikipedia.org/wiki/Hungarian_algorithm
 * @group Scoring
 */
export function alignDocuments(gold: NewsDocument, predicted: NewsDocument, options: AlignOptions = {}): DocumentAlignment {
  const threshold = options.minimumSimilarity ?? 0.5;
  const sides = { gold: new Side(gold), predicted: new Side(predicted) };
  const ids = new IdMap();
  const warnings: string[] = [];
  if (gold.article.text !== predicted.article.text)
    warnings.push("the two documents' article texts differ: evidence is compared by offsets as if they were one text");

  const actors = alignList(gold.actors, predicted.actors, compareActors, threshold);
  ids.add(actors);
  const places = alignList(gold.places, predicted.places, comparePlaces, threshold);
  ids.add(places);
  const members = (delegation: Delegation, map: (id: string) => string) => new Set(delegation.members.map((member) => `${member.role}:${map(member.personId)}`));
  const delegations = alignList(
    gold.delegations,
    predicted.delegations,
    (g, p): Similarity => {
      if (g.representsId !== ids.gold(p.representsId)) return NONE;
      const share = jaccard(
        members(g, (id) => id),
        members(p, (id) => ids.gold(id)),
      );
      return { similarity: 0.6 + 0.4 * share, reasons: [`both represent ${g.representsId}`, `share ${percent(share)} of their members`] };
    },
    threshold,
  );
  ids.add(delegations);

  const times = alignList(
    gold.times,
    predicted.times,
    (g, p): Similarity => {
      const evidence = rangeDice(sides.gold.evidence(g.evidenceIds), sides.predicted.evidence(p.evidenceIds));
      const sameWords = normalizeName(g.text) === normalizeName(p.text);
      if (!sameWords && evidence === 0) return NONE;
      if (!timesCompatible(g, sides.gold.intervals.get(g.id), p, sides.predicted.intervals.get(p.id)))
        return { similarity: 0, reasons: [`${sameWords ? "same words" : `evidence overlaps ${percent(evidence)}`}, but they cannot mean the same moment`] };
      return {
        similarity: 0.5 + 0.25 * (sameWords ? 1 : 0) + 0.25 * evidence,
        reasons: [sameWords ? `same words (${g.text})` : `different words (${g.text}, ${p.text})`, `evidence overlaps ${percent(evidence)}`, "can mean the same moment"],
      };
    },
    threshold,
  );
  ids.add(times);

  const attributions = alignList(
    gold.attributions,
    predicted.attributions,
    (g: Attribution, p: Attribution): Similarity => {
      const evidence = rangeDice(sides.gold.evidence(g.evidenceIds), sides.predicted.evidence(p.evidenceIds));
      const sameSource = (g.sourceId ?? "") === (p.sourceId === undefined ? "" : ids.gold(p.sourceId));
      if (!sameSource && evidence === 0) return NONE;
      const sameCertainty = g.certainty === p.certainty;
      return {
        similarity: 0.4 * (sameSource ? 1 : 0) + 0.2 * (sameCertainty ? 1 : 0) + 0.4 * evidence,
        reasons: [
          sameSource ? `same source (${g.sourceId ?? "none named"})` : "different sources",
          sameCertainty ? `same certainty (${g.certainty})` : `different certainty (${g.certainty}, ${p.certainty})`,
          `evidence overlaps ${percent(evidence)}`,
        ],
      };
    },
    threshold,
  );
  ids.add(attributions);

  const meetings = alignList(
    gold.meetings,
    predicted.meetings,
    (g: Meeting, p: Meeting) =>
      compareFacts(g, p, sides, { noun: "participants", gold: new Set(meetingParties(g)), predicted: ids.golds(meetingParties(p)) }, { gold: g.kind, predicted: p.kind }),
    threshold,
  );
  ids.add(meetings);
  const positions = alignList(
    gold.positions,
    predicted.positions,
    (g: Position, p: Position) =>
      compareFacts(g, p, sides, { noun: "holders", gold: new Set(g.holderIds), predicted: ids.golds(p.holderIds) }, { gold: g.kind, predicted: p.kind }),
    threshold,
  );
  ids.add(positions);
  const actorsOf = (happening: Happening) => happening.participants.map((participant) => participant.actorId);
  const happenings = alignList(
    gold.happenings,
    predicted.happenings,
    (g: Happening, p: Happening) =>
      compareFacts(g, p, sides, { noun: "participants", gold: new Set(actorsOf(g)), predicted: ids.golds(actorsOf(p)) }, { gold: g.kind, predicted: p.kind }),
    threshold,
  );
  return { actors, places, delegations, times, attributions, meetings, positions, happenings, warnings };
}

/**
 * Reads predicted ids as the gold ids they were matched to, for every aligned collection.
 * @example
 * ```ts
 * const toGold = goldIdsOf(alignDocuments(fixture, fixture));
 * toGold.get("japan");
 * //=> "japan"
 * ```
 * @group Scoring
 */
export function goldIdsOf(alignment: DocumentAlignment): ReadonlyMap<string, string> {
  return new Map(ALIGNED_COLLECTIONS.flatMap((collection) => alignment[collection].pairs.map((pair) => [pair.predictedId, pair.goldId] as const)));
}
