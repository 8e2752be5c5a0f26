import { NewsDocument } from "../model/document.js";
import { checkDocument } from "./validate-document.js";

/**
 * The {@link NewsDocument} schema with every whole-document check added: parsing it
 * checks the shape and then that ids are unique, references resolve to the right kind,
 * quotes match the article, intervals are ordered, inference marks point at values and
 * chains do not loop.
 *
 * @remarks A zod schema, and so a Standard Schema: plug it in wherever a schema is
 * wanted (tRPC, Hono, a form library) to accept only valid documents. Each problem
 * becomes a zod issue with code `custom`, the problem's path, its message, and its
 * {@link ProblemCode} as `params.code`. It reads only the current schema version;
 * {@link validateDocument} also migrates older versions and reports unknown ones.
 * @example
 * ```ts
 * const result = CheckedNewsDocument.safeParse(JSON.parse(text));
 * const first = result.success ? undefined : result.error.issues[0];
 * if (first?.code === "custom") console.log(first.params?.code);
 * //=> "dangling-reference"
 * ```
 * @group Validation
 */
export const CheckedNewsDocument: typeof NewsDocument = /* @__PURE__ */ NewsDocument.superRefine((document, context) => {
  for (const found of checkDocument(document))
    context.addIssue({ code: "custom", path: [...found.path], message: found.message, params: { code: found.code } });
});
