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

function resolvePointer(root: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  const escaped = pointer.includes("~");
  let here: unknown = root;
  // Walks the pointer one token at a time, without splitting it into an array.
  for (let from = 1; ; ) {
    const slash = pointer.indexOf("/", from);
    const raw = slash < 0 ? pointer.slice(from) : pointer.slice(from, slash);
    const key = escaped ? raw.replaceAll("~1", "/").replaceAll("~0", "~") : raw;
    if (Array.isArray(here)) {
      if (!isIndex(key) || Number(key) >= here.length) return false;
      here = here[Number(key)];
    } else if (here !== null && typeof here === "object" && Object.hasOwn(here, key)) {
      here = (here as { readonly [key: string]: unknown })[key];
    } else {
      return false;
    }
    if (slash < 0) break;
    from = slash + 1;
  }
  return here !== undefined;
}

type Holder = { readonly inferred?: readonly Inference[] | undefined };

const HOLDING = ["actors", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings", "times"] as const;

function checkMarks(problems: Problem[], path: readonly (string | number)[], holder: Holder): void {
  const marks = holder.inferred;
  if (!marks) return;
  for (let index = 0; index < marks.length; index++) {
    const mark = marks[index]!;
    if (!resolvePointer(holder, mark.path))
      problems.push(
        problem(
          "inference-path",
          [...path, "inferred", index, "path"],
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
  checkMarks(problems, ["article"], document.article);
  for (const collection of HOLDING) {
    const items: readonly Holder[] = document[collection];
    for (let index = 0; index < items.length; index++) if (items[index]!.inferred) checkMarks(problems, [collection, index], items[index]!);
  }
  for (let index = 0; index < document.delegations.length; index++) {
    const members = document.delegations[index]!.members;
    for (let m = 0; m < members.length; m++)
      if (members[m]!.inferred) checkMarks(problems, ["delegations", index, "members", m], members[m]!);
  }
  for (let index = 0; index < document.meetings.length; index++) {
    const meeting = document.meetings[index]!;
    if (meeting.purpose?.inferred) checkMarks(problems, ["meetings", index, "purpose"], meeting.purpose);
    if (meeting.outcome?.inferred) checkMarks(problems, ["meetings", index, "outcome"], meeting.outcome);
  }
  return problems;
}
