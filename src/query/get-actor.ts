import type { Actor } from "../model/actor.js";
import type { DocumentIndex } from "./index-document.js";
import { ACTOR_KINDS, ofKind } from "./of-kind.js";

/**
 * Finds an actor: a person, state, organisation, counted group or unnamed source by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getActor(index, "japan")?.name;
 * //=> "Japan"
 * ```
 * @group Queries
 */
export function getActor(index: DocumentIndex, id: string): Actor | undefined {
  return ofKind(index, id, ACTOR_KINDS);
}
