import * as z from "zod";
import { Inferred, type Inference } from "./inference.js";
import { OffsetUnit } from "./evidence.js";

const FurnitureShape = {
  /** Offset of the first character, in UTF-16 code units. */
  start: z.int().nonnegative().meta({ description: "Offset of the first character of the furniture, in UTF-16 code units." }),
  /** Offset just past the last character (exclusive). */
  end: z.int().nonnegative().meta({ description: "Offset just past the last character of the furniture (exclusive), in UTF-16 code units." }),
  /** What it is ("scraped page banner"). */
  label: z.string().min(1).meta({ description: "What the furniture is, such as \"scraped page banner\"." }),
};

/** The type of the {@link Furniture} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface FurnitureSchema extends z.ZodObject<typeof FurnitureShape, z.core.$strict> {}

/**
 * A range of the article text that is page furniture, not part of the story: a banner,
 * a caption, a "related stories" list that came along when the page was scraped.
 *
 * @remarks Kept in the text so the text stays byte for byte what was published, and
 * marked so no evidence span is drawn from it.
 * @example
 * ```ts
 * Furniture.parse({ start: 2243, end: 2261, label: "scraped page banner" });
 * ```
 * @group Article
 */
export const Furniture: FurnitureSchema = /* @__PURE__ */ z
  .strictObject(FurnitureShape)
  .meta({ title: "Furniture", description: "A range of the article text that is page furniture, not part of the story." });
export type Furniture = z.infer<typeof Furniture>;

const ArticleShape = {
  /** The text of the article, verbatim. */
  text: z.string().min(1).meta({ description: "The text of the article, verbatim, character for character." }),
  /** The unit of every offset into the text. */
  offsetUnit: OffsetUnit,
  /** The headline, where known. */
  headline: z.string().min(1).optional().meta({ description: "The headline, where known." }),
  /** The publisher or news agency, where known. */
  publisher: z.string().min(1).optional().meta({ description: "The publisher or news agency, where known." }),
  /** When it was published: an ISO 8601 date or date-time. */
  published: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .optional()
    .meta({ description: "When the article was published: an ISO 8601 date, or a date-time with offset." }),
  /** The date that relative expressions ("Wednesday", "Thursday") are read against. */
  referenceDate: z.iso
    .date()
    .optional()
    .meta({ description: "The date (YYYY-MM-DD) that the article's relative time expressions, such as \"Thursday\", are read against." }),
  /** Where it was published. */
  url: z.url().optional().meta({ description: "The address where the article was published." }),
  /** Its language, as a BCP 47 tag ("en"). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "en"' })
    .optional()
    .meta({ description: 'The language of the article, as a BCP 47 tag such as "en".' }),
  /** Ranges of the text that are not part of the story. */
  furniture: z.array(Furniture).optional().meta({ description: "Ranges of the text that are page furniture, not part of the story." }),
  /** Values not stated by the article itself (its date, say), each with the reason. */
  inferred: Inferred.optional(),
};

/** The type of the {@link Article} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface ArticleSchema extends z.ZodObject<typeof ArticleShape, z.core.$strict> {}

/**
 * The source article: its text verbatim, what is known of its publication, and which
 * of those values were inferred rather than stated.
 *
 * @remarks Offsets into `text` count UTF-16 code units ({@link OffsetUnit}).
 * `referenceDate` is what relative expressions resolve against; an article rarely
 * states it, so it is usually marked in `inferred`. Maps to schema.org `NewsArticle`.
 * @example
 * ```ts
 * Article.parse({
 *   text: "Japan and North Korea met Wednesday.",
 *   offsetUnit: "utf-16-code-unit",
 *   referenceDate: "2004-02-26",
 *   inferred: [{ path: "/referenceDate", basis: "context", reason: "The talks opened on 25 February 2004." }],
 * });
 * ```
 * @group Article
 */
export const Article: ArticleSchema = /* @__PURE__ */ z
  .strictObject(ArticleShape)
  .meta({
    title: "Article",
    description:
      "The source article: its verbatim text, publication details where known, page-furniture ranges, and which values were inferred rather than stated.",
  });
export type Article = z.infer<typeof Article>;
