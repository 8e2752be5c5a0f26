import { describe, expectTypeOf, it } from "vitest";
import { createDocumentBuilder, type ActorId, type EvidenceId, type MeetingId, type PositionId, type ValidationResult } from "../../src/index.js";

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
});
