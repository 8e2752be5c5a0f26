import type { NewsDocument } from "../model/document.js";
import { toPloverEvents, type PloverEvent } from "../export/to-plover-events.js";
import { factArguments, sharedCount, type FactArgument } from "./_lib/arguments.js";
import { evidenceRanges, rangeLength, rangeOverlap } from "./_lib/text.js";
import { alignDocuments, goldIdsOf, type AlignOptions, type DocumentAlignment } from "./align-documents.js";
import { addScores, countScore, macroAverage, type Score } from "./score-counts.js";

/**
 * The collections {@link scoreDocument} scores, each by the pairs of its alignment.
 * @group Scoring
 */
export const SCORED_CATEGORIES = ["actors", "meetings", "positions", "happenings", "times", "attributions"] as const;

/**
 * A collection {@link scoreDocument} scores.
 * @group Scoring
 */
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

/**
 * The roles of the arguments of facts that {@link scoreDocument} scores.
 *
 * @remarks
 * - `holder`: whose position it is (a position's `holderIds`).
 * - `voice`: who voiced it (`voicedById`).
 * - `addressee`: to whom (`addresseeIds`).
 * - `participants`: who took part in a meeting, or in a happening with their part (`agent`, `patient`…).
 * - `action`: the acts a position asks for, offers or threatens (`actions[].act`, else the verb).
 * - `time`, `place`: when and where a meeting, position or happening was.
 * @group Scoring
 */
export const ARGUMENT_ROLES = ["holder", "voice", "addressee", "participants", "action", "time", "place"] as const;

/**
 * A role {@link scoreDocument} scores arguments in.
 * @group Scoring
 */
export type ArgumentRole = (typeof ARGUMENT_ROLES)[number];

/**
 * The scores of a fact's arguments, by role and in all.
 * @group Scoring
 */
export type ArgumentScores = {
  /** The score of each role. */
  readonly [Role in ArgumentRole]: Score;
} & {
  /** All roles together (micro average). */
  readonly all: Score;
};

/**
 * A score for each category {@link scoreDocument} scores.
 * @group Scoring
 */
export type CategoryScores = {
  /** The score of each category. */
  readonly [Category in ScoredCategory]: Score;
};

/**
 * Evidence characters, by category and in all.
 * @group Scoring
 */
export type EvidenceScores = CategoryScores & {
  /** All categories together. */
  readonly all: Score;
};

/**
 * How one PLOVER record of either document fared.
 *
 * @remarks `correct`: a gold record and a predicted record of aligned facts with the same
 * event type and the same actors and recipients. `uncoded`: a gold record with no correct
 * predicted record. `extra`: a predicted record with no gold one. A predicted record of
 * the wrong type counts twice, as practice has it: its gold record is uncoded and it is extra.
 * @group Scoring
 */
export interface PloverRecordOutcome {
  /** What became of the record. */
  readonly outcome: "correct" | "uncoded" | "extra";
  /** The fact's id in the gold document, where the record is of the gold or of a fact aligned to one. */
  readonly goldId: string | undefined;
  /** The fact's id in the prediction, where the record is of the prediction or of a fact aligned to one. */
  readonly predictedId: string | undefined;
  /** The event type of the gold record, where there is one. */
  readonly goldEventType: string | undefined;
  /** The event type of the predicted record, where there is one. */
  readonly predictedEventType: string | undefined;
  /** Why, in words. */
  readonly reason: string;
}

/**
 * The PLOVER-style counts of event-data practice: the predicted document's exported
 * records against the gold document's.
 * @group Scoring
 */
export interface PloverScore {
  /** Records of the prediction that match a gold record. */
  readonly correct: number;
  /** Gold records the prediction did not code. */
  readonly uncoded: number;
  /** Records of the prediction that match no gold record. */
  readonly extra: number;
  /** The same as a score: `gold` is correct + uncoded, `predicted` is correct + extra, `matched` is correct. */
  readonly score: Score;
  /** Each record's outcome. */
  readonly records: readonly PloverRecordOutcome[];
}

/**
 * What {@link scoreDocument} measures of a prediction against a gold document.
 * @group Scoring
 */
