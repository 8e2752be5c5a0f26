import { visit } from "jsonc-parser";
import { problem, type Problem } from "./problem.js";
import { JSON_LIMITS, readJsonValue } from "./read-json-value.js";

/**
 * What {@link readJsonText} found: the value the text holds, or the problems that stop
 * it being read faithfully.
 */
export type JsonTextResult =
  | {
      /** The text is JSON, and the value holds everything it says. */
      readonly ok: true;
      /** The value, as `JSON.parse` returns it. */
      readonly value: unknown;
    }
  | {
      /** The text is not JSON, or reading it would lose or change a value. */
      readonly ok: false;
      /** Each problem, with its line and column in the message. */
      readonly problems: readonly Problem[];
    };

/** What a walk of the parsed value found: its keys, whether it stays within the limits, and whether any extension holds a number. */
interface Parsed {
  readonly keys: number;
  readonly withinLimits: boolean;
  readonly extensionNumbers: boolean;
}

/**
 * Walks the value `JSON.parse` returned, a tree of plain objects: counts its keys
 * (`JSON.parse` keeps one key of each name in an object, so fewer keys than the text
 * names means a name was given twice), checks it against {@link JSON_LIMITS}, and notes
 * whether any number sits under an `extensions` key.
 */
function walkParsed(value: unknown): Parsed {
  let keys = 0;
  let values = 1;
  let extensionNumbers = false;
  // Three stacks side by side, so the walk allocates nothing per object: the object, its
  // depth, and whether it lies under an `extensions` key.
  const items: object[] = [];
  const depths: number[] = [];
  const inExtensions: boolean[] = [];
  if (typeof value === "object" && value !== null) items.push(value), depths.push(1), inExtensions.push(false);
  while (items.length > 0) {
    const item = items.pop()!;
    const depth = depths.pop()!;
    const extension = inExtensions.pop()!;
    if (depth > JSON_LIMITS.depth) return { keys, withinLimits: false, extensionNumbers };
    if (Array.isArray(item)) {
      values += item.length;
      for (const child of item as unknown[])
        if (typeof child === "object" && child !== null) items.push(child), depths.push(depth + 1), inExtensions.push(extension);
        else if (extension && typeof child === "number") extensionNumbers = true;
      continue;
    }
    const names = Object.keys(item);
    keys += names.length;
    values += names.length;
    for (const name of names) {
      if (name.length > JSON_LIMITS.keyLength) return { keys, withinLimits: false, extensionNumbers };
      const child = (item as { [key: string]: unknown })[name];
      if (typeof child === "object" && child !== null) items.push(child), depths.push(depth + 1), inExtensions.push(extension || name === "extensions");
      else if (extension && typeof child === "number") extensionNumbers = true;
    }
  }
  return { keys, withinLimits: values <= JSON_LIMITS.values, extensionNumbers };
}

const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Whether the text may hold a key given twice: the cheap test that spares the exact
 * reading on the common path.
 */
function mayRepeatKeys(text: string, keys: number): boolean {
  // Every key is a string followed by a colon, with JSON's white space between them:
  // counting the colons so placed counts every key, and any string that holds a quote
  // and a colon. No more of them than the keys kept means no key was given twice.
  let placed = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let before = colon - 1;
    while (before >= 0 && JSON_SPACE.has(text.charCodeAt(before))) before--;
    if (text.charCodeAt(before) === 0x22) placed++;
  }
  return placed !== keys;
}

/** A decimal written as JSON writes numbers, reduced to its digits and exponent, so two writings of one number compare equal. */
function decimalOf(written: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(written);
  if (!match) return written;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = `${whole}${fraction}`;
  let first = 0;
  while (first < digits.length && digits[first] === "0") first++;
  let last = digits.length;
  while (last > first && digits[last - 1] === "0") last--;
  if (first === last) return "0";
  // Read as 0.d₁d₂… × 10^scale, with d₁ the first significant digit.
  const scale = BigInt(exponent) + BigInt(whole.length - first);
  return `${sign}0.${digits.slice(first, last)}e${scale}`;
}

/** How a number was written in the text, shortened for a message. */
function shorten(written: string): string {
  return written.length > 40 ? `${written.slice(0, 37)}…` : written;
}

