import * as z from "zod";
import type { NamedObject } from "./named-schema.js";
import { ActorId, PostId, TimeId, type AttributionId, type EvidenceId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

const PostShape = {
  /** Unique id of this post. */
  id: PostId as typeof PostId,
  /** The person who holds the title. */
  holderId: ActorId.meta({ description: "Id of the person who holds the title." }),
  /** The title as the article writes it ("deputy director general"). */
  title: z.string().min(1).register(z.globalRegistry, {
    description: "The title as the article writes it, such as \"deputy director general\" or \"Vice Foreign Minister\".",
  }),
  /** The organisation (or state) in which the title is held. */
  organizationId: ActorId.meta({ description: "Id of the organisation, or state, in which the title is held." }),
  /** A time at which the article says the person held it. */
  heldAtId: TimeId.optional().register(z.globalRegistry, { description: "Id of a time expression at which the article says the person held the post." }),
  /** When the person took up the post, where known. */
  startId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when the person took up the post, where known." }),
  /** When the person left the post, where known. */
  endId: TimeId.optional().register(z.globalRegistry, { description: "Id of the time expression for when the person left the post, where known." }),
  ...FactFields,
};
// Post's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const PostType: z.ZodObject<typeof PostShape, z.core.$strict>;

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
export const Post: NamedObject<typeof PostType.shape, Post, PostInput> = /* @__PURE__ */ z
  .strictObject(PostShape)
  .register(z.globalRegistry, {
    title: "Post",
    description: "A person's title in an organisation, with the time they held it as far as it is known.",
  });
/**
 * What the `Post` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Posts
 */
export type Post = Fact & {
  /** Unique id of this post. */
  id: PostId;
  /** The person who holds the title. */
  holderId: ActorId;
  /** The title as the article writes it ("deputy director general"). */
  title: string;
  /** The organisation (or state) in which the title is held. */
  organizationId: ActorId;
  /** A time at which the article says the person held it. */
  heldAtId?: TimeId | undefined;
  /** When the person took up the post, where known. */
  startId?: TimeId | undefined;
  /** When the person left the post, where known. */
  endId?: TimeId | undefined;
};
/**
 * What the `Post` schema accepts: {@link Post} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Posts
 */
export type PostInput = FactInput & {
  /** Unique id of this post. */
  id: string;
  /** The person who holds the title. */
  holderId: string;
  /** The title as the article writes it ("deputy director general"). */
  title: string;
  /** The organisation (or state) in which the title is held. */
  organizationId: string;
  /** A time at which the article says the person held it. */
  heldAtId?: string | undefined;
  /** When the person took up the post, where known. */
  startId?: string | undefined;
  /** When the person left the post, where known. */
  endId?: string | undefined;
};
