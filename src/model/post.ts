import * as z from "zod";
import { ActorId, PostId, TimeId, reference } from "./id.js";
import { factFields } from "./fact.js";

const PostShape = {
  /** Unique id of this post. */
  id: PostId,
  /** The person who holds the title. */
  holderId: reference(ActorId, { role: "the holder of a post", kinds: ["person"], description: "Id of the person who holds the title." }),
  /** The title as the article writes it ("deputy director general"). */
  title: z.string().min(1).meta({
    description: "The title as the article writes it, such as \"deputy director general\" or \"Vice Foreign Minister\".",
  }),
  /** The organisation (or state) in which the title is held. */
  organizationId: reference(ActorId, {
    role: "the organization of a post",
    kinds: ["state", "organization"],
    description: "Id of the organisation, or state, in which the title is held.",
  }),
  /** A time at which the article says the person held it. */
  heldAtId: reference(TimeId, {
    role: "the time a post was held",
    description: "Id of a time expression at which the article says the person held the post.",
  }).optional(),
  /** When the person took up the post, where known. */
  startId: reference(TimeId, {
    role: "the start of a post",
    description: "Id of the time expression for when the person took up the post, where known.",
  }).optional(),
  /** When the person left the post, where known. */
  endId: reference(TimeId, { role: "the end of a post", description: "Id of the time expression for when the person left the post, where known." }).optional(),
  ...factFields("a post"),
};

/** The type of the {@link Post} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface PostSchema extends z.ZodObject<typeof PostShape, z.core.$strict> {}

/**
 * A person's title in an organisation, with the time they held it as far as it is
 * known: "Akitaka Saiki, deputy director general of the Foreign Ministry's Asian and
 * Oceanian Affairs Bureau".
 *
 * @remarks Titles are an open vocabulary: write them as the article does. The holder
 * must be a person and the organisation an organisation or a state; {@link validateDocument}
 * checks both. A news article usually dates a post only by the article itself: leave
 * `startId` and `endId` absent rather than guess. Maps to Popolo `Membership` with a
 * `Post`.
 * @example
 * ```ts
 * Post.parse({
 *   id: "post-saiki",
 *   holderId: "akitaka-saiki",
 *   title: "deputy director general",
 *   organizationId: "jp-mofa-asian-oceanian-bureau",
 *   evidenceIds: ["ev-saiki-post"],
 * });
 * ```
 * @see https://www.popoloproject.com/specs/membership.html
 * @group Posts
 */
export const Post: PostSchema = /* @__PURE__ */ z
  .strictObject(PostShape)
  .meta({
    title: "Post",
    description: "A person's title in an organisation, with the time they held it as far as it is known.",
  });
export type Post = z.infer<typeof Post>;
export type PostInput = z.input<typeof Post>;
