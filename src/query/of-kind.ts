import { ActorKind as ActorKindSchema, type ActorKind, type EntityKind } from "../model/id.js";
import type { DocumentIndex, EntityOfKind } from "./index-document.js";

/** The kinds of actor. */
export const ACTOR_KINDS: readonly ActorKind[] = ActorKindSchema.options;

/** The object with this id, if it is of one of these kinds. */
export function ofKind<Kind extends EntityKind>(
  index: DocumentIndex,
  id: string,
  kinds: readonly Kind[],
): EntityOfKind[Kind] | undefined {
  const found = index.entities.get(id);
  return found && (kinds as readonly EntityKind[]).includes(found.kind) ? (found.entity as EntityOfKind[Kind]) : undefined;
}
