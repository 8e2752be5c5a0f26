import type { NewsDocument } from "../../model/document.js";
import { problem, type Problem } from "../problem.js";
import { ENTITY_COLLECTIONS, type EntityIndex } from "./entity-index.js";

type Item = { readonly id: string };
type Collection = "actors" | "issues" | "attributions" | "positions";
/** The object of the same collection that an id names, if there is one. */
type Resolve = (id: string) => Item | undefined;

/**
 * Resolves ids through the ids a document has and, lazily, a map of the collection's own
 * objects by id (where ids repeat, the last object with an id is the one followed).
 */
function resolveByMap(items: readonly Item[], known: ReadonlyMap<string, unknown>): Resolve {
  let byId: Map<string, Item> | undefined;
  return (id) => {
    if (!known.has(id)) return undefined;
    byId ??= new Map(items.map((item) => [item.id, item] as const));
    return byId.get(id);
  };
}

/** Resolves ids through the entity index, which is exact when no id repeats. */
function resolveByIndex(index: EntityIndex, collection: Collection, items: readonly Item[]): Resolve {
  const c = ENTITY_COLLECTIONS.indexOf(collection);
  const start = index.starts[c]!;
  const end = index.starts[c + 1]!;
  return (id) => {
    const entity = index.ids.get(id);
    return entity !== undefined && entity >= start && entity < end ? items[entity - start] : undefined;
  };
}

function findCycles(problems: Problem[], collection: Collection, field: string, items: readonly Item[], resolve: Resolve, what: string): void {
  let settled: Set<string> | undefined;
  let seen: Set<string> | undefined;
  for (let index = 0; index < items.length; index++) {
    const start = items[index]!;
    // Most items have no link at all: nothing to follow, nothing to remember.
    const first = (start as { readonly [key: string]: unknown })[field] as string | undefined;
    if (first === undefined || resolve(first) === undefined) continue;
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
      here = nextId === undefined ? undefined : resolve(nextId);
    }
    for (const id of seen) settled.add(id);
  }
}

/**
 * Finds loops in chains of parents, nested attributions, answers and repetitions,
 * delegations with two heads, and agreements with fewer than two holders. `known` tells
 * which ids the document has; `index`, where given, also finds the objects they name.
 */
export function findInconsistencies(document: NewsDocument, known: ReadonlyMap<string, unknown>, index?: EntityIndex): Problem[] {
  const problems: Problem[] = [];
  const exact = index !== undefined && index.problems.length === 0;
  const resolver = (collection: Collection, items: readonly Item[]): Resolve =>
    exact ? resolveByIndex(index, collection, items) : resolveByMap(items, known);
  findCycles(problems, "actors", "parentId", document.actors, resolver("actors", document.actors), "the chain of parents");
  findCycles(problems, "issues", "parentId", document.issues, resolver("issues", document.issues), "the chain of parent issues");
  findCycles(
    problems,
    "attributions",
    "withinId",
    document.attributions,
    resolver("attributions", document.attributions),
    "the chain of nested attributions",
  );
  const positions = resolver("positions", document.positions);
  findCycles(problems, "positions", "answersId", document.positions, positions, "the chain of answers");
  findCycles(problems, "positions", "repeatsId", document.positions, positions, "the chain of repetitions");
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
