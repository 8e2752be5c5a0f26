// Print the fixture's timeline: what happened, and what is only planned, in order.
// Run: npx tsx examples/07-print-a-timeline.ts
import assert from "node:assert/strict";
import { timeline } from "news-event-models";
import { japanNorthKorea2004 } from "news-event-models/fixtures";

// #region timeline
const entries = timeline(japanNorthKorea2004);
for (const entry of entries) console.log(`${entry.mode.padEnd(9)} ${entry.when.padEnd(36)} ${entry.what}`);
// #endregion timeline

// The repatriation of October 2002 comes first; the planned round in March comes after
// the talks held on Wednesday 25 February 2004.
const first = entries[0];
assert.ok(first !== undefined && first.when.includes("2002"));
const held = entries.findIndex((entry) => entry.mode === "happened" && entry.when.includes("25 February 2004"));
const planned = entries.findIndex((entry) => entry.mode === "planned" && entry.when.includes("March 2004"));
assert.ok(held >= 0 && planned > held);
