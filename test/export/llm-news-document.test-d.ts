import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { ActorId, LlmForm, LlmNewsDocument, Meeting, Round, TimeExpression } from "../../src/index.js";
import type { LlmNewsDocument as LlmSchema } from "../../src/index.js";

describe("LlmForm", () => {
  it("makes every optional field required and nullable", () => {
    expectTypeOf<LlmForm<Round>>().toEqualTypeOf<{ number: number | null; relation: "previous" | "current" | "next" | null }>();
  });

  it("leaves extensions out and makes ids plain strings, as a model may use any short id", () => {
    expectTypeOf<LlmForm<Meeting>>().not.toHaveProperty("extensions");
    expectTypeOf<LlmNewsDocument>().not.toHaveProperty("$schema");
    expectTypeOf<LlmNewsDocument["actors"][number]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<LlmNewsDocument["actors"][number]["id"]>().not.toEqualTypeOf<ActorId>();
    expectTypeOf<LlmForm<Meeting>["kind"]>().toEqualTypeOf<Exclude<Meeting["kind"], undefined> | null>();
  });

  it("gives evidence by quote, never by offsets, and leaves the article's text out", () => {
    expectTypeOf<LlmNewsDocument["evidence"][number]>().toEqualTypeOf<{ id: string; quote: string; prefix: string | null; suffix: string | null }>();
    expectTypeOf<LlmNewsDocument["article"]>().not.toHaveProperty("text");
    expectTypeOf<LlmNewsDocument>().not.toHaveProperty("schemaVersion");
  });

  it("keeps the variants of a union apart", () => {
    type Point = Extract<LlmForm<TimeExpression>, { kind: "point" }>;
    expectTypeOf<Point["resolved"]>().toEqualTypeOf<LlmForm<NonNullable<Extract<TimeExpression, { kind: "point" }>["resolved"]>> | null>();
  });

  it("is what the schema parses to", () => {
    expectTypeOf<z.output<typeof LlmSchema>>().toEqualTypeOf<LlmNewsDocument>();
  });
});
