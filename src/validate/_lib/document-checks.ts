import type { NewsDocument } from "../../model/document.js";
import { checkEvidence } from "../evidence.js";
import type { Problem } from "../problem.js";
import { checkTimes } from "../times.js";
import { ENTITY_KINDS, indexEntities, type EntityIndex } from "./entity-index.js";
import { findInconsistencies } from "./find-inconsistencies.js";
import { MarkCheck, type MarkHolder } from "./inference-marks.js";
import { danglingReference, wrongKind } from "./reference-problems.js";
import { walkReferences, type KindSet, type Path, type ReferenceVisitor } from "./reference-table.js";

/**
 * Checks each reference against the entity index, building a path only for a problem,
 * and the inference marks of each object in the same walk, while the object is at hand.
 */
class IndexedReferenceCheck implements ReferenceVisitor {
  readonly problems: Problem[] = [];
  readonly marks = new MarkCheck();
  constructor(private readonly index: EntityIndex) {}
  holder(object: MarkHolder, at: Path): void {
    this.marks.holder(object, at);
  }
  reference(at: Path, field: string, position: number, id: string, expects: KindSet, role: string): void {
    const entity = this.index.ids.find(id);
    if (entity < 0) {
      this.problems.push(danglingReference(at, field, position, id, role));
      return;
    }
    const kind = this.index.kinds[entity]!;
    if ((expects.mask & (1 << kind)) === 0) this.problems.push(wrongKind(at, field, position, id, expects, role, ENTITY_KINDS[kind]!));
  }
}

function append(problems: Problem[], more: readonly Problem[]): void {
  // A loop, not push(...more): spreading hundreds of thousands of problems as arguments
  // would overflow the stack.
  for (let i = 0; i < more.length; i++) problems.push(more[i]!);
}

/**
 * Runs every whole-document check, with one entity index shared by all of them, and
 * one walk for references and inference marks. The
 * problems come in the order of the separate checks: duplicate ids, references,
 * evidence, times, inference marks, consistency. `large` is passed on to the id table.
 */
export function runDocumentChecks(document: NewsDocument, large?: number): Problem[] {
  const index = indexEntities(document, large);
  const references = new IndexedReferenceCheck(index);
  walkReferences(document, references);
  const problems = index.problems;
  append(problems, references.problems);
  append(problems, checkEvidence(document));
  append(problems, checkTimes(document));
  append(problems, references.marks.problems());
  append(problems, findInconsistencies(document, index.ids, index));
  return problems;
}
