import type { PostId } from "../model/id.js";
import type { Post } from "../model/post.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a post by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: a branded id says which kind the caller expects, and the
 * document is checked, not trusted, for it.
 * @example
 * ```ts
 * getPost(index, PostId.parse("post-saiki"))?.title;
 * //=> "deputy director general"
 * ```
 * @group Queries
 */
export function getPost(index: DocumentIndex, id: PostId): Post | undefined {
  return ofKind(index, id, ["post"]);
}
