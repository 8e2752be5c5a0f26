import * as z from "zod";

/**
 * Why a value that the article does not state was filled in.
 *
 * @remarks
 * - `context`: read from events outside the article (the article's date from the
 *   calendar of the talks it describes).
 * - `reading`: read between the lines of the article (the speaker named in the next
 *   sentence is the deputy chief the sentence before mentions).
 * - `world-knowledge`: a fact about the world that the article takes for granted (an
 *   ISO code, a city's time zone, a name in its native script).
 * - `convention`: a default this package applies (a part of the day's hours).
 * @group Inference
 */
export const InferenceBasis = /* @__PURE__ */ z
  .enum(["context", "reading", "world-knowledge", "convention"])
  .meta({
    description:
      "Why the value was filled in: context (events outside the article), reading (between the article's lines), world-knowledge (a fact the article takes for granted) or convention (a default of this package).",
  });
export type InferenceBasis = z.infer<typeof InferenceBasis>;

const InferenceShape = {
  /** JSON Pointer (RFC 6901) to the inferred value, relative to the object that carries this mark; `""` marks the whole object. */
  path: z
    .string()
    .regex(/^(?:\/[^/]*)*$/, { error: 'must be a JSON Pointer such as "/referenceDate", or "" for the whole object' })
    .meta({
      description:
        'JSON Pointer (RFC 6901) to the inferred value, relative to the object that carries this mark, such as "/referenceDate"; "" marks the whole object.',
    }),
  /** What kind of reasoning filled the value in. */
  basis: InferenceBasis,
  /** The reasoning, in a sentence or two, that a reader can check. */
  reason: z.string().min(1).meta({ description: "The reasoning that filled the value in, in a sentence or two a reader can check." }),
};

/** The type of the {@link Inference} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface InferenceSchema extends z.ZodObject<typeof InferenceShape, z.core.$strict> {}

/**
 * A mark that one value of an object was inferred, not stated by the article, with
 * the reason.
 *
 * @remarks
 * Nothing in a document is invented: a value the article does not state is either
 * absent or carries one of these marks in the `inferred` list of the object that holds
 * it. {@link validateDocument} checks that each `path` points at a value that exists.
 * Read them with {@link isInferred}.
 * @example
 * ```ts
 * Inference.parse({
 *   path: "/referenceDate",
 *   basis: "context",
 *   reason: "The article gives no date; its weekdays fit the six-party talks that opened on Wednesday 25 February 2004.",
 * });
 * ```
 * @group Inference
 */
export const Inference: InferenceSchema = /* @__PURE__ */ z
  .strictObject(InferenceShape)
  .meta({
    title: "Inference",
    description: "A mark that one value of the object that carries it was inferred rather than stated by the article, with the reason.",
  });
export type Inference = z.infer<typeof Inference>;

/**
 * The list of inference marks carried by an object.
 * @group Inference
 */
export const Inferred = /* @__PURE__ */ z
  .array(Inference)
  .meta({ description: "Values of this object that the article does not state, each with the reason it was filled in." });
export type Inferred = z.infer<typeof Inferred>;

/**
 * Tells whether the value at `path` of an object (or the object itself, or a value
 * that contains the path) is marked as inferred, and returns the mark.
 *
 * @example
 * ```ts
 * isInferred(article, "/referenceDate");
 * //=> { path: "/referenceDate", basis: "context", reason: "…" }
 * isInferred(article, "/text");
 * //=> undefined
 * ```
 * @group Inference
 */
export function isInferred(
  holder: { readonly inferred?: readonly Inference[] | undefined },
  path: string,
): Inference | undefined {
  return holder.inferred?.find(
    (mark) => mark.path === "" || mark.path === path || path.startsWith(`${mark.path}/`),
  );
}
