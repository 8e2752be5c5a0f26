import type { ActorId } from "../model/id.js";
import type { Actor } from "../model/actor.js";
import type { DocumentIndex } from "./index-document.js";
import { ACTOR_KINDS, ofKind } from "./of-kind.js";

/**
 * Finds an actor: a person, state, organisation, counted group or unnamed source by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getActor(index, ActorId.parse("japan"))?.name;
 * //=> "Japan"
 * ```
 * @group Queries
 */
export function getActor(index: DocumentIndex, id: ActorId): Actor | undefined {
  return ofKind(index, id, ACTOR_KINDS);
}
