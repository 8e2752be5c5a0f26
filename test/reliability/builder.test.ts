// The builder refuses what it cannot build faithfully: each case is a hostile draft and
// the Error promised, naming the method, the id and the field, run in a worker.
import { afterAll, describe, it } from "vitest";
import { BUDGET_MS, CaseWorker, tryCase } from "./budget.js";
import { builderCases } from "./cases/builder.js";
import { report } from "./report.js";

const worker = new CaseWorker("builder");

afterAll(async () => {
  report("builder", { cases: worker.tried, passed: worker.passed, slowestMs: worker.slowest.ms.toFixed(1), slowestCase: JSON.stringify(worker.slowest.name) });
  await worker.close();
});

describe("createDocumentBuilder on drafts it built wrongly or threw bare TypeErrors on", () => {
  for (const [name, hostile] of Object.entries(builderCases)) it(name, () => tryCase(worker, name, hostile), (hostile.budgetMs ?? BUDGET_MS) + 10_000);
});
