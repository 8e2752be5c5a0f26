import { parseISO } from "date-fns/parseISO";
import type { ResolvedInterval } from "../../model/time.js";

/** The two ends of an interval as milliseconds since the epoch, whatever offsets they are written in. */
export function instantsOf(interval: Pick<ResolvedInterval, "start" | "end">, caller: string): { start: number; end: number } {
  const start = parseISO(interval.start).getTime();
  const end = parseISO(interval.end).getTime();
  // A typed ResolvedInterval that does not parse is a programmer's mistake, not data to report.
  if (Number.isNaN(start) || Number.isNaN(end) || start > end)
    throw new RangeError(
      `${caller}: the interval ${interval.start} to ${interval.end} is not an ordered pair of ISO 8601 date-times; validate the document (validateDocument) before comparing its times`,
    );
  return { start, end };
}
