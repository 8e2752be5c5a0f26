import type { EntityKind } from "../entities.js";
import { problem, type Problem } from "../problem.js";
import { referencePath, type KindSet, type Path } from "./reference-table.js";

const ARTICLE: { readonly [kind in EntityKind]: string } = {
  person: "a person",
  state: "a state",
  organization: "an organization",
  "counted-group": "a counted group",
  "unnamed-source": "an unnamed source",
  post: "a post",
  delegation: "a delegation",
  series: "a series",
  meeting: "a meeting",
  position: "a position",
  issue: "an issue",
  happening: "a happening",
  time: "a time expression",
  attribution: "an attribution",
  evidence: "an evidence span",
};

function listKinds(kinds: readonly EntityKind[]): string {
  const names = kinds.map((kind) => ARTICLE[kind]);
  // Every reference names at least one kind.
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** The problem with a reference that names nothing in the document. */
export function danglingReference(at: Path, field: string, index: number, id: string, role: string): Problem {
  return problem("dangling-reference", referencePath(at, field, index), `${role} names "${id}", which is not in the document`);
}

/** The problem with a reference that names an object of a kind it may not name. */
export function wrongKind(at: Path, field: string, index: number, id: string, expects: KindSet, role: string, found: EntityKind): Problem {
  return problem(
    "wrong-kind",
    referencePath(at, field, index),
    `${role} must be ${listKinds(expects.kinds)}, but "${id}" is ${ARTICLE[found]}`,
  );
}
