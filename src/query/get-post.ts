import type { Post } from "../model/post.js";
import type { DocumentIndex } from "./index-document.js";
import { ofKind } from "./of-kind.js";

/**
 * Finds a post by its id.
 *
 * @remarks Returns `undefined` where the document holds no such id, or where the id
 * names something else: the id is a plain string, as every query takes it, and the
 * document is checked, not trusted, for its kind.
 * @example
 * ```ts
 * getPost(index, "post-saiki")?.title;
 * //=> "deputy director general"
 * ```
 * @group Queries
 */
export function getPost(index: DocumentIndex, id: string): Post | undefined {
  return ofKind(index, id, ["post"]);
}
