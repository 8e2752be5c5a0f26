import type { Article } from "../model/article.js";

/**
 * What may be known of an article beside its text, and given with it to
 * {@link fromLlmOutput} and {@link extractionPrompt}: its headline, publisher, dates,
 * address and language.
 * @group LLM structured output
 */
export const ARTICLE_SOURCE_KEYS = ["headline", "publisher", "published", "url", "language", "referenceDate"] as const satisfies readonly (keyof Article)[];

/**
 * The article an answer was drawn from: its text, or its text with what is known of its
 * publication ({@link ARTICLE_SOURCE_KEYS}), which the answer then need not give and
 * must not contradict.
 * @group LLM structured output
 */
export type ArticleSource = string | (Pick<Article, "text"> & Partial<Pick<Article, (typeof ARTICLE_SOURCE_KEYS)[number]>>);
