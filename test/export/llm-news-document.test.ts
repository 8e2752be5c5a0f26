import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { zodResponseFormat, zodTextFormat } from "openai/helpers/zod";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { HappeningKind, LlmNewsDocument, NewsDocument, PositionKind, fromLlmOutput, jsonSchemaFor, toLlmOutput } from "../../src/index.js";
import { compileStrict, walk } from "./ajv.js";

const FORBIDDEN = ["oneOf", "allOf", "if", "then", "else", "not", "propertyNames", "patternProperties", "dependentSchemas"];

/** Every way a JSON Schema can leave the structured-output subset, as readable findings. */
function outsideTheSubset(schema: unknown): string[] {
  const found: string[] = [];
  const root = schema as { type?: unknown };
  if (root.type !== "object") found.push(`the root is ${JSON.stringify(root.type)}, not an object`);
  for (const [pointer, node] of walk(schema)) {
    if (pointer.endsWith("/properties")) continue;
    for (const keyword of FORBIDDEN) if (keyword in node) found.push(`${pointer}: uses ${keyword}`);
    if (node.type === "object" || "properties" in node) {
      if (node.additionalProperties !== false) found.push(`${pointer}: is not closed`);
      const keys = Object.keys((node.properties ?? {}) as object).sort();
      const required = [...((node.required ?? []) as string[])].sort();
      if (JSON.stringify(keys) !== JSON.stringify(required)) found.push(`${pointer}: does not require every property`);
    }
  }
  return found;
}

describe("LlmNewsDocument", () => {
  const schema = jsonSchemaFor("llm-document");

  it("stays inside the structured-output subset: object root, every property required, objects closed, anyOf only", () => {
    expect(outsideTheSubset(schema)).toEqual([]);
    const text = JSON.stringify(schema);
    expect(text).toContain('"anyOf"');
    expect(text).not.toContain('"extensions"');
    expect(text).not.toContain('"$schema":{');
  });

  it("finds what breaks the subset in the ordinary document schema, so the check can fail", () => {
    const findings = outsideTheSubset(jsonSchemaFor("document"));
    expect(findings.some((finding) => finding.endsWith("uses oneOf"))).toBe(true);
    expect(findings.some((finding) => finding.endsWith("does not require every property"))).toBe(true);
    expect(findings.some((finding) => finding.endsWith("uses propertyNames"))).toBe(true);
  });

  it("says in each nullable field's description what null means", () => {
    const shape = (schema as { properties: { meetings: { items: { properties: Record<string, { description: string; anyOf?: unknown[] }> } } } })
      .properties.meetings.items.properties;
    expect(shape.round!.description).toMatch(/Null where the article does not say\.$/);
    expect(shape.round!.anyOf).toContainEqual({ type: "null" });
    expect(shape.label!.description).not.toMatch(/Null/);
  });

  it("keeps every field, description and enum of the document schema but extensions, $schema and the version", () => {
    const ordinary = jsonSchemaFor("document") as { properties: Record<string, unknown> };
    const llm = schema as { properties: Record<string, { description?: string }> };
    expect(Object.keys(llm.properties)).toEqual(Object.keys(ordinary.properties).filter((key) => !["extensions", "$schema", "schemaVersion"].includes(key)));
    expect(JSON.stringify(schema)).toContain(JSON.stringify(PositionKind.options));
    expect(JSON.stringify(schema)).toContain(JSON.stringify(HappeningKind.options));
  });

  it("compiles in ajv's strict mode and accepts the fixture's structured-output form", () => {
    const validate = compileStrict(schema);
    expect(validate(toLlmOutput(japanNorthKorea2004)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(japanNorthKorea2004)).toBe(false);
  });

  it("accepts with zod what the JSON Schema accepts, and rejects a missing null", () => {
    const answer = toLlmOutput(japanNorthKorea2004) as unknown as { meetings: Record<string, unknown>[] };
    expect(LlmNewsDocument.safeParse(answer).success).toBe(true);
    delete answer.meetings[0]!.round;
    const result = LlmNewsDocument.safeParse(answer);
    expect(result.error?.issues[0]).toMatchObject({ path: ["meetings", 0, "round"], code: "invalid_type" });
  });

  it("refuses to build a structured-output form where a record would have to stay", async () => {
    const { llmSchemaOf } = await import("../../src/export/_lib/llm-form.js");
    expect(() => llmSchemaOf(z.strictObject({ scores: z.record(z.string(), z.number()) }))).toThrow(/a record has no structured-output form/);
    expect(Object.keys((llmSchemaOf(NewsDocument) as z.ZodObject).shape)).not.toContain("extensions");
  });
});

describe("the SDKs' zod helpers, offline", () => {
  it("openai's zodResponseFormat takes the schema as a strict response format", () => {
    const format = zodResponseFormat(LlmNewsDocument, "news_document");
    expect(format.type).toBe("json_schema");
    expect(format.json_schema.strict).toBe(true);
    expect(outsideTheSubset(format.json_schema.schema)).toEqual([]);
  });

  it("openai's zodTextFormat gives the same schema for the Responses API", () => {
    const format = zodTextFormat(LlmNewsDocument, "news_document");
    expect(format.strict).toBe(true);
    expect(format.schema).toEqual(zodResponseFormat(LlmNewsDocument, "news_document").json_schema.schema);
  });

  it("openai's parser reads an answer that fromLlmOutput turns back into the document", () => {
    const format = zodResponseFormat(LlmNewsDocument, "news_document");
    const parsed = format.$parseRaw(JSON.stringify(toLlmOutput(japanNorthKorea2004)));
    const result = fromLlmOutput(parsed, { article: japanNorthKorea2004.article.text });
    expect(result.ok && result.document).toEqual(japanNorthKorea2004);
  });

  it("Anthropic's zodOutputFormat takes the schema as a JSON output format", () => {
    const format = zodOutputFormat(LlmNewsDocument);
    expect(format.type).toBe("json_schema");
    expect(outsideTheSubset(format.schema)).toEqual([]);
  });

  it("Anthropic's parser reads an answer, and reports one that breaks the schema", () => {
    const format = zodOutputFormat(LlmNewsDocument);
    const answer = toLlmOutput(japanNorthKorea2004);
    expect(fromLlmOutput(format.parse(JSON.stringify(answer)), { article: japanNorthKorea2004.article.text }).ok).toBe(true);
    expect(() => format.parse(JSON.stringify({ ...answer, actors: "none" }))).toThrow(/actors/);
  });
});
