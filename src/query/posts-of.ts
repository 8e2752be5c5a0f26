import { Post } from "../model/post.js";
import type { DocumentIndex } from "./index-document.js";
import { referrers } from "./referrers.js";

/**
 * Lists the posts a person holds or held, in document order.
 * @example
 * ```ts
 * postsOf(index, "kim-kye-gwan").map((post) => post.title);
 * //=> ["Vice Foreign Minister"]
 * ```
 * @group Queries
 */
export function postsOf(index: DocumentIndex, personId: string): Post[] {
  return referrers(index, personId, Post, "holderId", "post");
}
