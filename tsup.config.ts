import { defineConfig, type Options } from "tsup";

// What the package ships, and why no more: the library's code in three forms, each for
// a reader that cannot use the others, and no source maps.
// - One ES module per source file, for bundlers (which keep only the modules a program
//   imports) and for the `news-events` command.
// - One bundled ES module, for node's `import` (the `node` export condition): node loads
//   each module file on its own, and a hundred of them cost more at start-up than the
//   code they hold.
// - One bundled CommonJS file per entry point, for `require`.
// The command runs on the per-module build rather than carrying a copy of its own. Source
// maps are left out: the code is plain, readable JavaScript with its names, so a stack
// trace already points at it, and maps doubled the files of the package.
const shared = {
  sourcemap: false,
  target: "node20",
  // tsup's own tree-shaking pass writes two source-map comments; esbuild's is enough.
  treeshake: false,
  clean: false,
} as const satisfies Options;

// TypeScript 6 deprecates the baseUrl that tsup's declaration build sets (TS5101).
const dts = { compilerOptions: { ignoreDeprecations: "6.0" } };
const entry = {
  index: "src/index.ts",
  "fixtures/index": "src/fixtures/index.ts",
  "jsonld/index": "src/jsonld/index.ts",
  "corpus/index": "src/corpus/index.ts",
};

// The builds run side by side, so none of them cleans: `npm run build` empties dist first.
export default defineConfig([
  // ESM, one file per module, so a bundler that imports one schema keeps only its module
  // and the modules it imports: a single bundled file would pull in every schema. The
  // command's modules are among them, and import the library's.
  { ...shared, entry: ["src/**/*.ts"], format: ["esm"], bundle: false, dts: false },
  // ESM for node, the package's root entry bundled into one file. date-fns' functions go
  // in with it, for the same reason; zod stays a peer, imported by name. The fixtures
  // and JSON-LD entries hold only data and functions of their own, so nothing stateful
  // is copied twice.
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
  // Declarations of every entry point for both formats (.d.ts and .d.cts), from one
  // declaration build: each build type-checks the whole program again.
  { ...shared, entry, format: ["esm", "cjs"], dts: { ...dts, only: true } },
  // CommonJS, bundled per entry point; date-fns' functions go in with it too, rather
  // than each required from its own file.
  { ...shared, entry, format: ["cjs"], noExternal: ["date-fns"], dts: false },
]);