export interface DocumentScore {
  /** Each category's matched objects: precision, recall and F1. */
  readonly categories: CategoryScores;
  /** The categories' counts added up. */
  readonly micro: Score;
  /** The mean of the categories' precision, recall and F1. */
  readonly macro: Pick<Score, "precision" | "recall" | "f1">;
  /** Meetings, positions and happenings matched and of the same kind (a meeting's kind is bilateral or multilateral). */
  readonly eventKinds: Score;
  /**
   * The arguments of facts, ACE-style: a predicted argument is right when some gold fact
   * of the same collection and kind has an argument in the same role with the same value,
   * whether or not the two facts were aligned.
   */
  readonly argumentsAce: ArgumentScores;
  /** The arguments of facts, strictly: an argument counts only when its fact was aligned to the gold fact that has it. */
  readonly argumentsStrict: ArgumentScores;
  /** The PLOVER-style Correct / Uncoded / Extra counts of the two documents' exported records. */
  readonly plover: PloverScore;
  /** Evidence characters: of each category's gold objects' spans, how many their matched predictions' spans cover. */
  readonly evidence: EvidenceScores;
  /** The alignment the scores were counted on, with the reasons for each pair and each leftover. */
  readonly alignment: DocumentAlignment;
}

/**
 * Options of {@link scoreDocument}.
 * @group Scoring
 */
export type ScoreOptions = AlignOptions;

function argumentScores(gold: readonly FactArgument[], predicted: readonly FactArgument[], key: (argument: FactArgument, side: "gold" | "predicted") => string): ArgumentScores {
  const byRole = Object.fromEntries(
    ARGUMENT_ROLES.map((role) => {
      const g = gold.filter((argument) => argument.role === role).map((argument) => key(argument, "gold"));
      const p = predicted.filter((argument) => argument.role === role).map((argument) => key(argument, "predicted"));
      return [role, countScore({ gold: g.length, predicted: p.length, matched: sharedCount(g, p) })];
    }),
  ) as { [Role in ArgumentRole]: Score };
  return { ...byRole, all: addScores(Object.values(byRole)) };
}

function scorePlover(gold: NewsDocument, predicted: NewsDocument, alignment: DocumentAlignment, toGold: (id: string) => string): PloverScore {
  const goldRecords = new Map(toPloverEvents(gold).events.map((event) => [event.id, event]));
  const predictedRecords = new Map(toPloverEvents(predicted).events.map((event) => [event.id, event]));
  const records: PloverRecordOutcome[] = [];
  const ids = (event: PloverEvent, side: "gold" | "predicted", key: "actors" | "recipients" | "both") => {
    const list = key === "both" ? [...event.actors, ...event.recipients] : event[key];
    return [...new Set(list.map((actor) => (side === "gold" ? actor.id : toGold(actor.id))))].sort().join(",");
  };
  const sameParties = (g: PloverEvent, p: PloverEvent) =>
    // A meeting's record takes its first listed party as the actor: the order says nothing.
    g.source === "meeting" && p.source === "meeting"
      ? ids(g, "gold", "both") === ids(p, "predicted", "both")
      : ids(g, "gold", "actors") === ids(p, "predicted", "actors") && ids(g, "gold", "recipients") === ids(p, "predicted", "recipients");
  const pairedPredicted = new Set<string>();
  for (const collection of ["meetings", "positions", "happenings"] as const) {
    for (const pair of alignment[collection].pairs) {
      const g = goldRecords.get(pair.goldId);
      const p = predictedRecords.get(pair.predictedId);
      if (!g || !p) continue;
      pairedPredicted.add(pair.predictedId);
      goldRecords.delete(pair.goldId);
      const base = { goldId: pair.goldId, predictedId: pair.predictedId, goldEventType: g.eventType, predictedEventType: p.eventType };
      if (g.eventType === p.eventType && sameParties(g, p)) records.push({ ...base, outcome: "correct", reason: `both ${g.eventType}, same actors and recipients` });
      else {
        const why = g.eventType !== p.eventType ? `coded ${p.eventType}, gold ${g.eventType}` : "same event type, different actors or recipients";
        records.push({ ...base, outcome: "uncoded", reason: `the aligned prediction's record does not match: ${why}` });
        records.push({ ...base, outcome: "extra", reason: `does not match the aligned gold record: ${why}` });
      }
    }
  }
  for (const g of goldRecords.values())
    records.push({ outcome: "uncoded", goldId: g.id, predictedId: undefined, goldEventType: g.eventType, predictedEventType: undefined, reason: "no aligned prediction has a record" });
  for (const p of predictedRecords.values())
    if (!pairedPredicted.has(p.id))
      records.push({ outcome: "extra", goldId: undefined, predictedId: p.id, goldEventType: undefined, predictedEventType: p.eventType, reason: "no aligned gold fact has a record" });
  const count = (outcome: PloverRecordOutcome["outcome"]) => records.filter((record) => record.outcome === outcome).length;
  const correct = count("correct");
  const uncoded = count("uncoded");
  const extra = count("extra");
  return { correct, uncoded, extra, score: countScore({ gold: correct + uncoded, predicted: correct + extra, matched: correct }), records };
}

