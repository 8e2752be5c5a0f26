import { validateDocument, formatProblem } from "news-event-models";
import { japanNorthKorea2004 } from "news-event-models/fixtures";

// Many documents, on the check generated from the schema, with and without code generation.
let checked = 0;
const started = performance.now();
while (performance.now() - started < 300 || checked < 50) {
  const result = validateDocument(structuredClone(japanNorthKorea2004));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  checked++;
}
const broken = validateDocument({ ...structuredClone(japanNorthKorea2004), actors: [{ kind: "state", id: "x", colour: "red" }] });
if (broken.ok) throw new Error("a broken actor was accepted");
let codeGeneration = true;
try {
  new Function("");
} catch {
  codeGeneration = false;
}
console.log(JSON.stringify({ ok: true, checked, codeGeneration, firstProblem: broken.problems[0].pointer }));
