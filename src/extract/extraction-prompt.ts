import * as z from "zod";
import { ActorKind } from "../model/id.js";
import { Article } from "../model/article.js";
import { Attribution, Certainty } from "../model/attribution.js";
import { NewsDocument } from "../model/document.js";
import { Inference, InferenceBasis } from "../model/inference.js";
import { Position, PositionKind } from "../model/position.js";
import { HappeningKind } from "../model/happening.js";
import { TimeExpression } from "../model/time.js";
import type { NewsDocument as NewsDocumentType } from "../model/document.js";
import { jsonSchemaFor } from "../export/json-schema.js";
import { toLlmOutput } from "../export/to-llm-output.js";
import { ARTICLE_SOURCE_KEYS, type ArticleSource } from "../export/article-source.js";
import { tabulateDocument } from "../validate/document-table.js";
import type { PositionId } from "../model/id.js";

/**
 * One message of a conversation with a language model, in the shape every chat API
 * takes: a role and plain text.
 * @group Extraction
 */
export interface ChatMessage {
  /** Who speaks: the instructions (`system`), the user, or the model (`assistant`). */
  readonly role: "system" | "user" | "assistant";
  /** What is said, as plain text. */
  readonly content: string;
}

/**
 * A worked example for {@link extractionPrompt}: a document whose article and answer
 * form show the model what is wanted, and the positions to draw the example from.
 * @group Extraction
 */
export interface WorkedExample {
  /** The encoded article to draw the example from. */
  readonly document: NewsDocumentType;
  /** The positions the example shows, with all they refer to; the whole document where absent. */
  readonly positionIds?: readonly PositionId[] | undefined;
}

/**
 * Options of {@link extractionPrompt}.
 * @group Extraction
 */
export interface ExtractionPromptOptions {
  /**
   * A worked example shown in the instructions: the article of a document and, in the
   * answer form, the positions named with every object they refer to. Pass the fixture
   * (`japanNorthKorea2004` from `news-event-models/fixtures`) to show how it is encoded.
   * Absent: no example.
   */
  readonly example?: WorkedExample | undefined;
}

/**
 * What {@link extractionPrompt} returns: plain strings and the JSON Schema, for any SDK.
 * @group Extraction
 */
export interface ExtractionPrompt {
  /** The system instructions: what to encode, and the rules the schema alone cannot say. */
  readonly system: string;
  /** The user message: the article, and what is known of it. */
  readonly user: string;
  /** The two as a conversation: `[{ role: "system", … }, { role: "user", … }]`. */
  readonly messages: readonly ChatMessage[];
  /** The JSON Schema of the answer form ({@link LlmNewsDocument}), for a structured-output request. */
  readonly schema: Record<string, unknown>;
  /** A name for the schema, where an SDK asks for one. */
  readonly schemaName: string;
}

/** The key of a schema's field, checked against the schema so a rule never names a field that is not there. */
function field<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, key: keyof Shape & string): string {
  return key;
}

function descriptionOf(schema: z.core.$ZodType): string {
  return (z.globalRegistry.get(schema) as { description?: string } | undefined)?.description ?? "";
}

/** What to encode: the document's lists, each with its schema's own description. */
function whatToEncode(): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(NewsDocument.shape)) {
    if (key === "schemaVersion" || key === "$schema" || key === "extensions") continue;
    const said = key === "article" ? "What the article says of itself (headline, publisher, dates, language), page furniture, and which of these you inferred." : descriptionOf(value);
    lines.push(`- ${key}: ${said}`);
  }
  return lines.join("\n");
}

function rules(): string {
  const holder = field(Position, "holderIds");
  const voice = field(Position, "voicedById");
  const addressee = field(Position, "addresseeIds");
  const inferred = field(Article, "inferred");
  const [path, basis, reason] = [field(Inference, "path"), field(Inference, "basis"), field(Inference, "reason")];
  const source = field(Attribution, "sourceId");
  const certainty = field(Attribution, "certainty");
  const within = field(Attribution, "withinId");
  const modality = field(Position, "modality");
  const timeText = field(TimeExpression.options[0], "text");
  return [
    `1. Evidence by quote. Every fact lists the evidence spans that state it. An evidence span is a quote: the article's words copied exactly, never offsets or character counts. Where the quoted words occur more than once in the article, add a few words just before them as prefix or just after them as suffix, so that they are found once; otherwise leave prefix and suffix null. Quote only the story, never the page furniture.`,
    `2. Ids. Give every object a short id of your own ("japan", "ev1"), unique across the whole answer, not only within its list. Every reference must name an object of the right kind that is in your answer; add the object rather than naming one that is not there.`,
    `3. Holder versus voice. A position's ${holder} are whose position it is: the state, organisation, delegation or person it belongs to. ${voice} is the person who said it, where the article says who. "Saiki told Li that Japan wants talks in March" is held by Japan (or its delegation), voiced by Saiki, and addressed (${addressee}) to North Korea or its delegation. A person speaking for himself is both holder and voice.`,
    `4. Attribution. Where the article says who a fact came from ("diplomatic sources said", "is believed to"), add an attribution with its ${source} (the source, or null where the article does not say who) and ${certainty} (${Certainty.options.join(", ")}), and point the fact at it. Nest attributions where the article nests them (${within}).`,
    `5. What did not happen, or not yet. A fact that failed, was denied, is planned, expected, possible or conditional keeps its ${modality} (polarity and reality); never encode it as if it took place.`,
    `6. Null, not invention. Use null for every value the article does not state: a date, a formality, an addressee, a count. Never fill a value from what is likely. A value you fill in from outside the text (the article's reference date from the events it reports, a country code) is marked in the ${inferred} list of the object that holds it: ${path} (a JSON Pointer to the value within that object, such as "/referenceDate"), ${basis} (${InferenceBasis.options.join(", ")}) and ${reason} (a sentence a reader can check).`,
    `7. Times. Keep each time expression's ${timeText} as the article writes it ("Wednesday night", "mid-March"). Resolve it only against a reference date, and mark the reference date inferred where the article does not give it.`,
    `8. Page furniture. Text that is not part of the story (a banner, a caption, links scraped with the page) goes in the article's furniture by quote, with a label, and no fact is drawn from it.`,
    `9. Kinds. Actors are of the kinds ${ActorKind.options.join(", ")}. Positions are of the kinds ${PositionKind.options.join(", ")}. Other events (happenings) are of the kinds ${HappeningKind.options.join(", ")}.`,
  ].join("\n");
}

