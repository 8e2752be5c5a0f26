// Resolve the article's time expressions against a reference date, with their uncertainty.
// Run: npx tsx examples/06-resolve-a-time.ts
import assert from "node:assert/strict";
import { TimeExpression, compareIntervals, resolveTime } from "news-event-models";

// #region resolve
// "the middle or late part of March", read on Thursday 26 February 2004 in Beijing.
const wish = TimeExpression.parse({
  kind: "choice",
  id: "time-mid-or-late-march",
  text: "either in the middle or late part of March",
  options: [
    { precision: "month", month: 3, modifier: "mid", direction: "future" },
    { precision: "month", month: 3, modifier: "late", direction: "future" },
  ],
  evidenceIds: [],
});
const resolved = resolveTime(wish, { referenceDate: "2004-02-26", utcOffset: "+08:00" });
if (resolved.ok) console.log(resolved.interval.start, "→", resolved.interval.end);
//=> 2004-03-11T00:00:00+08:00 → 2004-04-01T00:00:00+08:00
// #endregion resolve
assert.ok(resolved.ok);
assert.equal(resolved.interval.start, "2004-03-11T00:00:00+08:00");
assert.equal(resolved.interval.end, "2004-04-01T00:00:00+08:00");

// #region compare
// Saiki's "in March" contains Yabunaka's narrower wish.
const march = resolveTime(
  TimeExpression.parse({ kind: "point", id: "time-march", text: "in March", value: { precision: "month", month: 3, direction: "future" }, evidenceIds: [] }),
  { referenceDate: "2004-02-26", utcOffset: "+08:00" },
);
if (march.ok) console.log(compareIntervals(march.interval, resolved.interval));
//=> contains
// #endregion compare
assert.ok(march.ok);
assert.equal(compareIntervals(march.interval, resolved.interval), "contains");

// #region problem
// A weekday with no direction cannot be resolved: the result says why, it does not throw.
const open = resolveTime(
  TimeExpression.parse({ kind: "point", id: "t", text: "Wednesday", value: { precision: "day", weekday: "wednesday" }, evidenceIds: [] }),
  { referenceDate: "2004-02-26" },
);
if (!open.ok) console.log(open.problem.message);
// #endregion problem
assert.equal(open.ok, false);
