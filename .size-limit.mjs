// Bundle budgets, measured by size-limit 12 (esbuild, minified, gzipped) on the built
// package. `node scripts/size/check.mjs` runs them, prints the sizes and checks that one
// leaf schema costs at most 1 KB above zod's own minimum. Limits are gzip sizes.
//
// size-limit leaves peer dependencies (zod) out of every bundle; the checks marked
// `withZod` put zod back in, so they measure what a consumer's bundle really carries.
// SIZE_DIST points the checks at another build of the package (default: dist).
const dist = `${process.env.SIZE_DIST ?? "dist"}/index.js`;
const withZod = { modifyEsbuildConfig: (config) => ({ ...config, external: [] }) };

const checks = [
  { name: "zod minimum: import * as z; z.string()", path: "scripts/size/zod-minimum.js", gzip: true, limit: "30 KB", ...withZod },
  { name: "zod's own code for Issue's kinds of schema", path: "scripts/size/zod-issue-kinds.js", gzip: true, limit: "30 KB", ...withZod },
  { name: "zod's own code for Meeting's kinds of schema", path: "scripts/size/zod-meeting-kinds.js", gzip: true, limit: "31 KB", ...withZod },
  { name: "zod minimum with z.compile", path: "scripts/size/zod-compile.js", gzip: true, limit: "40 KB", ...withZod },
  { name: "one id schema: import { ActorId }", path: dist, import: "{ ActorId }", gzip: true, limit: "30 KB", ...withZod },
  { name: "one small schema: import { Issue }", path: dist, import: "{ Issue }", gzip: true, limit: "29.5 KB", ...withZod },
  // Meeting with zod: 31.86 KB measured with schema version 2, plus about 5%.
  { name: "one schema: import { Meeting }", path: dist, import: "{ Meeting }", gzip: true, limit: "33.5 KB", ...withZod },
  // Budgets below are the sizes measured with schema version 2, plus about 5%.
  // Issue: its fields, the fact fields every concept spreads in (evidence, attributions,
  // inference marks, extensions) and the id schemas they name: 1.69 KB.
  { name: "own code of import { Issue }", path: dist, import: "{ Issue }", gzip: true, limit: "1.8 KB" },
  // Meeting: its participants, purposes, outcome and modality (whether it took place,
  // planned or conditional), and the enums it borrows from delegation and series: 3.75 KB.
  { name: "own code of import { Meeting }", path: dist, import: "{ Meeting }", gzip: true, limit: "4 KB" },
  // The whole model: schema version 2 added places, acts typed along PLOVER's sixteen
  // categories (the act table), modality and quantities: 13.18 KB; the time kinds of
  // everyday news (deictic, offset, relative, range, named period; seasons, weeks, clock
  // times) brought it to 14.88 KB.
  { name: "own code of import { NewsDocument }", path: dist, import: "{ NewsDocument }", gzip: true, limit: "15.6 KB" },
  // The model, every whole-document check and zod's parser with all it uses: 55.25 KB.
  { name: "validation: import { validateDocument }", path: dist, import: "{ validateDocument }", gzip: true, limit: "58 KB", ...withZod },
  // Reading input as JSON data before validating it (readJsonValue) costs about 1 KB.
  { name: "own code of import { validateDocument }", path: dist, import: "{ validateDocument }", gzip: true, limit: "22.5 KB" },
  // jsonc-parser's visitor, which parseDocumentJson reads text with where a key may be
  // given twice, is about 3.2 KB of it. The full CAMEO–PLOVER crosswalk (293 rows, about
  // 4.9 KB), the mapping of every act and position kind to it with the manual's rules
  // (about 3.6 KB) and the everyday time kinds with their resolution (about 1.7 KB) came to
  // 62 KB; extraction with its prompt and quote anchoring, and scoring with its alignment,
  // brought it to 79.4 KB.
  { name: "own code of the whole API: import *", path: dist, import: "*", gzip: true, limit: "82 KB" },
];

/** The same bundles unmeasured by compression: reported beside the gzip sizes, with no budget of their own. */
export const MINIFIED_SUFFIX = " (minified)";
export default [
  ...checks,
  ...checks.map(({ limit: _limit, gzip: _gzip, name, ...check }) => ({ ...check, name: `${name}${MINIFIED_SUFFIX}`, brotli: false })),
];
