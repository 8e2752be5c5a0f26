import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import * as model from "../../src/index.js";
import type { ActorId, DelegationId, EvidenceId, MeetingId, PartyId, PositionId } from "../../src/index.js";
import { ActorId as ActorIdSchema, MeetingId as MeetingIdSchema } from "../../src/index.js";

describe("branded ids", () => {
  it("keeps a meeting id from standing in for an actor id", () => {
    expectTypeOf<MeetingId>().not.toExtend<ActorId>();
    expectTypeOf<ActorId>().not.toExtend<MeetingId>();
    expectTypeOf<EvidenceId>().not.toExtend<PositionId>();
  });

  it("keeps a plain string from standing in for an id", () => {
    expectTypeOf<string>().not.toExtend<ActorId>();
  });

  it("lets an id be used as a string", () => {
    expectTypeOf<ActorId>().toExtend<string>();
  });

  it("gives a branded id from parsing", () => {
    expectTypeOf(ActorIdSchema.parse("japan")).toEqualTypeOf<ActorId>();
    expectTypeOf(MeetingIdSchema.parse("m")).toEqualTypeOf<MeetingId>();
  });

  it("lets a party id be an actor id or a delegation id, and nothing else", () => {
    expectTypeOf<ActorId>().toExtend<PartyId>();
    expectTypeOf<DelegationId>().toExtend<PartyId>();
    expectTypeOf<MeetingId>().not.toExtend<PartyId>();
  });

  it("names exactly the type zod infers from each id schema", () => {
    expectTypeOf<model.ActorId>().toEqualTypeOf<z.infer<typeof model.ActorId>>();
    expectTypeOf<model.PostId>().toEqualTypeOf<z.infer<typeof model.PostId>>();
    expectTypeOf<model.DelegationId>().toEqualTypeOf<z.infer<typeof model.DelegationId>>();
    expectTypeOf<model.SeriesId>().toEqualTypeOf<z.infer<typeof model.SeriesId>>();
    expectTypeOf<model.MeetingId>().toEqualTypeOf<z.infer<typeof model.MeetingId>>();
    expectTypeOf<model.PositionId>().toEqualTypeOf<z.infer<typeof model.PositionId>>();
    expectTypeOf<model.IssueId>().toEqualTypeOf<z.infer<typeof model.IssueId>>();
    expectTypeOf<model.HappeningId>().toEqualTypeOf<z.infer<typeof model.HappeningId>>();
    expectTypeOf<model.TimeId>().toEqualTypeOf<z.infer<typeof model.TimeId>>();
    expectTypeOf<model.AttributionId>().toEqualTypeOf<z.infer<typeof model.AttributionId>>();
    expectTypeOf<model.EvidenceId>().toEqualTypeOf<z.infer<typeof model.EvidenceId>>();
    expectTypeOf<model.PartyId>().toEqualTypeOf<z.infer<typeof model.PartyId>>();
  });
});
