// Nothing is lost without a word: each case is JSON text JSON.parse would read wrongly, or a
// value two functions must treat alike, and the outcome promised, run in a worker.
import { afterAll, describe, it } from "vitest";
import { BUDGET_MS, CaseWorker, tryCase } from "./budget.js";
import { textCases } from "./cases/text.js";
import { report } from "./report.js";

const worker = new CaseWorker("text");

afterAll(async () => {
  report("lost-values", { cases: worker.tried, passed: worker.passed, slowestMs: worker.slowest.ms.toFixed(1), slowestCase: JSON.stringify(worker.slowest.name) });
  await worker.close();
});

describe("parseDocumentJson and fromLlmOutput on values JSON.parse would lose or change", () => {
  for (const [name, hostile] of Object.entries(textCases)) it(name, () => tryCase(worker, name, hostile), (hostile.budgetMs ?? BUDGET_MS) + 10_000);
});
