// Text from a document is escaped before it is printed, so that a key or a name holding
// a line break or a terminal escape cannot start a new report line, recolour the
// terminal or reorder what is shown.

// C0 controls, DEL, C1 controls (U+009B is a one-character terminal escape), the line and
// paragraph separators, and the bidirectional embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves as it is but a terminal would act on.
const CONTROL_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

const escapeOne = (character: string): string =>
  SHORT[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * One line of text with every control character written as an escape: a newline as
 * `\n`, an ESC as `\u001b`. What is printed from a document goes through it.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** Text of several lines (a summary), escaped as {@link escapeControl} does but keeping its newlines. */
export function escapeControlKeepingLines(text: string): string {
  return text.replace(CONTROL_BUT_NEWLINE, escapeOne);
}

/**
 * A value as JSON text on one line, with the characters that JSON.stringify leaves raw
 * but a terminal acts on (DEL, C1 controls, line separators, bidirectional controls)
 * written as `\u` escapes too; it parses back to the same value.
 */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(CONTROL_IN_JSON, escapeOne);
}

/** A value as indented JSON text, escaped as {@link toJsonLine} does. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL_IN_JSON, escapeOne);
}

/**
 * A copy of a JSON value with every string in it escaped as {@link escapeControl} does,
 * for text made from a document's strings (a summary, a timeline), whose own line
 * breaks must stay the only ones. Keys are kept; so are strings with nothing to escape,
 * and so the ids that link objects.
 */
export function escapeStrings<Value>(value: Value): Value {
  if (typeof value === "string") return escapeControl(value) as Value;
  if (Array.isArray(value)) return value.map((item: unknown) => escapeStrings(item)) as Value;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, escapeStrings(item)])) as Value;
  return value;
}
