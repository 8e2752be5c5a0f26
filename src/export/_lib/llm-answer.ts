// Turns a model's answer (the form of LlmNewsDocument, nulls already dropped) into a
// candidate document: the article's text put in, each quote anchored to offsets, and
// the model's ids checked and made valid ids. What cannot be done is a problem, in
// words a model can act on.
import { SCHEMA_VERSION } from "../../model/document.js";
import { ID_PATTERN, type EntityKind } from "../../model/id.js";
import { problem, type Problem } from "../../validate/problem.js";
import { describeKind } from "../../validate/check-references.js";
import { walkDocument, type Path } from "../../validate/reference-graph.js";
import { anchorQuote } from "../anchor-quote.js";
import { ARTICLE_SOURCE_KEYS } from "../article-source.js";

type Json = Record<string, unknown>;


/** What the transform made, and what the document checks must be told of it. */
export interface Candidate {
  /** The candidate document, to validate. */
  readonly document: unknown;
  /** Problems found on the way. */
  readonly problems: Problem[];
  /** The paths of evidence and furniture whose quote was not anchored, so the document checks' findings on their offsets are left out. */
  readonly unanchored: readonly Path[];
  /** Whether the ids were checked here (so the document checks' duplicate and dangling findings are left out). */
  readonly idsChecked: boolean;
  /** Each id renamed to make it a valid id, by its new name: the answer's own. */
  readonly renamed: ReadonlyMap<string, string>;
}

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function anchorItems(items: unknown, text: string, at: readonly (string | number)[], what: string, problems: Problem[], unanchored: Path[]): unknown {
  if (!Array.isArray(items)) return items;
  // A quote that cannot be anchored stands on the text's first character, so that the
  // document checks still run on everything else; their findings on it are left out.
  const first = (text.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
  const placeholder = { start: 0, end: first, quote: text.slice(0, first) };
  return items.map((item, index) => {
    if (!isObject(item)) return item;
    const path = [...at, index];
    const { quote, prefix, suffix, ...rest } = item;
    for (const key of ["prefix", "suffix"] as const)
      if (item[key] !== undefined && typeof item[key] !== "string")
        problems.push(problem("shape", [...path, key], `the ${key} must be a few words of the article, or null`, "invalid_type"));
    for (const key of ["start", "end"] as const)
      if (key in rest) problems.push(problem("shape", [...path, key], `${what} is given by quote, not by offsets: leave out "${key}"`, "unrecognized_keys"));
    delete rest.start;
    delete rest.end;
    if (typeof quote !== "string" || quote.length === 0) {
      unanchored.push(path);
      problems.push(problem("shape", [...path, "quote"], `${what} needs its quote: the article's words, copied exactly`, "invalid_type"));
      return "label" in rest ? { start: 0, end: first, ...rest } : { ...rest, ...placeholder };
    }
    const found = anchorQuote(text, {
      quote,
      prefix: typeof prefix === "string" ? prefix : null,
      suffix: typeof suffix === "string" ? suffix : null,
    });
    if (!found.ok) {
      unanchored.push(path);
      const key = found.code === "quote-not-found" && found.candidates.length > 0 ? (typeof prefix === "string" ? "prefix" : "suffix") : "quote";
      problems.push({ ...problem(found.code, [...path, key], found.message), candidates: found.candidates });
      return "label" in rest ? { start: 0, end: first, ...rest } : { ...rest, ...placeholder };
    }
    return "label" in rest ? { start: found.start, end: found.end, ...rest } : { ...rest, start: found.start, end: found.end, quote: found.quote };
  });
}

/** A valid id made from any short string: letters, digits and `._:-` kept, the rest a hyphen. */
function slug(raw: string): string {
  const made = raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._:-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 120);
  // Trailing hyphens go by a loop: a regular expression anchored at the end rescans each run.
  let end = made.length;
  while (end > 0 && made[end - 1] === "-") end--;
  return end > 0 ? made.slice(0, end) : "id";
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let current = root as Json;
  for (const key of path.slice(0, -1)) current = current[key as string] as Json;
  current[path.at(-1) as string] = value;
}

