// The answer form's JSON Schema against the limits the providers publish for structured
// outputs. OpenAI (strict mode): an object at the root, every property required,
// additionalProperties false on every object, at most 5,000 object properties, at most
// 10 levels of nesting, at most 15,000 characters of property names, enum and const
// values. Anthropic (JSON outputs): additionalProperties false on every object, no
// recursive schemas, no numeric (minimum, maximum, multipleOf) or string-length
// (minLength, maxLength) constraints, minItems of 0 or 1 only, no maxItems, formats only
// of its list; its SDK moves what it cannot take into the descriptions.
import { zodOutputFormat } from "@anthropic-ai/sdk/helpers/zod";
import { zodResponseFormat } from "openai/helpers/zod";
import { describe, expect, it } from "vitest";
import { LlmNewsDocument, jsonSchemaFor } from "../../src/index.js";
import { walk } from "./ajv.js";

type Node = Record<string, unknown>;

/** What the providers count in a schema, following local $refs. */
function measure(schema: Node) {
  const definitions = { ...((schema.$defs ?? {}) as Record<string, Node>), ...((schema.definitions ?? {}) as Record<string, Node>) };
  let properties = 0;
  let characters = 0;
  let depth = 0;
  let recursive = false;
  const visit = (node: unknown, level: number, refs: readonly string[]) => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, level, refs));
    if (node === null || typeof node !== "object") return;
    const value = node as Node;
    if (typeof value.$ref === "string") {
      const name = value.$ref.split("/").at(-1)!;
      if (refs.includes(name)) recursive = true;
      else visit(definitions[name], level, [...refs, name]);
    }
    let inner = level;
    if (value.properties && typeof value.properties === "object") {
      inner = level + 1;
      depth = Math.max(depth, inner);
      for (const key of Object.keys(value.properties)) {
        properties++;
        characters += key.length;
      }
    }
    if (Array.isArray(value.enum)) for (const item of value.enum) if (typeof item === "string") characters += item.length;
    if (typeof value.const === "string") characters += value.const.length;
    for (const [key, child] of Object.entries(value))
      if (key === "properties") Object.values(child as Node).forEach((item) => visit(item, inner, refs));
      else if (key !== "$defs" && key !== "definitions" && typeof child === "object") visit(child, inner, refs);
  };
  visit(schema, 0, []);
  return { properties, characters, depth, recursive };
}

const ANTHROPIC_FORMATS = ["date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"];
const ANTHROPIC_UNSUPPORTED = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "maxItems"];

/** Each way a schema leaves what Anthropic's structured outputs take, as findings. */
function outsideAnthropic(schema: Node): string[] {
  const found: string[] = [];
  for (const [pointer, node] of walk(schema)) {
    if (pointer.endsWith("/properties") || pointer.endsWith("/$defs")) continue;
    if ((node.type === "object" || "properties" in node) && node.additionalProperties !== false) found.push(`${pointer}: additionalProperties is not false`);
    for (const keyword of ANTHROPIC_UNSUPPORTED) if (keyword in node) found.push(`${pointer}: ${keyword}`);
    if (typeof node.minItems === "number" && node.minItems > 1) found.push(`${pointer}: minItems ${node.minItems}`);
    if (typeof node.format === "string" && !ANTHROPIC_FORMATS.includes(node.format)) found.push(`${pointer}: format ${node.format}`);
    if (typeof node.pattern === "string" && /\(\?[=!<]|\\\d|\\b/.test(node.pattern)) found.push(`${pointer}: pattern ${node.pattern}`);
  }
  if (measure(schema).recursive) found.push("recursive");
  return found;
}

describe("the answer form within OpenAI's strict-mode limits", () => {
  const schemas = {
    "schemas/llm-document.json": jsonSchemaFor("llm-document") as Node,
    "zodResponseFormat's schema": zodResponseFormat(LlmNewsDocument, "news_document").json_schema.schema as Node,
  };

  it.each(Object.entries(schemas))("%s: object root, every property required, every object closed", (_name, schema) => {
    expect(schema.type).toBe("object");
    const wrong: string[] = [];
    for (const [pointer, node] of walk(schema)) {
      if (pointer.endsWith("/properties") || !("properties" in node)) continue;
      if (node.additionalProperties !== false) wrong.push(`${pointer}: not closed`);
      const keys = Object.keys(node.properties as Node).sort();
      if (JSON.stringify(keys) !== JSON.stringify([...((node.required ?? []) as string[])].sort())) wrong.push(`${pointer}: not all required`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(Object.entries(schemas))("%s: at most 5,000 properties, 10 levels of nesting, 15,000 characters of names and enum values", (_name, schema) => {
    const measured = measure(schema);
    expect(measured.properties).toBeGreaterThan(100);
    expect(measured.properties).toBeLessThanOrEqual(5_000);
    expect(measured.depth).toBeGreaterThanOrEqual(3);
    expect(measured.depth).toBeLessThanOrEqual(10);
    expect(measured.characters).toBeLessThanOrEqual(15_000);
  });

  it("measures a schema past the limits as past them, so the checks can fail", () => {
    let deep: Node = { type: "string" };
    for (let level = 0; level < 11; level++) deep = { type: "object", properties: { ["x".repeat(1_500)]: deep }, required: ["x".repeat(1_500)], additionalProperties: false };
    const measured = measure(deep);
    expect(measured.depth).toBe(11);
    expect(measured.characters).toBe(16_500);
  });
});

describe("the answer form within Anthropic's structured outputs", () => {
  it("zodOutputFormat's schema has no keyword Anthropic refuses, no recursion, and every object closed", () => {
    const schema = zodOutputFormat(LlmNewsDocument).schema as Node;
    expect(outsideAnthropic(schema)).toEqual([]);
    expect(measure(schema).properties).toBeGreaterThan(100);
  });

  it("finds, in the raw schema, the constraints the Anthropic SDK moves into descriptions, which fromLlmOutput checks", () => {
    const findings = outsideAnthropic(jsonSchemaFor("llm-document") as Node);
    expect(findings.some((finding) => finding.endsWith(": minLength"))).toBe(true);
    expect(findings.some((finding) => /: minItems 2$/.test(finding))).toBe(true);
    expect(findings.every((finding) => !finding.includes("additionalProperties"))).toBe(true);
  });

  it("finds a recursive schema, so the check can fail", () => {
    const recursive = { type: "object", properties: { next: { $ref: "#/$defs/Item" } }, required: ["next"], additionalProperties: false, $defs: { Item: { $ref: "#/$defs/Item" } } };
    expect(outsideAnthropic(recursive)).toContain("recursive");
  });
});
