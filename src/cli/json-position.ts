// Where things are in JSON text: line and column of an offset, the offset of the value
// at a path, and the offset of the first syntax error. All offsets count UTF-16 code
// units, as JavaScript strings do; lines and columns count from 1.

/** A place in a text, counted from 1. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Maps offsets in one text to lines and columns; build it once per text. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }

  /** The line and column of an offset. */
  positionOf(offset: number): TextPosition {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

// The offset just past a string that starts at `at`, or -1 where it is malformed or
// unterminated (with the offset of the fault in `fault`).
function endOfString(text: string, at: number, fault?: { offset: number }): number {
  let index = at + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return index + 1;
    if (code < 0x20) {
      if (fault) fault.offset = index;
      return -1;
    }
    if (code === 0x5c) {
      const escape = text[index + 1];
      if (escape === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
          if (fault) fault.offset = index;
          return -1;
        }
        index += 6;
        continue;
      }
      if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
        if (fault) fault.offset = index;
        return -1;
      }
      index += 2;
      continue;
    }
    index++;
  }
  if (fault) fault.offset = text.length;
  return -1;
}

// The offset just past the value that starts at `at`, in text known to be valid JSON.
function endOfValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return endOfString(text, at);
  if (first !== "{" && first !== "[") {
    let index = at;
    while (index < text.length && !",}] \t\n\r".includes(text[index]!)) index++;
    return index;
  }
  let depth = 0;
  let index = at;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '"') {
      index = endOfString(text, index);
      continue;
    }
    if (character === "{" || character === "[") depth++;
    else if (character === "}" || character === "]") {
      depth--;
      if (depth === 0) return index + 1;
    }
    index++;
  }
  return index;
}

interface PathNode {
  offset?: number;
  readonly children: Map<string, PathNode>;
}

// Walks the value at `at`, recording the offset of every node of the tree it passes;
// returns the offset just past the value. Values no path leads into are skipped whole.
function walk(text: string, at: number, node: PathNode): number {
  node.offset = at;
  const first = text[at];
  if (node.children.size === 0 || (first !== "{" && first !== "[")) return endOfValue(text, at);
  let index = skipSpace(text, at + 1);
  let position = 0;
  const closing = first === "{" ? "}" : "]";
  while (index < text.length && text[index] !== closing) {
    let name = String(position++);
    if (first === "{") {
      const keyEnd = endOfString(text, index);
      name = JSON.parse(text.slice(index, keyEnd)) as string;
      index = skipSpace(text, skipSpace(text, keyEnd) + 1);
    }
    const child = node.children.get(name);
    index = skipSpace(text, child ? walk(text, index, child) : endOfValue(text, index));
    if (text[index] === ",") index = skipSpace(text, index + 1);
  }
  return index + 1;
}

/**
 * The offset of the value at each path in valid JSON text, in one pass over the text.
 * Where a path leads to no value (a missing field), the offset is that of the deepest
 * value on the way to it.
 */
export function locatePaths(text: string, paths: readonly (readonly PropertyKey[])[]): number[] {
  const root: PathNode = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const part of path) {
      const key = String(part);
      let child = node.children.get(key);
      if (!child) node.children.set(key, (child = { children: new Map() }));
      node = child;
    }
  }
  walk(text, skipSpace(text, 0), root);
  return paths.map((path) => {
    let node = root;
    let offset = root.offset ?? 0;
    for (const part of path) {
      const child = node.children.get(String(part));
      if (child?.offset === undefined) break;
      node = child;
      offset = child.offset;
    }
    return offset;
  });
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset of the first syntax error in text that is not valid JSON (the length of the
 * text where it ends too soon), or `undefined` where the text is valid.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  const open: string[] = [];
  let index = 0;
  let state: "value" | "key" | "after" = "value";
  const fault = { offset: 0 };
  for (;;) {
    index = skipSpace(text, index);
    if (state === "after") {
      const container = open.at(-1);
      if (container === undefined) return index < text.length ? index : undefined;
      const character = text[index];
      if (character === ",") state = container === "{" ? "key" : "value";
      else if (character === (container === "{" ? "}" : "]")) open.pop();
      else return index;
      index++;
      continue;
    }
    if (index >= text.length) return text.length;
    const character = text[index]!;
    if (state === "key") {
      if (character !== '"') return index;
      const end = endOfString(text, index, fault);
      if (end === -1) return fault.offset;
      index = skipSpace(text, end);
      if (text[index] !== ":") return Math.min(index, text.length);
      index++;
      state = "value";
      continue;
    }
    if (character === "{" || character === "[") {
      const close = character === "{" ? "}" : "]";
      index = skipSpace(text, index + 1);
      if (text[index] === close) {
        index++;
        state = "after";
      } else {
        open.push(character);
        state = character === "{" ? "key" : "value";
      }
      continue;
    }
    if (character === '"') {
      const end = endOfString(text, index, fault);
      if (end === -1) return fault.offset;
      index = end;
    } else if (text.startsWith("true", index) || text.startsWith("null", index)) index += 4;
    else if (text.startsWith("false", index)) index += 5;
    else {
      NUMBER.lastIndex = index;
      const number = NUMBER.exec(text);
      if (number === null) return index;
      index += number[0].length;
    }
    state = "after";
  }
}
