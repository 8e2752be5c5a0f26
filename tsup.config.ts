import { existsSync } from "node:fs";
import { defineConfig } from "tsup";

const shared = {
  sourcemap: true,
  target: "node20",
  // tsup's own tree-shaking pass writes two source-map comments; esbuild's is enough.
  treeshake: false,
  // TypeScript 6 deprecates the baseUrl that tsup's declaration build sets (TS5101).
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts", "fixtures/index": "src/fixtures/index.ts" },
    format: ["esm", "cjs"],
    // The two builds run side by side, so neither cleans: `npm run build` empties dist first.
    clean: false,
    splitting: true,
  },
  ...(existsSync("src/cli/index.ts")
    ? [
        {
          ...shared,
          entry: { "cli/index": "src/cli/index.ts" },
          format: ["esm" as const],
          dts: false,
          clean: false,
        },
      ]
    : []),
]);
