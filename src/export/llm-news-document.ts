import * as z from "zod";
import { NewsDocument, type NewsDocumentInput } from "../model/document.js";
import { llmSchemaOf } from "./_lib/llm-form.js";

/**
 * The structured-output form of a value: every optional field required and nullable,
 * and the `extensions` and `$schema` keys left out, all the way down.
 *
 * @remarks Ids keep their brands: a parsed `actorId` is still an {@link ActorId}.
 * @example
 * ```ts
 * const round: LlmForm<Round> = { number: null, relation: "next" };
 * ```
 * @group LLM structured output
 */
export type LlmForm<Value> = Value extends readonly (infer Item)[]
  ? LlmForm<Item>[]
  : Value extends string | number | boolean | null | undefined
    ? Value
    : {
        -readonly [Key in keyof Value as Key extends "extensions" | "$schema" ? never : Key]-?: undefined extends Value[Key]
          ? LlmForm<Exclude<Value[Key], undefined>> | null
          : LlmForm<Value[Key]>;
      };

// Derived on first use rather than at import: rebuilding every object of the document
// schema takes several milliseconds that a program which never asks a model would pay on
// every start. The lazy wrapper keeps one exported schema; the derived one is built once.
let built: z.ZodType | undefined;

/**
 * The document schema in the subset of JSON Schema that language models' structured
 * outputs accept: an object at the root, every property required with `null` for
 * absent, every object closed, `anyOf` rather than `oneOf`, no records and no
 * transforms.
 *
 * @remarks
 * Derived from {@link NewsDocument} on first use, so the two never drift: the
 * same fields, descriptions, enums and id patterns, with these changes:
 * - an optional field is required and may be `null`, and its description says so;
 * - `extensions` (a record of any JSON under any key) is left out everywhere: a record
 *   needs `additionalProperties` with a schema, which the subset forbids, and it holds
 *   the user's own data, which is nothing to extract from an article. Add it after
 *   {@link fromLlmOutput} if you need it. `$schema` is left out too;
 * - discriminated unions (actors, times, meeting participants) become plain unions,
 *   which JSON Schema writes as `anyOf`;
 * - the rule that a {@link TimeValue}'s precision and fields agree is not part of it (the
 *   subset has no `if`/`then`); {@link fromLlmOutput} checks it.
 *
 * Pass it to the openai SDK's `zodResponseFormat` or the Anthropic SDK's
 * `zodOutputFormat`; its JSON Schema ships as `news-event-models/schemas/llm-document.json`.
 * Turn the model's answer into a document with {@link fromLlmOutput}, which runs the
 * whole-document checks.
 * @example
 * ```ts
 * import { zodResponseFormat } from "openai/helpers/zod";
 *
 * const format = zodResponseFormat(LlmNewsDocument, "news_document");
 * format.json_schema.strict;
 * //=> true
 * ```
 * @group LLM structured output
 */
export const LlmNewsDocument: z.ZodType<LlmNewsDocument, LlmForm<NewsDocumentInput>> = /* @__PURE__ */ z.lazy(
  () => (built ??= llmSchemaOf(NewsDocument)),
) as z.ZodType<LlmNewsDocument, LlmForm<NewsDocumentInput>>;
/**
 * A document in its structured-output form: what a language model answers with, and
 * what {@link fromLlmOutput} reads.
 * @group LLM structured output
 */
export type LlmNewsDocument = LlmForm<NewsDocument>;
