import { defineConfig, type Options } from "tsup";

const shared = {
  sourcemap: true,
  target: "node20",
  // tsup's own tree-shaking pass writes two source-map comments; esbuild's is enough.
  treeshake: false,
  clean: false,
} as const satisfies Options;

// TypeScript 6 deprecates the baseUrl that tsup's declaration build sets (TS5101).
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };
const entry = { index: "src/index.ts", "fixtures/index": "src/fixtures/index.ts", "jsonld/index": "src/jsonld/index.ts" };

// The builds run side by side, so none of them cleans: `npm run build` empties dist first.
export default defineConfig([
  // ESM, one file per module, so a bundler that imports one schema keeps only its module
  // and the modules it imports: a single bundled file would pull in every schema.
  { ...shared, entry: ["src/**/*.ts", "!src/cli/**"], format: ["esm"], bundle: false, dts: false },
  // ESM for node, the package's root entry bundled into one file (the `node` export
  // condition): node loads each module file on its own, and a hundred of them cost more
  // at start-up than the code they hold. date-fns' functions go in with it, for the same
  // reason; zod stays a peer, imported by name. The fixtures entry holds only data, so
  // nothing stateful is copied twice.
  {
    ...shared,
    entry: { "index.node": "src/index.ts" },
    format: ["esm"],
    bundle: true,
    splitting: false,
    noExternal: ["date-fns"],
    external: ["zod"],
    dts: false,
  },
  // Declarations for the ESM entry points (.d.ts).
  { ...shared, entry, format: ["esm"], dts: { ...dts, only: true } },
  // CommonJS, bundled per entry point, with its declarations (.d.cts); date-fns' functions
  // go in with it too, rather than each required from its own file.
  { ...shared, entry, format: ["cjs"], noExternal: ["date-fns"], dts },
  // The `news-events` command.
  { ...shared, entry: { "cli/index": "src/cli/index.ts" }, format: ["esm"], dts: false },
]);
