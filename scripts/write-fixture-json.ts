/**
 * Writes the fixture document as JSON to fixtures/japan-north-korea-2004.json, the file
 * the package ships at `news-event-models/fixtures/japan-north-korea-2004.json`.
 *
 * Run with `npx tsx scripts/write-fixture-json.ts` after changing the fixture; a test
 * fails while the JSON file and the constant differ.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { japanNorthKorea2004 } from "../src/fixtures/index.js";

const target = fileURLToPath(new URL("../fixtures/japan-north-korea-2004.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(japanNorthKorea2004, null, 2)}\n`);
console.log(`wrote ${target}`);
