import { validateDocument, formatProblem } from "news-event-models";
import { japanNorthKorea2004 } from "news-event-models/fixtures";

// Runs in the page: validates the fixture many times, so that where the page allows it
// the shape check switches to its compiled validator, and reports to the test.
let checked = 0;
let problems = [];
const started = performance.now();
while (performance.now() - started < 300 || checked < 50) {
  const result = validateDocument(structuredClone(japanNorthKorea2004));
  if (!result.ok) {
    problems = result.problems.map(formatProblem);
    break;
  }
  checked++;
}
let codeGeneration = true;
try {
  new Function("");
} catch {
  codeGeneration = false;
}
globalThis.consumerResult = { ok: problems.length === 0, checked, problems, codeGeneration };
