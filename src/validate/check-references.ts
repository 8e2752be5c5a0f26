import type { EntityKind } from "../model/id.js";
import type { NewsDocument } from "../model/document.js";
import type { DocumentTable } from "./document-table.js";
import { problem, type Problem } from "./problem.js";

const ARTICLE: { readonly [kind in EntityKind]: string } = {
  person: "a person",
  state: "a state",
  organization: "an organization",
  "counted-group": "a counted group",
  "unnamed-source": "an unnamed source",
  place: "a place",
  post: "a post",
  delegation: "a delegation",
  series: "a series of talks",
  meeting: "a meeting",
  position: "a position",
  issue: "an issue",
  happening: "a happening",
  time: "a time expression",
  attribution: "an attribution",
  evidence: "an evidence span",
};

/**
 * A kind of object as a noun phrase with its article, for messages: `"a time expression"`.
 * @example
 * ```ts
 * describeKind("counted-group");
 * //=> "a counted group"
 * ```
 * @group Validation
 */
export function describeKind(kind: EntityKind): string {
  return ARTICLE[kind];
}

function listKinds(kinds: readonly EntityKind[]): string {
  const names = kinds.map(describeKind);
  // Every reference names at least one kind.
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/** The field a reference sits in: the last key of its path, past any list index. */
function fieldOf(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === "string") return path[i] as string;
  return undefined;
}

/**
 * Checks that every reference names an object in the document (`dangling-reference`),
 * and one of a kind its field allows (`wrong-kind`): a delegation member is a person,
 * a `sidelinesOfId` names a meeting.
 *
 * @remarks A wrong-kind message says what the field must name and what the id names
 * instead, so the fix is plain: point the field at an object of that kind. A dangling
 * reference says which object is missing.
 * @example
 * ```ts
 * checkReferences(document, tabulateDocument(document))[0]?.message;
 * //=> '`sidelinesOfId` must name a meeting; `six-party-talks` is a series of talks'
 * ```
 * @group Validation
 */
export function checkReferences(
  _document: NewsDocument,
  table: Pick<DocumentTable, "references"> & { readonly entities: ReadonlyMap<string, { readonly kind: EntityKind }> },
): Problem[] {
  const problems: Problem[] = [];
  for (const { site, id, path } of table.references) {
    const target = table.entities.get(id);
    if (!target) problems.push(problem("dangling-reference", path, `${site.role} names "${id}", which is not in the document`));
    else if (!site.kinds.includes(target.kind))
      problems.push(
        problem("wrong-kind", path, `\`${fieldOf(path) ?? site.role}\` must name ${listKinds(site.kinds)}; \`${id}\` is ${describeKind(target.kind)}`),
      );
  }
  return problems;
}
