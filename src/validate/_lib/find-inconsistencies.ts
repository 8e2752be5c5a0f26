import type { NewsDocument } from "../../model/document.js";
import { problem, type Problem } from "../problem.js";
import { ENTITY_COLLECTIONS, type EntityIndex } from "./entity-index.js";

type Item = { readonly id: string };
/** The ids a document has. */
type IdSet = { has(id: string): boolean };
type Collection = "actors" | "issues" | "attributions" | "positions";

/** Finds the object of one collection that an id names, if there is one. */
class CollectionLookup {
  private byId: Map<string, Item> | undefined;
  private readonly start: number;
  private readonly end: number;

  /**
   * With an index of a document whose ids do not repeat, ids are found through it;
   * otherwise through the ids the document has and, lazily, a map of the collection's
   * own objects by id (where ids repeat, the last object with an id is the one followed).
   */
  constructor(
    private readonly items: readonly Item[],
    private readonly known: IdSet,
    private readonly index: EntityIndex | undefined,
    collection: Collection,
  ) {
    const c = ENTITY_COLLECTIONS.indexOf(collection);
    this.start = index ? index.starts[c]! : 0;
    this.end = index ? index.starts[c + 1]! : 0;
  }

  find(id: string): Item | undefined {
    if (this.index) {
      const entity = this.index.ids.find(id);
      return entity >= this.start && entity < this.end ? this.items[entity - this.start] : undefined;
    }
    if (!this.known.has(id)) return undefined;
    this.byId ??= new Map(this.items.map((item) => [item.id, item] as const));
    return this.byId.get(id);
  }
}

function findCycles(problems: Problem[], collection: Collection, field: string, lookup: CollectionLookup, items: readonly Item[], what: string): void {
  let settled: Set<string> | undefined;
  let seen: Set<string> | undefined;
  for (let index = 0; index < items.length; index++) {
    const start = items[index]!;
    // Most items have no link at all: nothing to follow, nothing to remember.
    const first = (start as { readonly [key: string]: unknown })[field] as string | undefined;
    if (first === undefined || lookup.find(first) === undefined) continue;
    settled ??= new Set();
    if (seen) seen.clear();
    else seen = new Set();
    let here: Item | undefined = start;
    while (here && !settled.has(here.id)) {
      if (seen.has(here.id)) {
        if (here.id === start.id) problems.push(problem("cycle", [collection, index, field], `${what} of "${start.id}" leads back to itself`));
        break;
      }
      seen.add(here.id);
      const nextId = (here as { readonly [key: string]: unknown })[field] as string | undefined;
      here = nextId === undefined ? undefined : lookup.find(nextId);
    }
    for (const id of seen) settled.add(id);
  }
}

/**
 * Finds loops in chains of parents, nested attributions, answers and repetitions,
 * delegations with two heads, and agreements with fewer than two holders. `known` tells
 * which ids the document has; `index`, where given, also finds the objects they name.
 */
export function findInconsistencies(document: NewsDocument, known: IdSet, index?: EntityIndex): Problem[] {
  const problems: Problem[] = [];
  const exact = index !== undefined && index.problems.length === 0 ? index : undefined;
  const { actors, issues, attributions, positions } = document;
  findCycles(problems, "actors", "parentId", new CollectionLookup(actors, known, exact, "actors"), actors, "the chain of parents");
  findCycles(problems, "issues", "parentId", new CollectionLookup(issues, known, exact, "issues"), issues, "the chain of parent issues");
  findCycles(
    problems,
    "attributions",
    "withinId",
    new CollectionLookup(attributions, known, exact, "attributions"),
    attributions,
    "the chain of nested attributions",
  );
  const ofPositions = new CollectionLookup(positions, known, exact, "positions");
  findCycles(problems, "positions", "answersId", ofPositions, positions, "the chain of answers");
  findCycles(problems, "positions", "repeatsId", ofPositions, positions, "the chain of repetitions");
  for (let index = 0; index < document.delegations.length; index++) {
    const delegation = document.delegations[index]!;
    let head = -1;
    for (let m = 0; m < delegation.members.length; m++) {
      if (delegation.members[m]!.role !== "head") continue;
      if (head < 0) head = m;
      else
        problems.push(
          problem(
            "inconsistent",
            ["delegations", index, "members", m, "role"],
            `the delegation "${delegation.id}" already has a head (members/${head}); a delegation has one head`,
          ),
        );
    }
  }
  for (let index = 0; index < document.positions.length; index++) {
    const position = document.positions[index]!;
    if (position.kind !== "agreement") continue;
    const holders = position.holderIds;
    let distinct = false;
    for (let h = 1; h < holders.length && !distinct; h++) distinct = holders[h] !== holders[0];
    if (!distinct)
      problems.push(
        problem("inconsistent", ["positions", index, "holderIds"], `an agreement is held jointly: "${position.id}" needs two or more different holders`),
      );
  }
  return problems;
}
