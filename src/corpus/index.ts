/**
 * Corpora at scale: a corpus as Parquet tables for DuckDB and warehouses, SQL over them
 * with DuckDB, the tables' schemas for Arrow, BigQuery and Spark, and the links between
 * the same actors and events across articles.
 *
 * Node only. The Parquet export and queries load the optional peer dependency
 * `@duckdb/node-api` when called. The guide "Working at scale" shows them at work.
 *
 * @module news-event-models/corpus
 */
export * from "./tables.js";
export * from "./schema-bundle.js";
export * from "./document-rows.js";
export * from "./merge-corpus.js";
export * from "./write-parquet.js";
export * from "./query-corpus.js";
