// The names of actors as two documents that spell them differently share them: the one
// reading by which scoring aligns actors and a corpus links them.

/**
 * A name in the form two spellings of it share: Unicode-compatible (NFKD), without
 * accents, curly quotes made straight, lower case, one space between words, and no
 * leading article ("the Foreign Ministry" and "Foreign Ministry" are one name).
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** The name and aliases of an actor or a place, each normalised by {@link normalizeName}. */
export function namesOf(actor: { readonly name: string; readonly aliases?: readonly { readonly text: string }[] | undefined }): Set<string> {
  return new Set([actor.name, ...(actor.aliases ?? []).map((alias) => alias.text)].map(normalizeName));
}
