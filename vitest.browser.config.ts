import { defineConfig } from "vitest/config";

// Browser checks run after the docs build, in their own pass of `npm test`.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.browser.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
