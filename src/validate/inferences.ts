import type { NewsDocument } from "../model/document.js";
import type { Inference } from "../model/inference.js";
import { problem, type Problem } from "./problem.js";

function resolvePointer(root: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  let here: unknown = root;
  const escaped = pointer.includes("~");
  for (const raw of pointer.slice(1).split("/")) {
    const key = escaped ? raw.replaceAll("~1", "/").replaceAll("~0", "~") : raw;
    if (Array.isArray(here)) {
      if (!/^(?:0|[1-9]\d*)$/.test(key) || Number(key) >= here.length) return false;
      here = here[Number(key)];
    } else if (here !== null && typeof here === "object" && Object.hasOwn(here, key)) {
      here = (here as { readonly [key: string]: unknown })[key];
    } else {
      return false;
    }
  }
  return here !== undefined;
}

function* holders(document: NewsDocument): Generator<[(string | number)[], unknown, readonly Inference[]]> {
  if (document.article.inferred) yield [["article"], document.article, document.article.inferred];
  for (const collection of ["actors", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings", "times"] as const) {
    const items: readonly { inferred?: readonly Inference[] | undefined }[] = document[collection];
    for (const [index, item] of items.entries()) if (item.inferred) yield [[collection, index], item, item.inferred];
  }
  for (const [index, delegation] of document.delegations.entries())
    for (const [m, member] of delegation.members.entries())
      if (member.inferred) yield [["delegations", index, "members", m], member, member.inferred];
  for (const [index, meeting] of document.meetings.entries()) {
    if (meeting.purpose?.inferred) yield [["meetings", index, "purpose"], meeting.purpose, meeting.purpose.inferred];
    if (meeting.outcome?.inferred) yield [["meetings", index, "outcome"], meeting.outcome, meeting.outcome.inferred];
  }
}

/**
 * Checks that each inference mark points at a value that exists in the object that
 * carries it.
 * @group Validation
 */
export function checkInferences(document: NewsDocument): Problem[] {
  const problems: Problem[] = [];
  for (const [path, holder, marks] of holders(document))
    for (const [index, mark] of marks.entries())
      if (!resolvePointer(holder, mark.path))
        problems.push(
          problem(
            "inference-path",
            [...path, "inferred", index, "path"],
            `the inference mark points at "${mark.path}", which holds no value here: mark a value that is present, or drop the mark`,
          ),
        );
  return problems;
}
