import { defineConfig } from "vitest/config";
import { browserChecks } from "./test/browser/chromium.js";

// Browser checks run after the docs build, in their own pass of `npm test`. Where no
// Chromium is found they are skipped with this one line, unless CI is set (then the
// checks run and fail, saying what is missing).
const checks = browserChecks();
if (!checks.run) console.warn(checks.reason);

export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
