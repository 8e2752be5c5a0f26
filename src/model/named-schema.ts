import * as z from "zod";

/**
 * A schema as the schemas that contain it declare it: one that parses an `Input` into
 * the named type `Output`. A compiler reading a containing schema (a meeting's
 * participants, a document's meetings) then takes those names as they are, instead of
 * working both types out again from the schema's own shape, which keeps the type
 * checks of code that uses the package fast.
 *
 * @remarks Only the declared type differs: the schema object is the one exported under
 * its own name, and parses exactly as it does. Each named type is written out in full,
 * and the package's type tests check that it is exactly what zod infers from its schema,
 * both the output and the input.
 * @typeParam Output - the named type the schema parses to, such as {@link Place}.
 * @typeParam Input - the named type it accepts, such as {@link PlaceInput}.
 * @example
 * ```ts
 * import * as z from "zod";
 *
 * // Meeting.shape.place is declared as z.ZodOptional<NamedSchema<Place, PlaceInput>>
 * type MeetingPlace = z.infer<typeof Meeting.shape.place>;
 * //=> Place | undefined
 * ```
 * @group Document
 */
export type NamedSchema<Output, Input> = z.ZodType<Output, Input>;

/**
 * A strict object schema declared by the named types it parses from and to: zod's
 * `ZodObject` of its shape, whose `z.infer` and `z.input` are `Output` and `Input`
 * themselves rather than types worked out again from the shape.
 *
 * @remarks Only the declared type differs from `z.ZodObject<Shape, z.core.$strict>`:
 * every method is zod's own, and `.extend()`, `.pick()` and the like return plain zod
 * objects worked out from the shape, as always. The type parameters' constraints hold
 * each named type to what zod infers from the shape, and the package's type tests check
 * that the two are exactly equal.
 * @typeParam Shape - the object's shape, as `.shape` gives it.
 * @typeParam Output - the named type it parses to, such as {@link Meeting}.
 * @typeParam Input - the named type it accepts, such as {@link MeetingInput}.
 * @example
 * ```ts
 * import * as z from "zod";
 *
 * type Parsed = z.infer<typeof Meeting>;
 * //=> Meeting
 * ```
 * @group Document
 */
export interface NamedObject<
  Shape extends z.core.$ZodShape,
  Output extends z.core.$InferObjectOutput<Shape, {}>,
  Input extends z.core.$InferObjectInput<Shape, {}>,
> extends z.ZodObject<Shape, z.core.$strict> {
  /** zod's internals of the schema, with `output` and `input` named. */
  _zod: Omit<z.core.$ZodObjectInternals<Shape, z.core.$strict>, "output" | "input"> & {
    /** The type the schema parses to. */
    output: Output;
    /** The type the schema accepts. */
    input: Input;
  };
}