/**
 * Scores a predicted document (an extraction by hand or by a language model) against a
 * gold document of the same article.
 *
 * @remarks
 * First {@link alignDocuments} matches the two one-to-one, optimally; every score is
 * counted on that alignment, which the result carries, so each number can be traced to
 * the pairs and leftovers behind it. Measured:
 * - each category (actors, meetings, positions, happenings, times, attributions): a
 *   matched pair is right; precision, recall and F1, with micro and macro averages;
 * - event kinds: a matched meeting, position or happening of the same kind;
 * - arguments by role (holder, voice, addressee, participants, action, time, place),
 *   ACE-style and strictly (see {@link DocumentScore});
 * - PLOVER: Correct / Uncoded / Extra counts of the records {@link toPloverEvents}
 *   exports from each document;
 * - evidence: characters of gold spans covered by the matched prediction's spans.
 * Ids never count in themselves: a prediction with every id renamed scores as the gold does.
 * Pure; documents should be valid ({@link validateDocument}).
 * @example
 * ```ts
 * const score = scoreDocument(fixture, fixture);
 * score.categories.positions.f1;
 * //=> 1
 * score.plover;
 * //=> { correct: 10, uncoded: 0, extra: 0, … }
 * ```
 * @see https://www.ldc.upenn.edu/sites/www.ldc.upenn.edu/files/english-events-guidelines-v5.4.3.pdf
 * @group Scoring
 */
export function scoreDocument(gold: NewsDocument, predicted: NewsDocument, options: ScoreOptions = {}): DocumentScore {
  const alignment = alignDocuments(gold, predicted, options);
  const toGoldMap = goldIdsOf(alignment);
  const toGold = (id: string) => toGoldMap.get(id) ?? `\u0000unmatched:${id}`;

  const categories = Object.fromEntries(
    SCORED_CATEGORIES.map((category) => [
      category,
      countScore({ gold: gold[category].length, predicted: predicted[category].length, matched: alignment[category].pairs.length }),
    ]),
  ) as CategoryScores;

  const facts = ["meetings", "positions", "happenings"] as const;
  const kindOf = (document: NewsDocument) => {
    const kinds = new Map<string, string | undefined>();
    for (const collection of facts) for (const fact of document[collection]) kinds.set(fact.id, fact.kind);
    return kinds;
  };
  const goldKinds = kindOf(gold);
  const predictedKinds = kindOf(predicted);
  const sameKind = facts.flatMap((collection) => alignment[collection].pairs).filter((pair) => goldKinds.get(pair.goldId) === predictedKinds.get(pair.predictedId)).length;
  const eventKinds = countScore({ gold: goldKinds.size, predicted: predictedKinds.size, matched: sameKind });

  const goldArguments = factArguments(gold, (id) => id);
  const predictedArguments = factArguments(predicted, toGold);
  const argumentsAce = argumentScores(goldArguments, predictedArguments, (argument) => JSON.stringify([argument.collection, argument.kind, argument.role, argument.value]));
  const argumentsStrict = argumentScores(goldArguments, predictedArguments, (argument, side) =>
    JSON.stringify([side === "gold" ? argument.factId : toGold(argument.factId), argument.role, argument.value]),
  );

  const goldEvidence = evidenceRanges(gold);
  const predictedEvidence = evidenceRanges(predicted);
  const evidenceByCategory = Object.fromEntries(
    SCORED_CATEGORIES.map((category) => {
      const goldItems = new Map<string, { readonly evidenceIds: readonly string[] }>(gold[category].map((item) => [item.id, item]));
      const predictedItems = new Map<string, { readonly evidenceIds: readonly string[] }>(predicted[category].map((item) => [item.id, item]));
      const sum = (items: Map<string, { readonly evidenceIds: readonly string[] }>, ranges: typeof goldEvidence) =>
        [...items.values()].reduce((total, item) => total + rangeLength(ranges(item.evidenceIds)), 0);
      const matched = alignment[category].pairs.reduce(
        (total, pair) => total + rangeOverlap(goldEvidence(goldItems.get(pair.goldId)?.evidenceIds), predictedEvidence(predictedItems.get(pair.predictedId)?.evidenceIds)),
        0,
      );
      return [category, countScore({ gold: sum(goldItems, goldEvidence), predicted: sum(predictedItems, predictedEvidence), matched })];
    }),
  ) as CategoryScores;

  return {
    categories,
    micro: addScores(Object.values(categories)),
    macro: macroAverage(Object.values(categories)),
    eventKinds,
    argumentsAce,
    argumentsStrict,
    plover: scorePlover(gold, predicted, alignment, toGold),
    evidence: { ...evidenceByCategory, all: addScores(Object.values(evidenceByCategory)) },
    alignment,
  };
}
