import type { MeetingId } from "../model/id.js";
import type { Meeting } from "../model/meeting.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a meeting by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getMeeting(index, MeetingId.parse("deputies-meeting"))?.formality;
 * //=> "informal"
 * ```
 * @group Queries
 */
export function getMeeting(index: DocumentIndex, id: MeetingId): Meeting | undefined {
  return ofKind(index, id, ["meeting"]);
}
