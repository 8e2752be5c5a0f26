import type { NewsDocument } from "../../model/document.js";
import type { ResolvedInterval } from "../../model/time.js";
import { resolveDocumentTimes } from "../../time/resolve-document-times.js";

/** How a time expression's interval was found: stored in the document, worked out, or not at all. */
export type IntervalSource = "stored" | "resolved" | "unresolved";

/** A time expression's interval, where it has one, how it was found, and why not where it has none. */
export interface KnownInterval {
  readonly interval: ResolvedInterval | undefined;
  readonly source: IntervalSource;
  readonly problem: string | undefined;
}

const cache = new WeakMap<NewsDocument, ReadonlyMap<string, KnownInterval>>();

/**
 * The interval of each time expression of a document: its stored `resolved` interval
 * where it has one, else the one {@link resolveDocumentTimes} works out, else none with
 * the reason. Worked out once per document.
 */
export function resolvedTimes(document: NewsDocument): ReadonlyMap<string, KnownInterval> {
  const known = cache.get(document);
  if (known) return known;
  const worked = resolveDocumentTimes(document);
  const intervals = new Map<string, KnownInterval>();
  for (const time of document.times) {
    const result = worked.get(time.id);
    if (time.resolved) intervals.set(time.id, { interval: time.resolved, source: "stored", problem: undefined });
    else if (result?.ok) intervals.set(time.id, { interval: result.interval, source: "resolved", problem: undefined });
    else intervals.set(time.id, { interval: undefined, source: "unresolved", problem: result?.problem.message });
  }
  cache.set(document, intervals);
  return intervals;
}
