import type { NewsDocument } from "../model/document.js";
import { MarkCheck } from "./_lib/inference-marks.js";
import { walkReferences, type ReferenceVisitor } from "./_lib/reference-table.js";
import type { Problem } from "./problem.js";

/** Meets every holder of inference marks in the walk of references, and no reference. */
class MarksOnly extends MarkCheck implements ReferenceVisitor {
  reference(): void {}
}

/**
 * Checks that each inference mark points at a value that exists in the object that
 * carries it.
 * @group Validation
 */
export function checkInferences(document: NewsDocument): Problem[] {
  const check = new MarksOnly();
  walkReferences(document, check);
  return check.problems();
}
