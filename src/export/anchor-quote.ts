/**
 * A quote of the article as a language model gives it: the quoted words, and, where they
 * occur more than once, a few words just before or after them, as the W3C Web Annotation
 * `TextQuoteSelector` has them.
 * @group LLM structured output
 */
export interface QuoteSelector {
  /** The quoted words. */
  readonly quote: string;
  /** A few words of the article just before the quote, or `null`/absent. */
  readonly prefix?: string | null | undefined;
  /** A few words of the article just after the quote, or `null`/absent. */
  readonly suffix?: string | null | undefined;
}

/**
 * A range of the article text: half-open UTF-16 offsets `[start, end)`.
 * @group LLM structured output
 */
export interface TextRange {
  /** Offset of the first character, in UTF-16 code units. */
  readonly start: number;
  /** Offset just past the last character (exclusive). */
  readonly end: number;
}

/**
 * Where {@link anchorQuote} found a quote, or why it could not.
 * @group LLM structured output
 */
export type QuoteAnchor =
  | {
      /** The quote was found once. */
      readonly ok: true;
      /** Offset of the first character of the match in the article, in UTF-16 code units. */
      readonly start: number;
      /** Offset just past the match (exclusive). */
      readonly end: number;
      /** The article's own text at `[start, end)`: the exact quote, curly apostrophes and all. */
      readonly quote: string;
      /** `exact` where the quote is the article's text; `normalized` where it matched only once quotes, dashes, spaces and a trailing full stop were set aside. */
      readonly match: "exact" | "normalized";
    }
  | {
      /** The quote was not found, or found more than once. */
      readonly ok: false;
      /** `quote-not-found`: no match (or none with the context given); `quote-ambiguous`: more than one. */
      readonly code: "quote-not-found" | "quote-ambiguous";
      /** Where the quote occurs: the matches the context did not single out, or, for `quote-not-found` with a context, the matches of the quote alone. */
      readonly candidates: readonly TextRange[];
      /** What is wrong and what to do, in a sentence a model can act on. */
      readonly message: string;
    };

// The differences models make when they copy text: straight for curly quotes and
// apostrophes, a hyphen for a dash, and white space of another length or kind.
const FOLDS: ReadonlyMap<string, string> = new Map([
  ...[..."\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4"].map((character): [string, string] => [character, "'"]),
  ...[..."\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB"].map((character): [string, string] => [character, '"']),
  ...[..."\u2010\u2011\u2012\u2013\u2014\u2015\u2212"].map((character): [string, string] => [character, "-"]),
]);
const SPACE = /\s/;

/** One character as matching sees it. */
function fold(character: string): string {
  return FOLDS.get(character) ?? (SPACE.test(character) ? " " : character);
}

/** A text folded for matching, with each folded character's range in the original. */
interface Folded {
  readonly text: string;
  /** For each character of `text`, where it starts in the original. */
  readonly starts: readonly number[];
  /** For each character of `text`, where it ends in the original. */
  readonly ends: readonly number[];
}

function foldText(text: string): Folded {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const character = fold(text[i]!);
    if (character === " " && folded.endsWith(" ")) {
      // A run of white space is one space, which ends where the run ends.
      ends[ends.length - 1] = i + 1;
      continue;
    }
    folded += character;
    starts.push(i);
    ends.push(i + 1);
  }
  return { text: folded, starts, ends };
}

function foldWords(text: string): string {
  return foldText(text).text.trim();
}

