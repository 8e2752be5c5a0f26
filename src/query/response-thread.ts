import { Position } from "../model/position.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";
import { referrers } from "./referrers.js";

/**
 * A position with the positions that answer it, and theirs in turn: a thread of claim
 * and counter-claim.
 * @group Queries
 */
export interface ResponseThread {
  /** The position. */
  readonly position: Position;
  /** How far from the start of the thread: 0 for the position asked about, 1 for its answers. */
  readonly depth: number;
  /** The positions whose `answersId` names this one, in document order, each with its own answers. */
  readonly responses: readonly ResponseThread[];
}

/**
 * Builds the thread of responses to a position: the positions that answer it through
 * `answersId`, and those that answer them, as a tree.
 *
 * @remarks Returns `undefined` for an id that names no position. Only `answersId`
 * makes a thread; a repetition (`repeatsId`) does not. A document whose answers loop
 * is invalid; were one indexed anyway, each position appears in the tree once.
 * @example
 * ```ts
 * const thread = responseThread(index, "pos-nk-assertion");
 * thread?.responses.map((reply) => reply.position.kind);
 * //=> ["denial"]
 * ```
 * @group Queries
 */
export function responseThread(index: DocumentIndex, positionId: string): ResponseThread | undefined {
  const root = ofKind(index, positionId, ["position"]);
  if (!root) return undefined;
  const seen = new Set<string>([root.id]);
  const grow = (position: Position, depth: number): ResponseThread => {
    const answers = referrers(index, position.id, Position, "answersId", "position").filter((answer) => !seen.has(answer.id));
    for (const answer of answers) seen.add(answer.id);
    return { position, depth, responses: answers.map((answer) => grow(answer, depth + 1)) };
  };
  return grow(root, 0);
}
