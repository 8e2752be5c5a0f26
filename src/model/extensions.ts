import * as z from "zod";

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
export const Extensions = /* @__PURE__ */ z
  .record(z.string().min(1), z.json())
  .register(z.globalRegistry, {
    description:
      'Data the model has no field for, kept as it is: any JSON values under keys namespaced by their owner, such as "acme:confidence".',
  });
/** @group Extensions */
export type Extensions = { [key: string]: z.core.util.JSONType };
