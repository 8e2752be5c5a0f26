import { UtcOffset } from "../../model/time.js";
import { failure, success, type Outcome } from "./period.js";
import { parseCalendarDate, type CalendarDate } from "./wall-clock.js";

/** What a value is read against: the reference date, if any, and the event's offset. */
export interface Context {
  readonly reference: CalendarDate | undefined;
  readonly utcOffset: string;
}

/** The offset used when neither the expression nor the options give one: UTC. */
export const DEFAULT_UTC_OFFSET = "+00:00";

/** Checks the reference date and offset a caller passes, naming the one at fault. */
export function readContext(referenceDate: string | undefined, utcOffset: string | undefined): Outcome<Context> {
  let reference: CalendarDate | undefined;
  if (referenceDate !== undefined) {
    reference = parseCalendarDate(referenceDate);
    if (!reference)
      return failure("invalid-reference-date", ["referenceDate"], `the reference date "${referenceDate}" is not a real date written YYYY-MM-DD`);
  }
  if (utcOffset !== undefined && !UtcOffset.safeParse(utcOffset).success)
    return failure("invalid-utc-offset", ["utcOffset"], `the UTC offset "${utcOffset}" is not an offset such as "+08:00" or "-05:00"`);
  return success({ reference, utcOffset: utcOffset ?? DEFAULT_UTC_OFFSET });
}
