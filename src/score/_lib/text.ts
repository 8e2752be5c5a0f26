// Comparing names and evidence spans of two documents.
import type { NewsDocument } from "../../model/document.js";

/** Half-open character ranges of the article, sorted and merged. */
export type Ranges = readonly (readonly [start: number, end: number])[];

/** Merges ranges into sorted, disjoint ones. */
export function mergeRanges(ranges: Iterable<readonly [number, number]>): Ranges {
  const sorted = [...ranges].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** How many characters the ranges cover. */
export function rangeLength(ranges: Ranges): number {
  return ranges.reduce((sum, [start, end]) => sum + end - start, 0);
}

/** How many characters two sets of merged ranges share. */
export function rangeOverlap(a: Ranges, b: Ranges): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i]!;
    const [bStart, bEnd] = b[j]!;
    shared += Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
    if (aEnd < bEnd) i++;
    else j++;
  }
  return shared;
}

/** The character F1 (Dice coefficient) of two sets of ranges: 0 when either is empty. */
export function rangeDice(a: Ranges, b: Ranges): number {
  const total = rangeLength(a) + rangeLength(b);
  return total === 0 ? 0 : (2 * rangeOverlap(a, b)) / total;
}

/** The characters each evidence id of a document covers, for any fact's `evidenceIds`. */
export function evidenceRanges(document: NewsDocument): (ids: readonly string[] | undefined) => Ranges {
  const spans = new Map(document.evidence.map((span) => [span.id as string, [span.start, span.end] as const]));
  return (ids) => mergeRanges((ids ?? []).flatMap((id) => {
    const span = spans.get(id);
    return span ? [span] : [];
  }));
}

/** The share of two sets that they have in common (Jaccard): 1 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}
