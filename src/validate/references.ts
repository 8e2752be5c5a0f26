import type { NewsDocument } from "../model/document.js";
import type { EntityKind, EntityLocation } from "./entities.js";
import { danglingReference, wrongKind } from "./_lib/reference-problems.js";
import { referencePath, walkReferences, type KindSet, type Path, type ReferenceVisitor } from "./_lib/reference-table.js";
import type { Problem } from "./problem.js";

/**
 * One reference from an object in a document to another, by id.
 * @group Validation
 */
export interface Reference {
  /** The path from the document root to the id that refers. */
  readonly path: readonly (string | number)[];
  /** The id referred to. */
  readonly id: string;
  /** The kinds it may name. */
  readonly expects: readonly EntityKind[];
  /** What the referring field is, for messages: "a delegation member". */
  readonly role: string;
}

class ReferenceLister implements ReferenceVisitor {
  readonly found: Reference[] = [];
  reference(at: Path, field: string, index: number, id: string, expects: KindSet, role: string): void {
    this.found.push({ path: referencePath(at, field, index), id, expects: expects.kinds, role });
  }
  holder(): void {}
}

class LocationChecker implements ReferenceVisitor {
  readonly problems: Problem[] = [];
  constructor(private readonly locations: ReadonlyMap<string, EntityLocation>) {}
  reference(at: Path, field: string, index: number, id: string, expects: KindSet, role: string): void {
    const target = this.locations.get(id);
    if (!target) this.problems.push(danglingReference(at, field, index, id, role));
    else if (!expects.kinds.includes(target.kind)) this.problems.push(wrongKind(at, field, index, id, expects, role, target.kind));
  }
  holder(): void {}
}

/**
 * Lists every reference by id in a document, with the kinds each may name.
 *
 * @remarks This table is the one place that says what each reference must point at: a
 * delegation member is a person, a `sidelinesOfId` names a meeting, a holder is a state,
 * an organisation or a delegation. {@link validateDocument} checks each against the
 * document, and the query index follows the same table.
 * @example
 * ```ts
 * [...listReferences(document)].find((ref) => ref.path.at(-1) === "sidelinesOfId");
 * //=> { path: ["meetings", 1, "sidelinesOfId"], id: "six-party-round-2", expects: ["meeting"], role: "the meeting a meeting was held on the sidelines of" }
 * ```
 * @group Validation
 */
export function* listReferences(document: NewsDocument): Generator<Reference> {
  const lister = new ReferenceLister();
  walkReferences(document, lister);
  yield* lister.found;
}

/**
 * Checks that every reference in a document names an object that exists, and of a
 * kind the reference allows.
 * @group Validation
 */
export function checkReferences(document: NewsDocument, locations: ReadonlyMap<string, EntityLocation>): Problem[] {
  const checker = new LocationChecker(locations);
  walkReferences(document, checker);
  return checker.problems;
}
