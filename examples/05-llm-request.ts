// Prepare a structured-output request that asks a language model to encode an article,
// and turn its answer back into a validated document. Runs offline: nothing is sent.
// Run: npx tsx examples/05-llm-request.ts
import assert from "node:assert/strict";
import type { MessageCreateParamsNonStreaming } from "@anthropic-ai/sdk/resources/messages";
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { zodResponseFormat } from "openai/helpers/zod";
import { LlmNewsDocument, extractionPrompt, formatProblem, fromLlmOutput, toLlmOutput } from "news-event-models";
import { ARTICLE_TEXT, japanNorthKorea2004 } from "news-event-models/fixtures";

// The instructions, built from the schema: what to encode, quotes rather than offsets, null rather than invention.
const instructions = extractionPrompt(ARTICLE_TEXT).system;

// #region request
const openaiRequest = {
  model: "gpt-4o-2024-08-06",
  messages: [
    { role: "system", content: instructions },
    { role: "user", content: ARTICLE_TEXT },
  ],
  response_format: zodResponseFormat(LlmNewsDocument, "news_document"),
} satisfies ChatCompletionCreateParamsNonStreaming;

const anthropicRequest = {
  model: "claude-sonnet-4-5",
  max_tokens: 16_000,
  system: instructions,
  messages: [{ role: "user", content: ARTICLE_TEXT }],
  output_config: { format: zodOutputFormat(LlmNewsDocument) },
} satisfies MessageCreateParamsNonStreaming;
// #endregion request
assert.equal(openaiRequest.response_format.json_schema.strict, true);
assert.equal(anthropicRequest.output_config.format.schema.type, "object");
console.log(`request schema: ${JSON.stringify(openaiRequest.response_format.json_schema.schema).length} characters`);

// #region answer
// A model's answer arrives as JSON text; here, the fixture in the same form stands in for one.
const answer = JSON.stringify(toLlmOutput(japanNorthKorea2004));
const result = fromLlmOutput(answer, { article: ARTICLE_TEXT });
if (result.ok) console.log(`valid: ${result.document.positions.length} positions`);
else for (const problem of result.problems) console.error(formatProblem(problem));
// #endregion answer
assert.ok(result.ok);
assert.deepEqual(result.document, japanNorthKorea2004);

// An answer that quotes words the article does not have passes the schema but not the document checks.
const wrong = JSON.parse(answer) as { evidence: { quote: string }[] };
wrong.evidence[0]!.quote = "Tokio";
const rejected = fromLlmOutput(wrong, { article: ARTICLE_TEXT });
assert.equal(rejected.ok ? undefined : rejected.problems[0]?.code, "quote-not-found");
