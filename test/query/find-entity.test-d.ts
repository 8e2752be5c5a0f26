import { describe, expectTypeOf, it } from "vitest";
import {
  ActorId, MeetingId, findEntity, getMeeting, getPerson, indexDocument, participantsOf,
  type DocumentIndex, type FoundEntity, type Meeting, type Person, type TimeExpression,
} from "../../src/index.js";

declare const index: DocumentIndex;

describe("query types", () => {
  it("narrow a found entity by its kind", () => {
    const found = findEntity(index, "x");
    if (found?.kind === "time") expectTypeOf(found.entity).toEqualTypeOf<TimeExpression>();
    expectTypeOf(findEntity(index, "x")).toEqualTypeOf<FoundEntity | undefined>();
  });

  it("type each getter's result by its kind", () => {
    expectTypeOf(getMeeting(index, MeetingId.parse("m"))).toEqualTypeOf<Meeting | undefined>();
    expectTypeOf(getPerson(index, ActorId.parse("p"))).toEqualTypeOf<Person | undefined>();
  });

  it("refuse an id of the wrong kind or a plain string", () => {
    // @ts-expect-error an ActorId is not a MeetingId
    getMeeting(index, ActorId.parse("japan"));
    // @ts-expect-error a plain string is not a MeetingId
    participantsOf(index, "next-round");
    expectTypeOf(indexDocument).returns.toEqualTypeOf<DocumentIndex>();
  });
});
