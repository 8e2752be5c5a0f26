import { problem, type Problem } from "./problem.js";
import { isRecord } from "./_lib/is-record.js";

type Path = (string | number)[];


const WITH_EXTENSIONS = ["actors", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings"] as const;

function* extensionRoots(input: { readonly [key: string]: unknown }): Generator<[Path, unknown]> {
  if (Object.hasOwn(input, "extensions")) yield [["extensions"], input.extensions];
  for (const collection of WITH_EXTENSIONS) {
    const items = input[collection];
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      const item: unknown = items[index];
      if (!isRecord(item)) continue;
      if (Object.hasOwn(item, "extensions")) yield [[collection, index, "extensions"], item.extensions];
      if (collection === "meetings")
        for (const part of ["purpose", "outcome"] as const) {
          const inner = item[part];
          if (isRecord(inner) && Object.hasOwn(inner, "extensions")) yield [[collection, index, part, "extensions"], inner.extensions];
        }
    }
  }
}

/**
 * Finds own `__proto__` keys inside extension data, which zod's records and JSON values
 * skip: reported, such a key would otherwise vanish without a word.
 *
 * @remarks `JSON.parse` makes `"__proto__"` an ordinary own key, but copying it into a
 * new object sets the prototype instead, so it cannot be kept. Every other object of the
 * model is strict and reports the key as unknown; extensions are the one place it could
 * be lost. The walk is iterative, so deep data cannot overflow the stack.
 * @example
 * ```ts
 * hiddenPrototypeKeys(JSON.parse('{"extensions": {"__proto__": {"x": 1}}}'))[0]?.pointer;
 * //=> "/extensions/__proto__"
 * ```
 * @group Validation
 */
export function hiddenPrototypeKeys(input: unknown): Problem[] {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  for (const [rootPath, root] of extensionRoots(input)) {
    const stack: [Path, unknown][] = [[rootPath, root]];
    while (stack.length > 0) {
      const [path, value] = stack.pop()!;
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index--) stack.push([[...path, index], value[index]]);
      } else if (isRecord(value)) {
        if (Object.hasOwn(value, "__proto__"))
          problems.push(
            problem(
              "shape",
              [...path, "__proto__"],
              'the key "__proto__" cannot be kept: a JavaScript object treats it as its prototype, so it would be lost; rename it',
              "unrecognized_keys",
            ),
          );
        const keys = Object.keys(value);
        for (let index = keys.length - 1; index >= 0; index--) {
          const key = keys[index]!;
          if (key !== "__proto__") stack.push([[...path, key], value[key]]);
        }
      }
    }
  }
  return problems;
}
