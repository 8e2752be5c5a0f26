import { describe, expect, it } from "vitest";
import {
  ActorId, AttributionId, DelegationId, EvidenceId, HappeningId, IssueId, MeetingId, PlaceId, PositionId, PostId, SeriesId, TimeId,
  findEntity, getActor, getAttribution, getDelegation, getEvidence, getHappening, getIssue, getMeeting, getPerson, getPosition,
  getPlace, getPost, getSeries, getTime, indexDocument,
} from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { validateDocument } from "../../src/index.js";
import { talksDocument } from "./talks-document.js";

const index = indexDocument(talksDocument());

describe("findEntity", () => {
  it("finds an object by id and tells its kind, narrowing its type", () => {
    const found = findEntity(index, "deputies-monday-night");
    expect(found?.kind).toBe("meeting");
    if (found?.kind !== "meeting") throw new Error("expected a meeting");
    expect(found.entity.formality).toBe("informal");
    expect(found.path).toEqual(["meetings", 1]);
  });

  it("tells an actor's own kind rather than a general one", () => {
    expect(findEntity(index, "rur-officials")?.kind).toBe("unnamed-source");
    expect(findEntity(index, "three-envoys")?.kind).toBe("counted-group");
  });

  it("returns undefined for an id the document does not hold", () => {
    expect(findEntity(index, "nobody")).toBeUndefined();
  });

  it("finds the objects of the small document", () => {
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    const small = indexDocument(result.document);
    expect(findEntity(small, "time-mid-march")?.entity).toMatchObject({ text: "mid-March" });
  });
});

describe("typed getters", () => {
  it("return the object of their kind", () => {
    expect(getActor(index, ActorId.parse("freedonia"))?.name).toBe("Freedonia");
    expect(getPerson(index, ActorId.parse("anna-berg"))?.name).toBe("Anna Berg");
    expect(getPost(index, PostId.parse("post-berg"))?.title).toBe("deputy foreign minister");
    expect(getDelegation(index, DelegationId.parse("fre-delegation"))?.representsId).toBe("freedonia");
    expect(getMeeting(index, MeetingId.parse("new-round"))?.status).toBe("proposed");
    expect(getPosition(index, PositionId.parse("rur-denial"))?.kind).toBe("denial");
    expect(getIssue(index, IssueId.parse("aid"))?.parentId).toBe("bilateral");
    expect(getPosition(index, PositionId.parse("aid-promise"))?.kind).toBe("promise");
    expect(getHappening(index, HappeningId.parse("message-home"))?.kind).toBe("message-relay");
    expect(getPlace(index, PlaceId.parse("geneva"))?.kind).toBe("city");
    expect(getTime(index, TimeId.parse("time-monday-night"))?.text).toBe("Monday night");
    expect(getAttribution(index, AttributionId.parse("att-believed"))?.certainty).toBe("believed");
    expect(getEvidence(index, EvidenceId.parse("ev-geneva"))?.quote).toBe("Geneva");
  });

  it("return undefined where the id names something of another kind", () => {
    expect(getMeeting(index, MeetingId.parse("ruritania"))).toBeUndefined();
    expect(getPerson(index, ActorId.parse("ruritania"))).toBeUndefined();
    expect(getActor(index, ActorId.parse("geneva-talks"))).toBeUndefined();
    expect(getEvidence(index, EvidenceId.parse("time-tuesday"))).toBeUndefined();
  });

  it("return undefined where the id names nothing", () => {
    expect(getSeries(index, SeriesId.parse("no-series"))).toBeUndefined();
    expect(getPost(index, PostId.parse("no-post"))).toBeUndefined();
  });

  it("find a series in the small document", () => {
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    expect(getSeries(indexDocument(result.document), SeriesId.parse("six-party-talks"))?.kind).toBe("multilateral");
  });
});
