import { problem, type Problem } from "./problem.js";
import { walkDocument, type Path } from "./reference-graph.js";

/**
 * Finds own `__proto__` keys inside extension data, which zod's records and JSON values
 * skip: reported, such a key would otherwise vanish without a word.
 *
 * @remarks `JSON.parse` makes `"__proto__"` an ordinary own key, but copying it into a
 * new object sets the prototype instead, so it cannot be kept. Every other object of the
 * model is strict and reports the key as unknown; extensions are the one place it could
 * be lost. Where extensions may sit is read from the schemas. The walk of each value is
 * iterative, so deep data cannot overflow the stack.
 * @example
 * ```ts
 * hiddenPrototypeKeys(JSON.parse('{"extensions": {"__proto__": {"x": 1}}}'))[0]?.pointer;
 * //=> "/extensions/__proto__"
 * ```
 * @group Validation
 */
export function hiddenPrototypeKeys(input: unknown): Problem[] {
  const problems: Problem[] = [];
  walkDocument(input, {
    extensions(root, rootPath) {
      const stack: [Path, unknown][] = [[rootPath, root]];
      while (stack.length > 0) {
        const [path, value] = stack.pop()!;
        if (Array.isArray(value)) {
          for (let index = value.length - 1; index >= 0; index--) stack.push([[...path, index], value[index]]);
        } else if (typeof value === "object" && value !== null) {
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
            if (key !== "__proto__") stack.push([[...path, key], (value as { readonly [key: string]: unknown })[key]]);
          }
        }
      }
    },
  });
  return problems;
}
