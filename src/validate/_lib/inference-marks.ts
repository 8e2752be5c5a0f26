import type { Inference } from "../../model/inference.js";
import { problem, type Problem } from "../problem.js";
import type { Path } from "./reference-table.js";

/** An object that may carry inference marks. */
export type MarkHolder = { readonly inferred?: readonly Inference[] | undefined };

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

/**
 * Checks inference marks holder by holder, as a walk of the document meets them, and
 * keeps the problems in the order of the public check: the article's, then those of the
 * objects of each collection, then of delegation members, then of meetings' purposes
 * and outcomes.
 */
export class MarkCheck {
  private readonly objects: Problem[] = [];
  private readonly members: Problem[] = [];
  private readonly parts: Problem[] = [];

  /** Checks the marks of the object at `at` (valid during the call only). */
  holder(holder: MarkHolder, at: Path): void {
    const marks = holder.inferred;
    if (!marks) return;
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m]!;
      if (resolvePointer(holder, mark.path)) continue;
      const into = at.length <= 2 ? this.objects : at[2] === "members" ? this.members : this.parts;
      into.push(
        problem(
          "inference-path",
          [...at, "inferred", m, "path"],
          `the inference mark points at "${mark.path}", which holds no value here: mark a value that is present, or drop the mark`,
        ),
      );
    }
  }

  /** Every problem found, in order. */
  problems(): Problem[] {
    return [...this.objects, ...this.members, ...this.parts];
  }
}