/**
 * Reads the text exactly, with jsonc-parser: each key given twice, and, where `numbers`
 * is set, each number in an extension that the reading changed.
 */
function lostValues(text: string, numbers: boolean): Problem[] {
  const problems: Problem[] = [];
  // The keys of each object open at this point, with where each was first given.
  const objects: Map<string, string>[] = [];
  visit(text, {
    onObjectBegin: () => {
      objects.push(new Map());
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onObjectProperty: (key, _offset, _length, line, character, pathSupplier) => {
      const keys = objects.at(-1)!;
      const here = `line ${line + 1}, column ${character + 1}`;
      const first = keys.get(key);
      if (first === undefined) {
        keys.set(key, here);
        return;
      }
      problems.push(
        problem(
          "duplicate-key",
          [...pathSupplier(), key],
          `the key ${JSON.stringify(key)} is given again at ${here}, after ${first}: JSON.parse keeps only the last value, so the earlier one would be lost; remove one of them`,
        ),
      );
    },
    onLiteralValue: (value: unknown, offset, length, line, character, pathSupplier) => {
      if (!numbers || typeof value !== "number") return;
      const written = text.slice(offset, offset + length);
      if (decimalOf(written) === decimalOf(String(value))) return;
      const path = pathSupplier();
      if (!path.includes("extensions")) return;
      problems.push(
        problem(
          "inexact-number",
          path,
          `the number ${shorten(written)} at line ${line + 1}, column ${character + 1} cannot be held exactly by a JavaScript number, which reads it as ${value}; write it as a string to keep it exactly`,
        ),
      );
    },
  });
  return problems;
}

/**
 * Reads JSON text into a value, reporting what `JSON.parse` would lose or change without
 * a word: a key given twice in one object (it keeps only the last value) and, in
 * extensions, a number a JavaScript number cannot hold exactly (`12345678901234567890`
 * reads as `12345678901234567000`, `1e-400` as `0`).
 *
 * @remarks
 * Text that is not JSON is an `invalid-json` problem, whose message calls the text
 * `what` ("the output is not valid JSON"). A key given again is a
 * `duplicate-key` problem at the key's path, and a number changed by the reading an
 * `inexact-number` problem at its own, each message with its line and column (counted
 * from 1, the column in UTF-16 code units). A number written another way but equal
 * (`24.0`, `2.4e1`) is not a problem. Text whose value is past the limits of
 * `readJsonValue` (too deep, too large, a key too long) gets its problems.
 *
 * Numbers are checked under `extensions` only, and refused rather than kept as text.
 * Every other number in a document is checked by its schema (offsets and calendar fields
 * are safe integers, amounts positive), so one changed by the reading is either refused
 * there or changed by less than a double's own precision; under `extensions`, where any
 * JSON goes, an identifier from another system such as `12345678901234567890` would
 * change without a word. Keeping it as text would make the value differ by reader: a
 * document is JSON that every reader must read the same.
 *
 * The common path costs `JSON.parse`, a walk that counts the value's keys, and two
 * native searches of the text; only text that may hold a key given twice, or an
 * extension number of more than 15 significant digits or with an exponent, is read again,
 * exactly, with jsonc-parser's visitor.
 * @example
 * ```ts
 * readJsonText('{"quote": "WRONG", "quote": "right"}');
 * //=> { ok: false, problems: [{ code: "duplicate-key", pointer: "/quote", message: 'the key "quote" is given again at line 1, column 20, after line 1, column 2: …' }] }
 * ```
 * @group Validation
 */
export function readJsonText(text: string, what = "text"): JsonTextResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem("invalid-json", [], `the ${what} is not valid JSON: ${(error as Error).message}`)] };
  }
  const parsed = walkParsed(value);
  // Past the limits, the value's own reading says where; the exact reading recurses, so it is not tried.
  if (!parsed.withinLimits) return readJsonValue(value);
  const repeats = mayRepeatKeys(text, parsed.keys);
  // A number of at most 15 significant digits and no exponent is one a double holds exactly.
  const numbers = parsed.extensionNumbers && /(?:\d\.?){16}|\d[eE]/.test(text);
  if (!repeats && !numbers) return { ok: true, value };
  const problems = lostValues(text, numbers);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
