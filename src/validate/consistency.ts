import type { NewsDocument } from "../model/document.js";
import type { EntityLocation } from "./entities.js";
import { findInconsistencies } from "./_lib/find-inconsistencies.js";
import type { Problem } from "./problem.js";

/**
 * Checks what no single field can: chains of parents, nested attributions, answers and
 * repetitions do not loop, no delegation has two heads, and an agreement has two or
 * more holders.
 * @group Validation
 */
export function checkConsistency(document: NewsDocument, locations: ReadonlyMap<string, EntityLocation>): Problem[] {
  return findInconsistencies(document, locations);
}