function listKinds(kinds: readonly EntityKind[]): string {
  const names = [...new Set(kinds.map(describeKind))];
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

function checkIds(document: unknown, problems: Problem[]): Map<string, string> {
  const entities = new Map<string, { readonly kind: EntityKind; readonly path: Path }>();
  const entityPaths: { readonly id: string; readonly path: Path }[] = [];
  const referencePaths: { readonly id: string; readonly path: Path }[] = [];
  const dangling: { readonly id: string; readonly path: Path; readonly kinds: readonly EntityKind[]; readonly role: string }[] = [];
  walkDocument(document, {
    entity({ entity, kind, path }) {
      entityPaths.push({ id: entity.id, path: [...path, "id"] });
      const earlier = entities.get(entity.id);
      if (!earlier) entities.set(entity.id, { kind, path });
      else
        problems.push(
          problem(
            "duplicate-id",
            [...path, "id"],
            `the id "${entity.id}" is used twice, by ${describeKind(earlier.kind)} at /${earlier.path.join("/")} and by ${describeKind(kind)} here: ids must be unique across the whole answer, not only within one list; give this one a new id, and point the references that mean it at the new id`,
          ),
        );
    },
    reference(site, id, path) {
      referencePaths.push({ id, path });
      dangling.push({ id, path, kinds: site.kinds, role: site.role });
    },
  });
  for (const { id, path, kinds, role } of dangling) {
    if (entities.has(id)) continue;
    const fitting = [...entities].filter(([, entity]) => kinds.includes(entity.kind)).map(([known]) => known);
    const near = fitting.find((known) => slug(known).toLowerCase() === slug(id).toLowerCase());
    const offer =
      fitting.length === 0
        ? `the answer has no ${listKinds(kinds)} yet`
        : `the ids in the answer that fit here (${listKinds(kinds)}) are ${fitting
            .slice(0, 12)
            .map((known) => `"${known}"`)
            .join(", ")}${fitting.length > 12 ? ` and ${fitting.length - 12} more` : ""}`;
    problems.push(
      problem(
        "dangling-reference",
        path,
        `${role} names "${id}", but nothing in the answer has that id${near === undefined ? "" : ` (did you mean "${near}"?)`}; ${offer}: use one of them, or add the object with the id "${id}"`,
      ),
    );
  }
  // Any short id is kept as given where it is already a valid id, and made one where not.
  const renamed = new Map<string, string>();
  const byRaw = new Map<string, string>();
  const taken = new Set([...entities.keys()].filter((id) => ID_PATTERN.test(id)));
  for (const { id } of [...entityPaths, ...referencePaths]) {
    if (ID_PATTERN.test(id) || byRaw.has(id)) continue;
    const base = slug(id);
    let made = base;
    for (let n = 2; taken.has(made); n++) made = `${base}-${n}`;
    taken.add(made);
    byRaw.set(id, made);
    renamed.set(made, id);
  }
  for (const { id, path } of [...entityPaths, ...referencePaths]) {
    const made = byRaw.get(id);
    if (made !== undefined) setAt(document, path, made);
  }
  return renamed;
}

/**
 * Builds the candidate document from an answer whose nulls are already dropped: the
 * article's text and metadata put in, quotes anchored, ids checked and made valid.
 */
export function candidateFromAnswer(answer: unknown, text: string | undefined, given: Readonly<Record<string, unknown>>): Candidate {
  const problems: Problem[] = [];
  const unanchored: Path[] = [];
  if (!isObject(answer)) return { document: answer, problems, unanchored, idsChecked: false, renamed: new Map() };
  const { schemaVersion, article, evidence, ...rest } = answer;
  let fullArticle: unknown = article;
  let anchoredEvidence: unknown = evidence;
  if (isObject(article)) {
    const { text: answerText, offsetUnit, furniture, ...metadata } = article;
    const source = text ?? (typeof answerText === "string" ? answerText : undefined);
    if (source === undefined)
      problems.push(problem("shape", ["article", "text"], "there is no article text to find the quotes in: give the article's text with the answer (options.article)", "invalid_type"));
    else if (answerText !== undefined && answerText !== source)
      problems.push(problem("inconsistent", ["article", "text"], "the answer repeats the article's text, but not as given: leave the text out of the answer"));
    for (const key of ARTICLE_SOURCE_KEYS) {
      if (given[key] === undefined) continue;
      if (metadata[key] !== undefined && metadata[key] !== given[key])
        problems.push(problem("inconsistent", ["article", key], `the article's ${key} is given as ${JSON.stringify(given[key])}, but the answer says ${JSON.stringify(metadata[key])}: give ${JSON.stringify(given[key])} or null`));
      metadata[key] = given[key];
    }
    const anchoredFurniture = source === undefined ? furniture : anchorItems(furniture, source, ["article", "furniture"], "page furniture", problems, unanchored);
    fullArticle = {
      text: source ?? answerText,
      offsetUnit: offsetUnit ?? "utf-16-code-unit",
      ...metadata,
      ...(anchoredFurniture === undefined ? {} : { furniture: anchoredFurniture }),
    };
    if (source !== undefined) anchoredEvidence = anchorItems(evidence, source, ["evidence"], "an evidence span", problems, unanchored);
  }
  const document: Json = { schemaVersion: schemaVersion ?? SCHEMA_VERSION, article: fullArticle, ...rest };
  if (anchoredEvidence !== undefined) document.evidence = anchoredEvidence;
  const renamed = checkIds(document, problems);
  return { document, problems, unanchored, idsChecked: true, renamed };
}
