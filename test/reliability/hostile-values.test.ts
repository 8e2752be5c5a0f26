// The API promises never to throw on bad input: each case is a hostile value and the
// problem promised, run in a worker that must answer within the budget.
import { afterAll, describe, it } from "vitest";
import { BUDGET_MS, CaseWorker, tryCase } from "./budget.js";
import { valueCases } from "./cases/values.js";
import { report } from "./report.js";

const worker = new CaseWorker("values");

afterAll(async () => {
  report("hostile-values", { cases: worker.tried, passed: worker.passed, slowestMs: worker.slowest.ms.toFixed(1), slowestCase: JSON.stringify(worker.slowest.name) });
  await worker.close();
});

describe("validateDocument, migrateDocument and fromLlmOutput on values that are not JSON", () => {
  for (const [name, hostile] of Object.entries(valueCases)) it(name, () => tryCase(worker, name, hostile), (hostile.budgetMs ?? BUDGET_MS) + 10_000);
});
