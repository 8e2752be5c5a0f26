import type { EntityKind } from "../validate/entities.js";
import type { DocumentIndex, EntityOfKind } from "./index-document.js";

/** The kinds of actor. */
export const ACTOR_KINDS = ["person", "state", "organization", "counted-group", "unnamed-source"] as const;

/** The object with this id, if it is of one of these kinds. */
export function ofKind<Kind extends EntityKind>(
  index: DocumentIndex,
  id: string,
  kinds: readonly Kind[],
): EntityOfKind[Kind] | undefined {
  const found = index.entities.get(id);
  return found && (kinds as readonly EntityKind[]).includes(found.kind) ? (found.entity as EntityOfKind[Kind]) : undefined;
}
