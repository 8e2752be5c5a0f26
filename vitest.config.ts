import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["node_modules", "dist", ".tmp", "test/browser/**", "test/package/consumers/**/work/**"],
    // The one type check of the program: tsc over tsconfig.json, which takes in src, test,
    // examples and scripts; an error in any of them fails the run, not only in the type tests.
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
    testTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The generated shape check is tested against zod's parser and the generator, not line by line.
      exclude: ["src/cli/**", "src/**/index.ts", "src/**/*.generated.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90, branches: 90 },
    },
  },
});
