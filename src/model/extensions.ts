import * as z from "zod";

/**
 * Any JSON value: a string, a finite number, a boolean, `null`, or an array or object
 * of JSON values.
 *
 * @remarks In JSON Schema it is `{}`: any JSON value.
 * @group Extensions
 */
export const JsonValue = /* @__PURE__ */ z
  .unknown()
  // zod's own `z.json()`, run as a refinement: a schema holding it stays free of
  // recursion, so it can be compiled with `z.compile`.
  .refine((value): value is z.core.util.JSONType => z.json().safeParse(value).success, {
    error: "must be JSON: a string, a finite number, a boolean, null, or an array or object of JSON values",
  })
  .meta({ description: "Any JSON value." });
export type JsonValue = z.infer<typeof JsonValue>;

/**
 * Room for a user's own data on any object, kept as it is.
 *
 * @remarks
 * Every object in a document is strict: an unknown key is an error, never silently
 * dropped. Data the model has no field for goes here instead, under keys namespaced by
 * its owner (`"acme:confidence"`). The values are any JSON.
 * @example
 * ```ts
 * Extensions.parse({ "acme:confidence": 0.8 });
 * ```
 * @group Extensions
 */
export const Extensions = /* @__PURE__ */ z.record(z.string().min(1), JsonValue).meta({
  description: 'Data the model has no field for, kept as it is: any JSON values under keys namespaced by their owner, such as "acme:confidence".',
});
export type Extensions = z.infer<typeof Extensions>;
