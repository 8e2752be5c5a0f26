import type { NewsDocument } from "../model/document.js";
import type { EntityLocation } from "./entities.js";
import { problem, type Problem } from "./problem.js";

function findCycles(
  collection: "actors" | "issues" | "attributions" | "positions",
  field: string,
  items: readonly { readonly id: string }[],
  next: (item: { readonly id: string }) => string | undefined,
  locations: ReadonlyMap<string, EntityLocation>,
  what: string,
): Problem[] {
  const problems: Problem[] = [];
  let byId: Map<string, { readonly id: string }> | undefined;
  const settled = new Set<string>();
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const start = items[index]!;
    // Most items have no link at all: nothing to follow, nothing to remember.
    const first = next(start);
    if (first === undefined || !locations.has(first)) continue;
    byId ??= new Map(items.map((item) => [item.id, item] as const));
    seen.clear();
    let here: { readonly id: string } | undefined = start;
    while (here && !settled.has(here.id)) {
      if (seen.has(here.id)) {
        if (here.id === start.id)
          problems.push(problem("cycle", [collection, index, field], `${what} of "${start.id}" leads back to itself`));
        break;
      }
      seen.add(here.id);
      const nextId = next(here);
      here = nextId !== undefined && locations.has(nextId) ? byId.get(nextId) : undefined;
    }
    for (const id of seen) settled.add(id);
  }
  return problems;
}

/**
 * Checks what no single field can: chains of parents, nested attributions, answers and
 * repetitions do not loop, no delegation has two heads, and an agreement has two or
 * more holders.
 * @group Validation
 */
export function checkConsistency(document: NewsDocument, locations: ReadonlyMap<string, EntityLocation>): Problem[] {
  const problems: Problem[] = [
    ...findCycles(
      "actors",
      "parentId",
      document.actors,
      (actor) => ("parentId" in actor ? (actor.parentId as string | undefined) : undefined),
      locations,
      "the chain of parents",
    ),
    ...findCycles("issues", "parentId", document.issues, (issue) => (issue as { parentId?: string }).parentId, locations, "the chain of parent issues"),
    ...findCycles(
      "attributions",
      "withinId",
      document.attributions,
      (attribution) => (attribution as { withinId?: string }).withinId,
      locations,
      "the chain of nested attributions",
    ),
    ...findCycles("positions", "answersId", document.positions, (position) => (position as { answersId?: string }).answersId, locations, "the chain of answers"),
    ...findCycles("positions", "repeatsId", document.positions, (position) => (position as { repeatsId?: string }).repeatsId, locations, "the chain of repetitions"),
  ];
  for (const [index, delegation] of document.delegations.entries()) {
    const heads = delegation.members.flatMap((member, m) => (member.role === "head" ? [m] : []));
    for (const m of heads.slice(1))
      problems.push(
        problem(
          "inconsistent",
          ["delegations", index, "members", m, "role"],
          `the delegation "${delegation.id}" already has a head (members/${heads[0]}); a delegation has one head`,
        ),
      );
  }
  for (const [index, position] of document.positions.entries())
    if (position.kind === "agreement" && new Set(position.holderIds).size < 2)
      problems.push(
        problem(
          "inconsistent",
          ["positions", index, "holderIds"],
          `an agreement is held jointly: "${position.id}" needs two or more different holders`,
        ),
      );
  return problems;
}
