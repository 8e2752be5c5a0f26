/** Joins words as prose does: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** The possessive of a name: "Japan's", "the sources'". */
export function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

/** A kebab-case enumeration value as words: "being-scheduled" to "being scheduled". */
export function words(value: string): string {
  return value.replaceAll("-", " ");
}
