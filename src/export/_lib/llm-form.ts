import * as z from "zod";

/**
 * Keys the structured-output form leaves out: `extensions` is a record (any JSON under
 * any key), which the structured-output subset cannot say with every property required
 * and `additionalProperties: false`; `$schema` is an address for editors, not a fact.
 */
export const LLM_DROPPED_KEYS: ReadonlySet<string> = new Set(["extensions", "$schema"]);

const NULL_MEANS = "Null where the article does not say.";

type Described = { readonly [key: string]: unknown; readonly description?: string };

function metaOf(schema: z.core.$ZodType): Described | undefined {
  return z.globalRegistry.get(schema) as Described | undefined;
}

function defOf(schema: z.core.$ZodType): z.core.$ZodTypeDef & Record<string, unknown> {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

function isDropped(key: string, field: z.core.$ZodType): boolean {
  const def = defOf(field);
  const inner = def.type === "optional" ? (def.innerType as z.core.$ZodType) : field;
  return LLM_DROPPED_KEYS.has(key) && (def.type === "optional" || defOf(inner).type === "record");
}

/**
 * Builds the structured-output form of a schema: objects closed and rebuilt without
 * their refinements, optional fields required and nullable, discriminated unions plain
 * (`anyOf`), dropped keys left out; strings, numbers, enums and literals reused as
 * they are.
 */
export function llmSchemaOf(schema: z.core.$ZodType, replace?: (schema: z.core.$ZodType) => z.ZodType | undefined): z.ZodType {
  const replaced = replace?.(schema);
  if (replaced) return replaced;
  const llmSchemaOf = (inner: z.core.$ZodType) => llmSchemaOfWith(inner, replace);
  const def = defOf(schema);
  const meta = metaOf(schema);
  switch (def.type) {
    case "object": {
      const shape: Record<string, z.ZodType> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.core.$ZodType>))
        if (!isDropped(key, field)) shape[key] = llmSchemaOf(field);
      const rebuilt = z.strictObject(shape);
      return meta ? rebuilt.meta({ ...meta }) : rebuilt;
    }
    case "optional": {
      const inner = def.innerType as z.core.$ZodType;
      const said = meta?.description ?? metaOf(inner)?.description;
      return llmSchemaOf(inner)
        .nullable()
        .meta({ description: said === undefined ? NULL_MEANS : `${said} ${NULL_MEANS}` });
    }
    case "array": {
      // A clone keeps the list's own checks (at least one holder, two options).
      const rebuilt = z.core.clone(schema, { ...def, element: llmSchemaOf(def.element as z.core.$ZodType) } as z.core.$ZodTypeDef) as z.ZodType;
      return meta ? rebuilt.meta({ ...meta }) : rebuilt;
    }
    case "union": {
      const rebuilt = z.union((def.options as z.core.$ZodType[]).map(llmSchemaOf) as [z.ZodType, z.ZodType, ...z.ZodType[]]);
      return meta ? rebuilt.meta({ ...meta }) : rebuilt;
    }
    case "record":
      throw new TypeError("a record has no structured-output form: leave it out (as `extensions` is) or model it as a list");
    default:
      return schema as z.ZodType;
  }
}

function llmSchemaOfWith(schema: z.core.$ZodType, replace?: (schema: z.core.$ZodType) => z.ZodType | undefined): z.ZodType {
  return llmSchemaOf(schema, replace);
}

/** Fills every absent optional field of a value of `schema` with null, and leaves out the dropped keys. */
export function withNulls(schema: z.core.$ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return value === undefined ? null : withNulls(def.innerType as z.core.$ZodType, value);
    case "object": {
      const object = value as Record<string, unknown>;
      const filled: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape as Record<string, z.core.$ZodType>))
        if (!isDropped(key, field)) filled[key] = withNulls(field, object[key]);
      return filled;
    }
    case "array":
      return (value as readonly unknown[]).map((item) => withNulls(def.element as z.core.$ZodType, item));
    case "union": {
      const options = def.options as z.core.$ZodType[];
      const matching = options.find((option) => z.safeParse(option, value).success);
      return matching === undefined ? value : withNulls(matching, value);
    }
    default:
      return value;
  }
}

/**
 * Copies a JSON value with every object key whose value is null left out, except inside
 * `extensions`, whose values are any JSON, null included, and are kept as they are.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== "object") return value;
  const kept: Record<string, unknown> = {};
  // Defined rather than assigned, so that a "__proto__" key stays a key (and is reported) instead of becoming the prototype.
  for (const [key, item] of Object.entries(value))
    if (item !== null)
      Object.defineProperty(kept, key, { value: key === "extensions" ? item : withoutNulls(item), enumerable: true, writable: true, configurable: true });
  return kept;
}
