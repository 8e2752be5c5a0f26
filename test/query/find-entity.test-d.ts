import { describe, expectTypeOf, it } from "vitest";
import {
  ActorId, MeetingId, findEntity, getMeeting, getPerson, indexDocument,
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

  it("build the index", () => {
    expectTypeOf(indexDocument).returns.toEqualTypeOf<DocumentIndex>();
  });
});
