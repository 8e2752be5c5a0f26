import type * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import type * as queries from "../../src/query/index.js";
import {
  ActorId, MeetingId, describeEntity, findEntity, getMeeting, participantsOf, positionsHeldBy, responseThread,
  type DocumentIndex,
} from "../../src/index.js";

declare const index: DocumentIndex;

type Queries = typeof queries;
/** The query functions whose second parameter, after the index, is an id. */
type IdQuery = {
  [Name in keyof Queries]: Queries[Name] extends (index: DocumentIndex, id: infer Id, ...rest: never[]) => unknown
    ? Id extends string
      ? Name
      : never
    : never;
}[keyof Queries];
/** Those among them that ask for a branded id rather than a plain string. */
type DemandsBrand = {
  [Name in IdQuery]: Queries[Name] extends (index: DocumentIndex, id: infer Id, ...rest: never[]) => unknown
    ? Extract<Id, z.core.$brand<string>> extends never
      ? never
      : Name
    : never;
}[IdQuery];

describe("ids across the queries", () => {
  it("are taken the same way by every query: as plain strings", () => {
    expectTypeOf<IdQuery>().toExtend<keyof Queries>();
    expectTypeOf<"positionsHeldBy" | "getMeeting" | "findEntity" | "participantsOf">().toExtend<IdQuery>();
    expectTypeOf<DemandsBrand>().toBeNever();
  });

  it("accept a plain string where describeEntity does", () => {
    expectTypeOf(positionsHeldBy).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(describeEntity).parameter(1).toEqualTypeOf<string>();
    expectTypeOf(findEntity).parameter(1).toEqualTypeOf<string>();
    positionsHeldBy(index, "japan");
    participantsOf(index, "deputies-meeting");
    responseThread(index, "pos-nk-assertion");
  });

  it("still accept the branded ids a document holds", () => {
    getMeeting(index, MeetingId.parse("deputies-meeting"));
    positionsHeldBy(index, ActorId.parse("japan"));
  });

  it("refuse what is not an id", () => {
    // @ts-expect-error a number is not an id
    getMeeting(index, 4);
    // @ts-expect-error the index comes first
    positionsHeldBy("japan", index);
  });
});
