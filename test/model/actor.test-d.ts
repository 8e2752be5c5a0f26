import { describe, expectTypeOf, it } from "vitest";
import type { Actor, ActorKind, CountedGroup, Person, State, TimeExpression, MeetingParticipant } from "../../src/index.js";

describe("actor discriminants", () => {
  it("names the five kinds", () => {
    expectTypeOf<ActorKind>().toEqualTypeOf<"person" | "state" | "organization" | "counted-group" | "unnamed-source">();
  });

  it("narrows an actor by its kind", () => {
    const narrow = (actor: Actor) => {
      if (actor.kind === "state") expectTypeOf(actor).toEqualTypeOf<State>();
      if (actor.kind === "counted-group") expectTypeOf(actor).toEqualTypeOf<CountedGroup>();
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("gives a person no ISO code", () => {
    expectTypeOf<Person>().not.toHaveProperty("iso3");
    expectTypeOf<State>().toHaveProperty("iso3");
  });

  it("narrows time expressions and meeting participants by kind", () => {
    expectTypeOf<TimeExpression["kind"]>().toEqualTypeOf<"point" | "choice" | "duration" | "deictic" | "offset" | "relative" | "range" | "named-period">();
    expectTypeOf<Extract<MeetingParticipant, { kind: "delegation" }>>().toHaveProperty("attendedBy");
  });
});
