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
    // One worker per core: vitest's default leaves one core free, and on two cores that is
    // one test file at a time, while the slowest files mostly wait on the subprocesses
    // they start.
    maxWorkers: "100%",
    // A guard against a hang, not a measure of speed: a test that starts subprocesses
    // takes several times longer on a busy machine, and its verdict must not change.
    testTimeout: 300_000,
    setupFiles: ["test/setup/fast-check.ts"],
    hookTimeout: 300_000,
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
