import { describe, expectTypeOf, it } from "vitest";
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
});
