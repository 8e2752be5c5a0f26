/**
 * Writes the mapping tables of `docs/event-codes.md` from the mapping itself
 * (`src/export/event-code-table.ts`) and the crosswalk rows it names, between two
 * marker comments, so that the guide's tables cannot drift from what the exports do.
 * `scripts/generate.ts` writes it; a test fails while the committed guide differs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ActKind, EventCategory, actCategory } from "../src/model/act.js";
import { PositionKind } from "../src/model/position.js";
import { cameoCode, type CameoCode } from "../src/export/cameo-plover-codes.js";
import { ACT_CODES, CATEGORY_RULES, FRAME_CODES, MEETING_CODES, POSITION_CODES, UNCODED_ACTS, type ActFrame } from "../src/export/event-code-table.js";

/** The guide, from the project root. */
export const EVENT_CODE_DOCS = "docs/event-codes.md";

const START = "<!-- The tables below are generated from src/export/event-code-table.ts by npm run generate: do not edit them here. -->";
const END = "<!-- End of the generated tables. -->";

function known(code: string): CameoCode {
  const found = cameoCode(code);
  if (!found) throw new Error(`${EVENT_CODE_DOCS}: CAMEO ${code} is not in the crosswalk`);
  return found;
}

function plover(row: CameoCode): string {
  if (row.plover === null) return "none (dropped)";
  return [row.plover, ...row.modes.map((mode) => `mode ${mode}`), ...row.contexts.map((context) => `context ${context}`)].join(", ");
}

function cell(code: string | null, fallback: string | null): string {
  if (code !== null) return `${code} ${known(code).plover ?? "—"}`;
  return fallback === null ? "—" : `(${fallback})`;
}

const escape = (text: string) => text.replaceAll("|", "\\|");

/** The generated tables, as Markdown. */
export function eventCodeTables(): string {
  const used = new Set<string>();
  const use = (code: string | null) => {
    if (code !== null) used.add(code);
    return code;
  };
  const lines: string[] = [START, ""];
  lines.push("### Meetings", "", "| meeting | CAMEO | PLOVER | the manual's rule |", "| --- | --- | --- | --- |");
  for (const rule of Object.values(MEETING_CODES)) {
    const row = known(use(rule.code)!);
    lines.push(`| ${rule.when} | ${row.code} ${escape(row.label)} | ${plover(row)} | ${escape(rule.rule)} |`);
  }
  lines.push("", "### Positions", "", "| position kind | coded | PLOVER | the manual's rule |", "| --- | --- | --- | --- |");
  for (const kind of PositionKind.options) {
    const coding = POSITION_CODES[kind];
    if (kind === "response") {
      lines.push(`| \`${kind}\` | by its stance: positive as an \`acceptance\`, negative as a \`rejection\`, neutral ${use("010")} ${escape(known("010").label)} | AGREE, REJECT or none (dropped) | ${escape(coding.rule)} |`);
    } else if ("code" in coding) {
      const row = known(use(coding.code)!);
      lines.push(`| \`${kind}\` | ${row.code} ${escape(row.label)} | ${plover(row)} | ${escape(coding.rule)} |`);
    } else {
      const frame = coding.frame as Exclude<ActFrame, "done">;
      const general = known(use(FRAME_CODES[frame])!);
      const ultimatum = kind === "threat" ? `; conditional, with no act named: ${use("139")} ${escape(known("139").label)}` : "";
      lines.push(`| \`${kind}\` | by its act, as ${frame} (see the acts below); with none named ${general.code} ${escape(general.label)}${ultimatum} | ${plover(general)} | ${escape(coding.rule)} |`);
    }
  }
  lines.push(
    "",
    "### Acts",
    "",
    "Each act, done (a happening), committed to (an offer, promise, agreement, acceptance or invitation), asked for (a demand or request), appealed for, refused, or threatened. A code in parentheses is the frame's general one, used where the act has none of its own there.",
    "",
    "| act | PLOVER type | done | intent | demand | appeal | reject | threaten |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const act of ActKind.options) {
    const codes = ACT_CODES[act];
    const category = actCategory(act);
    const done = codes.done === null ? `none: ${UNCODED_ACTS[act] ?? "no code"}` : cell(use(codes.done), null);
    const frames = (["intent", "demand", "appeal", "reject", "threaten"] as const).map((frame) => cell(use(codes[frame]), FRAME_CODES[frame]));
    lines.push(`| \`${act}\` | ${category?.toUpperCase() ?? "—"} | ${done} | ${frames.join(" | ")} |`);
  }
  lines.push("", "### The manual's rule for each type", "", "| PLOVER type | rule |", "| --- | --- |");
  for (const category of EventCategory.options) lines.push(`| ${category.toUpperCase()} | ${escape(CATEGORY_RULES[category])} |`);
  lines.push("", "### The crosswalk rows the mapping uses", "", "| CAMEO | label | Goldstein | quad | PLOVER |", "| --- | --- | --- | --- | --- |");
  for (const code of [...used].sort()) {
    const row = known(code);
    lines.push(`| ${row.code} | ${escape(row.label)} | ${row.goldstein ?? "none"} | ${row.quadClass} | ${plover(row)} |`);
  }
  lines.push("", END);
  return lines.join("\n");
}

/** The guide with its tables regenerated, from its committed text. */
export function generatedEventCodeDocs(root: string): string {
  const text = readFileSync(join(root, EVENT_CODE_DOCS), "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${EVENT_CODE_DOCS}: the marker comments of the generated tables are missing`);
  return `${text.slice(0, start)}${eventCodeTables()}${text.slice(end + END.length)}`;
}