function occurrences(text: string, quote: string): TextRange[] {
  const found: TextRange[] = [];
  if (quote.length === 0) return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push({ start: at, end: at + quote.length });
  return found;
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether a match starts and ends at word boundaries wherever the quote starts or ends with a letter or digit. */
function atWordBoundaries(text: string, range: TextRange): boolean {
  const first = text[range.start] ?? "";
  const last = text[range.end - 1] ?? "";
  const before = text[range.start - 1] ?? "";
  const after = text[range.end] ?? "";
  return !(WORD.test(first) && WORD.test(before)) && !(WORD.test(last) && WORD.test(after));
}

function fitsContext(text: string, range: TextRange, selector: QuoteSelector): boolean {
  const prefix = selector.prefix ? foldWords(selector.prefix) : "";
  const suffix = selector.suffix ? foldWords(selector.suffix) : "";
  if (prefix && !foldWords(text.slice(Math.max(0, range.start - selector.prefix!.length * 2 - 8), range.start)).endsWith(prefix)) return false;
  if (suffix && !foldWords(text.slice(range.end, range.end + selector.suffix!.length * 2 + 8)).startsWith(suffix)) return false;
  return true;
}

/** The matches of the quote in the text: exact ones, or else folded ones mapped back to the original. */
function matches(text: string, quote: string): { readonly ranges: TextRange[]; readonly match: "exact" | "normalized" } {
  const exact = occurrences(text, quote);
  if (exact.length > 0) return { ranges: exact, match: "exact" };
  const folded = foldText(text);
  const wanted = [foldWords(quote)];
  // A model may end a quote with a full stop where the article's clause goes on.
  if (wanted[0]!.endsWith(".")) wanted.push(wanted[0]!.slice(0, -1).trimEnd());
  for (const words of wanted) {
    const ranges = occurrences(folded.text, words).map((range) => ({ start: folded.starts[range.start]!, end: folded.ends[range.end - 1]! }));
    if (ranges.length > 0) return { ranges, match: "normalized" };
  }
  return { ranges: [], match: "normalized" };
}

function show(text: string, limit = 60): string {
  return JSON.stringify(text.length > limit ? `${text.slice(0, limit - 1)}…` : text);
}

function describeCandidates(text: string, ranges: readonly TextRange[]): string {
  const shown = ranges.slice(0, 5).map((range) => {
    const before = text.slice(Math.max(0, range.start - 25), range.start).replace(/\s+/g, " ");
    const after = text.slice(range.end, range.end + 25).replace(/\s+/g, " ");
    return `[${range.start}, ${range.end}) "…${before}[${text.slice(range.start, range.end)}]${after}…"`;
  });
  return `${shown.join("; ")}${ranges.length > 5 ? `; and ${ranges.length - 5} more` : ""}`;
}

/**
 * Finds a quote in the article text, as a language model gives it, and returns its exact
 * offsets and the article's own words.
 *
 * @remarks
 * An exact match comes first. Where there is none, the quote is matched once the
 * differences models make when they copy text are set aside: straight and curly quotes
 * and apostrophes, hyphens and dashes, runs of white space, and a full stop at the end of
 * the quote that the article does not have there. Where the quote occurs more than once,
 * `prefix` and `suffix` (a few words just before or after it) pick one; failing those, a
 * match at word boundaries is preferred to one inside a word ("Li" in "Li Gun", not in
 * "Light"). The result is `quote-not-found` or `quote-ambiguous` with the candidates'
 * positions, never a guess. Offsets count UTF-16 code units.
 * @example
 * ```ts
 * anchorQuote("Japan’s demand", { quote: "Japan's demand" });
 * //=> { ok: true, start: 0, end: 14, quote: "Japan’s demand", match: "normalized" }
 * anchorQuote("Beijing, and Beijing", { quote: "Beijing" }).ok;
 * //=> false (quote-ambiguous, with candidates [0, 7) and [13, 20))
 * ```
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 * @group LLM structured output
 */
export function anchorQuote(text: string, selector: QuoteSelector): QuoteAnchor {
  const { ranges, match } = matches(text, selector.quote);
  if (ranges.length === 0)
    return {
      ok: false,
      code: "quote-not-found",
      candidates: [],
      message: `the quote ${show(selector.quote)} is not in the article: copy the words exactly as the article has them, or leave this evidence out`,
    };
  let chosen = ranges;
  if (selector.prefix || selector.suffix) {
    chosen = ranges.filter((range) => fitsContext(text, range, selector));
    if (chosen.length === 0)
      return {
        ok: false,
        code: "quote-not-found",
        candidates: ranges,
        message: `the quote ${show(selector.quote)} is in the article, but never ${[selector.prefix ? `after ${show(selector.prefix)}` : "", selector.suffix ? `before ${show(selector.suffix)}` : ""].filter(Boolean).join(" and ")}: give the words the article has just before or after the one you mean, of ${describeCandidates(text, ranges)}`,
      };
  }
  if (chosen.length > 1) {
    const bounded = chosen.filter((range) => atWordBoundaries(text, range));
    if (bounded.length > 0) chosen = bounded;
  }
  if (chosen.length > 1)
    return {
      ok: false,
      code: "quote-ambiguous",
      candidates: chosen,
      message: `the quote ${show(selector.quote)} occurs ${chosen.length} times in the article${selector.prefix || selector.suffix ? " with that context" : ""}: give a few words just before it as prefix or just after it as suffix to say which, at ${describeCandidates(text, chosen)}`,
    };
  const [only] = chosen as [TextRange];
  return { ok: true, start: only.start, end: only.end, quote: text.slice(only.start, only.end), match };
}

/**
 * The selector that finds a span of the article again with {@link anchorQuote}: its
 * text, and, only where that text occurs elsewhere too, the fewest words just before or
 * after it that single it out.
 *
 * @example
 * ```ts
 * quoteSelectorFor("Beijing, and Beijing again", { start: 13, end: 20 });
 * //=> { quote: "Beijing", prefix: "and", suffix: null }
 * ```
 * @group LLM structured output
 */
export function quoteSelectorFor(
  text: string,
  range: TextRange,
): {
  /** The text of the span. */
  quote: string;
  /** The fewest words just before it that single it out, or `null` where none are needed. */
  prefix: string | null;
  /** The fewest words just after it, or `null`. */
  suffix: string | null;
} {
  const quote = text.slice(range.start, range.end);
  const finds = (selector: QuoteSelector) => {
    const found = anchorQuote(text, selector);
    return found.ok && found.start === range.start && found.end === range.end;
  };
  if (finds({ quote })) return { quote, prefix: null, suffix: null };
  const before = text.slice(0, range.start);
  const after = text.slice(range.end);
  for (let words = 1; ; words++) {
    const prefix = lastWords(before, words);
    const suffix = firstWords(after, words);
    if (prefix && finds({ quote, prefix })) return { quote, prefix, suffix: null };
    if (suffix && finds({ quote, suffix })) return { quote, prefix: null, suffix };
    if (finds({ quote, prefix, suffix })) return { quote, prefix: prefix || null, suffix: suffix || null };
    // The whole text on both sides singles out any span; past it, say so rather than loop.
    if (prefix.length >= before.trim().length && suffix.length >= after.trim().length)
      return { quote, prefix: prefix || null, suffix: suffix || null };
  }
}

function lastWords(text: string, count: number): string {
  const words = text.trimEnd().split(/(?<=\s)(?=\S)/);
  return words.slice(Math.max(0, words.length - count)).join("").trim();
}

function firstWords(text: string, count: number): string {
  const words = text.trimStart().split(/(?<=\S)(?=\s)/);
  return words.slice(0, count).join("").trim();
}
