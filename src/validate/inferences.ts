import type { NewsDocument } from "../model/document.js";
import type { Inference } from "../model/inference.js";
import { problem, type Problem } from "./problem.js";

function isIndex(key: string): boolean {
  if (key.length === 0 || (key.length > 1 && key.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * The own key of `object` that the pointer's token from `from` to `to` names, if any.
 * The token is compared with the object's keys rather than looked up: a lookup by a
 * freshly cut string goes through the engine's string table every time.
 */
function ownKeyAt(object: object, pointer: string, from: number, to: number): string | undefined {
  const token = pointer.slice(from, to);
  for (const key in object) if (key === token) return Object.hasOwn(object, key) ? key : undefined;
  return undefined;
}

function resolvePointer(root: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  const escaped = pointer.includes("~");
  let here: unknown = root;
  // Walks the pointer one token at a time, without splitting it into an array.
  for (let from = 1; ; ) {
    const slash = pointer.indexOf("/", from);
    const to = slash < 0 ? pointer.length : slash;
    if (Array.isArray(here)) {
      const key = pointer.slice(from, to);
      if (!isIndex(key) || Number(key) >= here.length) return false;
      here = here[Number(key)];
    } else if (here === null || typeof here !== "object") {
      return false;
    } else if (escaped) {
      const key = pointer.slice(from, to).replaceAll("~1", "/").replaceAll("~0", "~");
      if (!Object.hasOwn(here, key)) return false;
      here = (here as { readonly [key: string]: unknown })[key];
    } else {
      const key = ownKeyAt(here, pointer, from, to);
      if (key === undefined) return false;
      here = (here as { readonly [key: string]: unknown })[key];
    }
    if (slash < 0) break;
    from = slash + 1;
  }
  return here !== undefined;
}

type Holder = { readonly inferred?: readonly Inference[] | undefined };

const HOLDING = ["actors", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings", "times"] as const;

/**
 * Checks the marks of one holder, at `collection`/`index` (`index` -1 for the article),
 * then `part` and `partIndex` where given. The path is built only for a problem.
 */
function checkMarks(problems: Problem[], holder: Holder, collection: string, index: number, part?: string, partIndex = -1): void {
  const marks = holder.inferred;
  if (!marks) return;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m]!;
    if (resolvePointer(holder, mark.path)) continue;
    const path: (string | number)[] = [collection];
    if (index >= 0) path.push(index);
    if (part !== undefined) path.push(part);
    if (partIndex >= 0) path.push(partIndex);
    path.push("inferred", m, "path");
    problems.push(
      problem(
        "inference-path",
        path,
        `the inference mark points at "${mark.path}", which holds no value here: mark a value that is present, or drop the mark`,
      ),
    );
  }
}

/**
 * Checks that each inference mark points at a value that exists in the object that
 * carries it.
 * @group Validation
 */
export function checkInferences(document: NewsDocument): Problem[] {
  const problems: Problem[] = [];
  checkMarks(problems, document.article, "article", -1);
  for (let c = 0; c < HOLDING.length; c++) {
    const collection = HOLDING[c]!;
    const items: readonly Holder[] = document[collection];
    for (let index = 0; index < items.length; index++) checkMarks(problems, items[index]!, collection, index);
  }
  for (let index = 0; index < document.delegations.length; index++) {
    const members = document.delegations[index]!.members;
    for (let m = 0; m < members.length; m++) checkMarks(problems, members[m]!, "delegations", index, "members", m);
  }
  for (let index = 0; index < document.meetings.length; index++) {
    const meeting = document.meetings[index]!;
    if (meeting.purpose) checkMarks(problems, meeting.purpose, "meetings", index, "purpose");
    if (meeting.outcome) checkMarks(problems, meeting.outcome, "meetings", index, "outcome");
  }
  return problems;
}
