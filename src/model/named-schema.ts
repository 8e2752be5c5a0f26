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
