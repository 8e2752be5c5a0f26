import type { Meeting } from "../model/meeting.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a meeting by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getMeeting(index, "deputies-meeting")?.formality;
 * //=> "informal"
 * ```
 * @group Queries
 */
export function getMeeting(index: DocumentIndex, id: string): Meeting | undefined {
  return ofKind(index, id, ["meeting"]);
}