/** The example: the positions named, with everything they refer to, as the answer form writes it. */
function exampleDocument(example: WorkedExample): NewsDocumentType {
  const { document, positionIds } = example;
  if (positionIds === undefined) return document;
  const table = tabulateDocument(document);
  const refersTo = new Map<string, Set<string>>();
  for (const reference of table.references) {
    const from = reference.from.entity.id;
    if (!refersTo.has(from)) refersTo.set(from, new Set());
    refersTo.get(from)!.add(reference.id);
  }
  const kept = new Set<string>();
  const visit = (id: string) => {
    if (kept.has(id) || !table.entities.has(id)) return;
    kept.add(id);
    for (const next of refersTo.get(id) ?? []) visit(next);
  };
  positionIds.forEach(visit);
  const part = { ...document } as Record<string, unknown>;
  for (const [key, value] of Object.entries(document))
    if (Array.isArray(value) && key !== "article") part[key] = (value as { id: string }[]).filter((item) => kept.has(item.id));
  return part as NewsDocumentType;
}

function articleLines(article: ArticleSource): string {
  if (typeof article === "string") return "";
  const lines = ARTICLE_SOURCE_KEYS.filter((key) => article[key] !== undefined).map((key) => `${key}: ${article[key]}`);
  return lines.length === 0 ? "" : `What is known of the article (use these values as given):\n${lines.join("\n")}\n\n`;
}

const OUTPUT_RULE =
  "Answer with one JSON object in the form of the schema (the news_document schema) and nothing else: no comment, no code fence. Every key of the schema is present; null where the article does not say.";

/**
 * Writes the prompt that asks a language model to encode an article as a document: the
 * system instructions and the user message, as plain strings, and the JSON Schema of
 * the answer form, to use with any SDK.
 *
 * @remarks
 * The instructions are built from the schema: what to encode is each list of
 * {@link NewsDocument} with its own description, and the kinds come from the enums'
 * `.options`. They add the rules the schema alone cannot say: evidence by quote, ids
 * unique across the answer, holder versus voice, attribution, what did not happen, null
 * rather than invention with inferred values marked and their reasons, time expressions,
 * page furniture. With `example`, a worked example follows: an encoded article's text
 * and, in the answer form ({@link toLlmOutput}), the positions named with all they refer
 * to. The user message holds the article, and the metadata given with it.
 * Send `schema` as the structured-output format where the provider has one
 * (`response_format` with `strict: true`, `output_config.format`), or use
 * {@link LlmNewsDocument} with an SDK's zod helper; read the answer with
 * {@link fromLlmOutput}, or let {@link extractDocument} do all of it.
 * @example
 * ```ts
 * const prompt = extractionPrompt({ text: ARTICLE_TEXT, published: "2004-02-26" });
 * prompt.messages.map((message) => message.role);
 * //=> ["system", "user"]
 * ```
 * @group Extraction
 */
export function extractionPrompt(article: ArticleSource, options: ExtractionPromptOptions = {}): ExtractionPrompt {
  const text = typeof article === "string" ? article : article.text;
  const parts = [
    "You encode news articles as structured documents of the news-event-models schema: who the actors are, who represents whom, who met whom, when and where, what each side demanded, proposed, asserted, denied or agreed, and what else happened, each fact tied to the words of the article that state it and to whoever the article says it came from.",
    `What to encode:\n${whatToEncode()}`,
    `Rules the schema cannot say:\n${rules()}`,
    OUTPUT_RULE,
  ];
  if (options.example) {
    const shown = exampleDocument(options.example);
    parts.push(
      `Worked example. For this article:\n<article>\n${shown.article.text}\n</article>\n${options.example.positionIds ? "an answer would include these objects (a part of the whole answer, with everything they refer to):" : "the answer is:"}\n${JSON.stringify(toLlmOutput(shown))}`,
    );
  }
  const system = parts.join("\n\n");
  const user = `${articleLines(article)}Encode this article:\n<article>\n${text}\n</article>`;
  return {
    system,
    user,
    messages: [
      { role: "system", content: system },
      { role: "user", content: user },
    ],
    schema: jsonSchemaFor("llm-document") as Record<string, unknown>,
    schemaName: "news_document",
  };
}
