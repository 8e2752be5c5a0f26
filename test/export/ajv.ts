import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Compiles a JSON Schema with ajv's draft 2020-12 build, in strict mode, with the standard formats. */
export function compileStrict(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

/** Walks every object node of a JSON value, with its JSON Pointer. */
export function* walk(value: unknown, pointer = ""): Generator<[pointer: string, node: Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, `${pointer}/${index}`);
  } else if (value !== null && typeof value === "object") {
    const node = value as Record<string, unknown>;
    yield [pointer, node];
    for (const [key, child] of Object.entries(node)) yield* walk(child, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
}
