// The worker that test/reliability/budget.ts runs hostile cases in: it builds and runs the
// case it is named, and posts back its outcome, or what it threw, with its time.
import { parentPort } from "node:worker_threads";
import type { HostileCase } from "./case.js";
import { builderCases } from "./builder.js";
import { helperCases } from "./helpers.js";
import { textCases } from "./text.js";
import { valueCases } from "./values.js";

const AREAS: { readonly [area: string]: { readonly [name: string]: HostileCase } } = {
  values: valueCases,
  text: textCases,
  builder: builderCases,
  helpers: helperCases,
};

parentPort!.on("message", ({ area, name }: { area: string; name: string }) => {
  const hostile = AREAS[area]?.[name];
  const start = performance.now();
  try {
    if (!hostile) throw new Error(`no case "${name}" in ${area}`);
    const outcome = hostile.run();
    parentPort!.postMessage({ outcome, ms: performance.now() - start });
  } catch (error) {
    parentPort!.postMessage({ threw: `${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`, ms: performance.now() - start });
  }
});
