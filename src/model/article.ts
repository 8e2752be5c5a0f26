import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { Inferred, type Inference } from "./inference.js";
import { OffsetUnit } from "./evidence.js";

const FurnitureShape = {
  /** Offset of the first character, in UTF-16 code units. */
  start: z.int().nonnegative().register(z.globalRegistry, { description: "Offset of the first character of the furniture, in UTF-16 code units." }),
  /** Offset just past the last character (exclusive). */
  end: z.int().nonnegative().register(z.globalRegistry, { description: "Offset just past the last character of the furniture (exclusive), in UTF-16 code units." }),
  /** What it is ("scraped page banner"). */
  label: z.string().min(1).register(z.globalRegistry, { description: "What the furniture is, such as \"scraped page banner\"." }),
};
// Furniture's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const FurnitureType: z.ZodObject<typeof FurnitureShape, z.core.$strict>;

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
export const Furniture: NamedObject<typeof FurnitureType.shape, Furniture, FurnitureInput> = /* @__PURE__ */ z
  .strictObject(FurnitureShape)
  .register(z.globalRegistry, { title: "Furniture", description: "A range of the article text that is page furniture, not part of the story." });
/**
 * What the `Furniture` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Article
 */
export type Furniture = {
  /** Offset of the first character, in UTF-16 code units. */
  start: number;
  /** Offset just past the last character (exclusive). */
  end: number;
  /** What it is ("scraped page banner"). */
  label: string;
};
/**
 * What the `Furniture` schema accepts: the same as it gives, {@link Furniture}.
 * @group Article
 */
export type FurnitureInput = Furniture;

const ArticleShape = {
  /** The text of the article, verbatim. */
  text: z.string().min(1).register(z.globalRegistry, { description: "The text of the article, verbatim, character for character." }),
  /** The unit of every offset into the text. */
  offsetUnit: OffsetUnit as typeof OffsetUnit,
  /** The headline, where known. */
  headline: z.string().min(1).optional().register(z.globalRegistry, { description: "The headline, where known." }),
  /** The publisher or news agency, where known. */
  publisher: z.string().min(1).optional().register(z.globalRegistry, { description: "The publisher or news agency, where known." }),
  /** When it was published: an ISO 8601 date or date-time. */
  published: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .optional()
    .register(z.globalRegistry, { description: "When the article was published: an ISO 8601 date, or a date-time with offset." }),
  /** The date that relative expressions ("Wednesday", "Thursday") are read against. */
  referenceDate: z.iso
    .date()
    .optional()
    .register(z.globalRegistry, { description: "The date (YYYY-MM-DD) that the article's relative time expressions, such as \"Thursday\", are read against." }),
  /** Where it was published. */
  url: z.url().optional().register(z.globalRegistry, { description: "The address where the article was published." }),
  /** Its language, as a BCP 47 tag ("en"). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language tag such as "en"' })
    .optional()
    .register(z.globalRegistry, { description: 'The language of the article, as a BCP 47 tag such as "en".' }),
  /** Ranges of the text that are not part of the story. */
  furniture: z.array(Furniture).optional().register(z.globalRegistry, { description: "Ranges of the text that are page furniture, not part of the story." }) as z.ZodOptional<z.ZodArray<NamedSchema<Furniture, FurnitureInput>>>,
  /** Values not stated by the article itself (its date, say), each with the reason. */
  inferred: Inferred.optional() as z.ZodOptional<typeof Inferred>,
};
// Article's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const ArticleType: z.ZodObject<typeof ArticleShape, z.core.$strict>;

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
export const Article: NamedObject<typeof ArticleType.shape, Article, ArticleInput> = /* @__PURE__ */ z
  .strictObject(ArticleShape)
  .register(z.globalRegistry, {
    title: "Article",
    description:
      "The source article: its verbatim text, publication details where known, page-furniture ranges, and which values were inferred rather than stated.",
  });
/**
 * What the `Article` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Article
 */
export type Article = {
  /** The text of the article, verbatim. */
  text: string;
  /** The unit of every offset into the text. */
  offsetUnit: "utf-16-code-unit";
  /** The headline, where known. */
  headline?: string | undefined;
  /** The publisher or news agency, where known. */
  publisher?: string | undefined;
  /** When it was published: an ISO 8601 date or date-time. */
  published?: string | undefined;
  /** The date that relative expressions ("Wednesday", "Thursday") are read against. */
  referenceDate?: string | undefined;
  /** Where it was published. */
  url?: string | undefined;
  /** Its language, as a BCP 47 tag ("en"). */
  language?: string | undefined;
  /** Ranges of the text that are not part of the story. */
  furniture?: Furniture[] | undefined;
  /** Values not stated by the article itself (its date, say), each with the reason. */
  inferred?: Inference[] | undefined;
};
/**
 * What the `Article` schema accepts: the same as it gives, {@link Article}.
 * @group Article
 */
export type ArticleInput = Article;
