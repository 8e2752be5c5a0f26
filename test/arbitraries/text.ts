import type { Tape } from "./tape.js";

/**
 * Words an article about talks might use, with characters outside the Basic
 * Multilingual Plane (😀, 𝄞, 🇯🇵, 𠮷) so that UTF-16 offsets and code-point offsets
 * differ, and with combining marks, curly quotes, Hangul and kanji.
 */
export const WORDS = [
  "Japan",
  "North",
  "Korea",
  "talks",
  "Beijing",
  "said",
  "Thursday",
  "the",
  "six-party",
  "deputy",
  "chief",
  "North’s",
  "“promise”",
  "—",
  "😀",
  "𝄞",
  "🇯🇵",
  "𠮷野家",
  "北朝鮮",
  "김계관",
  "cafe\u0301",
  "Pyongyang😀Tokyo",
] as const;

/** A word: mostly one of {@link WORDS}, sometimes a run of random code points. */
export function drawWord(tape: Tape): string {
  return tape.chance(20) ? tape.string(1, 4) : tape.pick(WORDS);
}

/** A short non-empty phrase of one to four words. */
export function drawPhrase(tape: Tape): string {
  return Array.from({ length: tape.int(1, 4) }, () => drawWord(tape)).join(" ");
}

/**
 * The body of an article as text, and where each word starts and ends in UTF-16 code
 * units. Spans drawn between word boundaries never split a surrogate pair, yet every
 * word after an emoji sits at a code-unit offset that differs from its code-point offset.
 */
export interface ArticleBody {
  readonly text: string;
  /** `[start, end)` of each word, in UTF-16 code units. */
  readonly words: readonly (readonly [number, number])[];
}

/** An article body of 3 to 40 words separated by single spaces. */
export function drawArticleBody(tape: Tape): ArticleBody {
  const words: [number, number][] = [];
  let text = "";
  for (let count = tape.int(3, 40); count > 0; count--) {
    const item = drawWord(tape);
    if (text.length > 0) text += " ";
    words.push([text.length, text.length + item.length]);
    text += item;
  }
  return { text, words };
}
