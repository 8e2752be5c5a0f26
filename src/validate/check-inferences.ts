import type { NewsDocument } from "../model/document.js";
import type { Inference } from "../model/inference.js";
import { tabulateDocument, type DocumentTable } from "./document-table.js";
import { problem, type Problem } from "./problem.js";

/** Whether a JSON Pointer (RFC 6901) names a value inside `root`; `""` names `root` itself. */
function pointsAtValue(root: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  let here: unknown = root;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (Array.isArray(here)) {
      if (!/^(?:0|[1-9]\d*)$/.test(key) || Number(key) >= here.length) return false;
      here = here[Number(key)];
    } else if (typeof here === "object" && here !== null && Object.hasOwn(here, key)) {
      here = (here as { readonly [key: string]: unknown })[key];
    } else return false;
  }
  return here !== undefined;
}

/**
 * Checks that each inference mark points at a value that exists in the object that
 * carries it: a mark on a value that is absent marks nothing, and is most likely a
 * mistyped path.
 * @example
 * ```ts
 * checkInferences(document, tabulateDocument(document));
 * //=> []
 * ```
 * @group Validation
 */
export function checkInferences(document: NewsDocument, table: DocumentTable = tabulateDocument(document)): Problem[] {
  const problems: Problem[] = [];
  for (const { holder, path } of table.marked) {
    (holder.inferred as readonly Inference[]).forEach((mark, index) => {
      if (!pointsAtValue(holder, mark.path))
        problems.push(
          problem(
            "inference-path",
            [...path, "inferred", index, "path"],
            `the inference mark points at "${mark.path}", which holds no value here: mark a value that is present, or drop the mark`,
          ),
        );
    });
  }
  return problems;
}
