import type { NewsDocument } from "../model/document.js";
import type { DocumentTable } from "./document-table.js";
import { problem, type Problem } from "./problem.js";
import type { EntityCollection } from "./reference-graph.js";

/** A chain of objects linked through one field, which must not loop. */
interface Chain {
  readonly collection: EntityCollection;
  readonly field: string;
  readonly what: string;
}

const CHAINS: readonly Chain[] = [
  { collection: "actors", field: "parentId", what: "the chain of parents" },
  { collection: "issues", field: "parentId", what: "the chain of parent issues" },
  { collection: "attributions", field: "withinId", what: "the chain of nested attributions" },
  { collection: "positions", field: "answersId", what: "the chain of answers" },
  { collection: "positions", field: "repeatsId", what: "the chain of repetitions" },
];

function linkOf(item: object, field: string): string | undefined {
  const next = (item as { readonly [key: string]: unknown })[field];
  return typeof next === "string" ? next : undefined;
}

function findCycles(document: NewsDocument, table: DocumentTable, chain: Chain, problems: Problem[]): void {
  const items: readonly { readonly id: string }[] = document[chain.collection];
  const settled = new Set<string>();
  items.forEach((start, index) => {
    const seen = new Set<string>();
    let here: object | undefined = start;
    while (here) {
      const id = (here as { readonly id: string }).id;
      if (settled.has(id)) break;
      if (seen.has(id)) {
        if (id === start.id) problems.push(problem("cycle", [chain.collection, index, chain.field], `${chain.what} of "${start.id}" leads back to itself`));
        break;
      }
      seen.add(id);
      const next = linkOf(here, chain.field);
      const target = next === undefined ? undefined : table.entities.get(next);
      // Only links within the chain's own collection can loop back.
      here = target && target.path[0] === chain.collection ? target.entity : undefined;
    }
    for (const id of seen) settled.add(id);
  });
}

/**
 * Checks what no single field can: chains of parents, nested attributions, answers and
 * repetitions do not loop, and no delegation has two heads.
 * @example
 * ```ts
 * checkConsistency(document, tabulateDocument(document));
 * //=> []
 * ```
 * @group Validation
 */
export function checkConsistency(document: NewsDocument, table: DocumentTable): Problem[] {
  const problems: Problem[] = [];
  for (const chain of CHAINS) findCycles(document, table, chain, problems);
  document.delegations.forEach((delegation, index) => {
    const head = delegation.members.findIndex((member) => member.role === "head");
    delegation.members.forEach((member, m) => {
      if (member.role === "head" && m > head)
        problems.push(
          problem(
            "inconsistent",
            ["delegations", index, "members", m, "role"],
            `the delegation "${delegation.id}" already has a head (members/${head}); a delegation has one head`,
          ),
        );
    });
  });
  return problems;
}
