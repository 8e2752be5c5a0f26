import { describe, expectTypeOf, it } from "vitest";
import {
  createDocumentBuilder,
  type ActorDraft,
  type ActorId,
  type EvidenceId,
  type MeetingId,
  type Person,
  type PositionId,
  type TimeDraft,
  type TimeSpan,
  type ValidationResult,
} from "../../src/index.js";

describe("createDocumentBuilder types", () => {
  const builder = createDocumentBuilder("Japan met North Korea.");

  it("returns ids branded with their kind", () => {
    expectTypeOf(builder.person).returns.toEqualTypeOf<ActorId>();
    expectTypeOf(builder.meeting).returns.toEqualTypeOf<MeetingId>();
    expectTypeOf(builder.position).returns.toEqualTypeOf<PositionId>();
    expectTypeOf(builder.evidence).returns.toEqualTypeOf<EvidenceId>();
    expectTypeOf(builder.build).returns.toEqualTypeOf<ValidationResult>();
  });

  it("refuses a plain string or an id of another kind where a reference is wanted", () => {
    const japan = builder.state({ id: "japan", name: "Japan", evidenceIds: [] });
    const meeting = builder.meeting({ id: "m", label: "m", kind: "bilateral", formality: "formal", status: "held", participants: [], evidenceIds: [] });
    // @ts-expect-error a plain string is not an EvidenceId
    builder.issue({ id: "i", name: "i", evidenceIds: ["ev-japan"] });
    // @ts-expect-error a MeetingId is not an ActorId
    builder.post({ id: "p", holderId: meeting, title: "t", organizationId: japan, evidenceIds: [] });
    // @ts-expect-error state() sets the kind itself
    builder.state({ id: "s", kind: "state", name: "S", evidenceIds: [] });
  });

  it("drafts each kind as the model has it, with a plain string for its own id", () => {
    type PersonDraft = Extract<ActorDraft, { kind: "person" }>;
    expectTypeOf<PersonDraft["id"]>().toEqualTypeOf<string>();
    // every other field as the model has it, optional where the model's is
    expectTypeOf<Omit<PersonDraft, "id">>().branded.toEqualTypeOf<Omit<Person, "id">>();
    expectTypeOf<Omit<Extract<TimeDraft, { kind: "duration" }>, "id">>().branded.toEqualTypeOf<Omit<TimeSpan, "id">>();
    expectTypeOf<ActorDraft["kind"]>().toEqualTypeOf<"person" | "state" | "organization" | "counted-group" | "unnamed-source">();
  });
});
