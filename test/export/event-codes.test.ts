import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import {
  ACT_CODES,
  ActKind,
  CAMEO_CODES,
  FRAME_CODES,
  HappeningKind,
  MEETING_CODES,
  POSITION_CODES,
  PositionKind,
  actCategory,
  auxiliaryModes,
  cameoCode,
  codeHappening,
  codeMeeting,
  codePosition,
  type ActFrame,
  type Happening,
  type Meeting,
  type NewsDocument,
  type Position,
} from "../../src/index.js";

const fixture = japanNorthKorea2004;
const meeting = (id: string): Meeting => fixture.meetings.find((found) => found.id === id)!;
const position = (id: string): Position => fixture.positions.find((found) => found.id === id)!;
const happening = (id: string): Happening => fixture.happenings.find((found) => found.id === id)!;
const csv = readFileSync(new URL("../../reference/cameo-plover-crosswalk.csv", import.meta.url), "utf8");
const csvCodes = csv
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line !== "")
  .map((line) => line.split(",")[0]!);

/** A position of the given kind, built from Li's response with its own fields cleared. */
function aPosition(change: Partial<Position>): Position {
  const { stance: _stance, answersId: _answersId, ...base } = position("pos-li-response");
  return { ...base, ...change } as Position;
}
const acting = (act: ActKind, more: object = {}) => [{ verb: "act", act, ...more }] as unknown as Position["actions"];

describe("CAMEO_CODES", () => {
  it("carries every row of the full crosswalk CSV, not a subset, with its two damaged labels repaired", () => {
    expect(CAMEO_CODES.map((row) => row.code)).toEqual(csvCodes);
    expect(CAMEO_CODES.length).toBeGreaterThan(280);
    expect(cameoCode("1056")).toMatchObject({ plover: "REQUEST", modes: ["yield"], contexts: ["military"], goldstein: -5, quadClass: 3 });
    expect(cameoCode("1056")?.label).toBe("Demand de-escalation of military engagement");
    expect(cameoCode("044")?.label).toBe("Meet at a \u201cthird\u201d location");
    // No label is left with the marks of text read in the wrong encoding.
    expect(CAMEO_CODES.filter((row) => /[\u00c0-\u00ff]/.test(row.label)).map((row) => row.code)).toEqual([]);
  });

  it("gives each row the QuadClass of the GDELT rule and no PLOVER type to statements and appeals", () => {
    for (const row of CAMEO_CODES) {
      const root = Number(row.code.slice(0, 2));
      expect(row.quadClass, row.code).toBe(root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
      expect(row.plover === null, row.code).toBe(root <= 2);
    }
  });

  it("reads rows the 28-row table lacked: a concession, a release, an abduction, a halt to talks", () => {
    expect(cameoCode("080")).toMatchObject({ plover: "CONCEDE" });
    expect(cameoCode("0841")).toMatchObject({ plover: "RETREAT", modes: ["release"], goldstein: 7, quadClass: 2 });
    expect(cameoCode("181")).toMatchObject({ plover: "ASSAULT", modes: ["abduct"] });
    expect(cameoCode("164")).toMatchObject({ plover: "SANCTION", modes: ["withdraw"] });
    expect(cameoCode("091")).toMatchObject({ contexts: ["crime", "corruption"] });
    expect(cameoCode("1213")?.goldstein).toBeNull();
  });
});

describe("the mapping tables", () => {
  const frames: Exclude<ActFrame, "done">[] = ["intent", "demand", "appeal", "reject", "threaten"];
  const typeOf: Record<Exclude<ActFrame, "done">, string | null> = { intent: "AGREE", demand: "REQUEST", appeal: null, reject: "REJECT", threaten: "THREATEN" };

  it("name only crosswalk codes, each frame's of the frame's PLOVER type, each act's of its own category", () => {
    for (const act of ActKind.options) {
      const codes = ACT_CODES[act];
      if (codes.done !== null) expect(cameoCode(codes.done)?.plover, act).toBe(actCategory(act)?.toUpperCase());
      for (const frame of frames) expect(cameoCode(codes[frame] ?? FRAME_CODES[frame])?.plover ?? null, `${act} ${frame}`).toBe(typeOf[frame]);
    }
    for (const rule of Object.values(MEETING_CODES)) expect(cameoCode(rule.code), rule.when).toBeDefined();
  });

  it("give every happening kind that event data codes a code, and every other a reason", () => {
    for (const kind of HappeningKind.options) {
      const code = codeHappening({ ...happening("repatriation"), kind });
      if (actCategory(kind) === undefined) expect(code).toMatchObject({ cameo: null, plover: null, reason: expect.any(String) });
      else expect(code.plover?.eventType, kind).toBe(actCategory(kind)!.toUpperCase());
    }
  });

  it("produce every code they list from some fact", () => {
    const produced = new Set<string>();
    const listed = new Set<string>([...Object.values(MEETING_CODES).map((rule) => rule.code), ...Object.values(FRAME_CODES)]);
    for (const kind of PositionKind.options) {
      const coding = POSITION_CODES[kind];
      if ("code" in coding) listed.add(coding.code);
      produced.add(codePosition(aPosition({ kind, stance: "neutral" }), fixture).cameo!.code);
    }
    for (const act of ActKind.options) {
      const codes = ACT_CODES[act];
      for (const code of Object.values(codes)) if (code !== null) listed.add(code);
      if (codes.done !== null) produced.add(codeHappening({ ...happening("repatriation"), kind: act as Happening["kind"] }).cameo!.code);
      const kinds = { intent: "promise", demand: "demand", appeal: "appeal", reject: "refusal", threaten: "threat" } as const;
      for (const [frame, kind] of Object.entries(kinds)) produced.add(codePosition(aPosition({ kind, actions: acting(act) }), fixture).cameo!.code);
    }
    produced.add(codePosition(aPosition({ kind: "threat", conditions: ["unless the talks resume"] }), fixture).cameo!.code);
    produced.add(codePosition(aPosition({ kind: "concession" }), fixture).cameo!.code);
    const held = { ...meeting("chiefs-talks"), placeId: undefined } as Meeting;
    for (const variant of [
      { ...held, status: "scheduled" },
      { ...held, status: "cancelled" },
      { ...held, participants: [...held.participants, { kind: "actor", actorId: "japan", role: "mediator" }] },
      { ...held, medium: "phone" },
      { ...held, participants: [...held.participants, { kind: "actor", actorId: "japan", role: "host" }] },
      held,
      meeting("deputies-meeting"),
      { ...held, formality: "informal" },
    ] as Meeting[])
      produced.add(codeMeeting(variant, fixture).cameo!.code);
    expect([...listed].filter((code) => !produced.has(code)).sort()).toEqual([]);
  });
});

describe("codeMeeting", () => {
  it("codes formal talks as negotiation and a meeting behind the scenes as consultation", () => {
    expect(codeMeeting(meeting("chiefs-talks"), fixture)).toMatchObject({ cameo: { code: "046", goldstein: 7, quadClass: 1 }, plover: { eventType: "CONSULT", contexts: ["diplomatic"] } });
    expect(codeMeeting(meeting("sidelines-discussions"), fixture)).toMatchObject({ cameo: { code: "040" }, plover: { eventType: "CONSULT", modes: [] } });
  });

  it("gives talks in a country neither side is the mode third-party, and multilateral talks multilateral", () => {
    expect(codeMeeting(meeting("chiefs-talks"), fixture).plover?.modes).toEqual(["third-party"]);
    expect(codeMeeting(meeting("deputies-meeting"), fixture)).toMatchObject({ cameo: { code: "044" }, plover: { modes: ["third-party"] } });
    expect(codeMeeting(meeting("six-party-round"), fixture).plover?.modes).toEqual(["third-party", "multilateral"]);
    expect(codeMeeting(meeting("chiefs-talks")).plover?.modes).toEqual([]);
  });

  it("codes a mediated meeting 045, a call 041 and a hosted one as a visit 042", () => {
    const talks = meeting("chiefs-talks");
    expect(codeMeeting({ ...talks, participants: [...talks.participants, { kind: "actor", actorId: "japan", role: "mediator" }] } as Meeting).cameo?.code).toBe("045");
    expect(codeMeeting({ ...talks, medium: "phone" }).plover).toMatchObject({ modes: ["phone"] });
    expect(codeMeeting({ ...talks, participants: [...talks.participants, { kind: "actor", actorId: "japan", role: "host" }] } as Meeting).plover).toMatchObject({ modes: ["visit"] });
  });

  it("codes a meeting still being scheduled as an intent to meet (AGREE 036)", () => {
    expect(codeMeeting(meeting("next-round"), fixture)).toMatchObject({ cameo: { code: "036", goldstein: 4 }, plover: { eventType: "AGREE" }, actual: true });
  });

  it("codes a cancelled or postponed meeting as a halt to talks (SANCTION 164)", () => {
    for (const status of ["cancelled", "postponed"] as const) expect(codeMeeting({ ...meeting("chiefs-talks"), status })).toMatchObject({ cameo: { code: "164" }, plover: { eventType: "SANCTION" } });
  });

  it("does not code a planned meeting that a side refused as an AGREE beside the REJECT", () => {
    const refusal = aPosition({ id: "nk-refuses" as Position["id"], kind: "refusal", holderIds: ["north-korea"] as Position["holderIds"], aboutIds: ["next-round"] as Position["aboutIds"] });
    const document = { ...fixture, positions: [...fixture.positions, refusal] };
    expect(codeMeeting(meeting("next-round"), document)).toMatchObject({ cameo: { code: "036" }, plover: null, reason: expect.stringMatching(/refused in nk-refuses/) });
    expect(codePosition(refusal, document)).toMatchObject({ cameo: { code: "125" }, plover: { eventType: "REJECT", modes: ["meet"] } });
  });

  it("marks talks that did not take place with PLOVER's negation mode, and as not actual", () => {
    expect(codeMeeting({ ...meeting("chiefs-talks"), modality: { polarity: "negative" } })).toMatchObject({ plover: { eventType: "CONSULT", modes: ["negation"] }, actual: false });
  });
});

describe("codePosition", () => {
  it("codes a proposal to meet, the fixture's two, as an invitation: AGREE 036", () => {
    for (const id of ["pos-saiki-proposal", "pos-yabunaka-wish"]) expect(codePosition(position(id), fixture)).toMatchObject({ cameo: { code: "036" }, plover: { eventType: "AGREE" } });
  });

  it("codes a request as REQUEST, not as a dropped appeal", () => {
    expect(codePosition(aPosition({ kind: "request" }), fixture)).toMatchObject({ cameo: { code: "100" }, plover: { eventType: "REQUEST" } });
    expect(codePosition(aPosition({ kind: "appeal" }), fixture)).toMatchObject({ cameo: { code: "020" }, plover: null, reason: expect.stringMatching(/appeals \(02\)/) });
  });

  it("codes a demand by what it asks for, not by whether its action names actors", () => {
    const share = aPosition({ kind: "demand", actions: acting("share-intelligence", { agentIds: ["north-korea"], objectIds: ["five-abductees"] }) });
    expect(codePosition(share, fixture)).toMatchObject({ cameo: { code: "1014" }, plover: { eventType: "REQUEST", modes: ["assist"] } });
    const accounts = aPosition({ kind: "demand", actions: acting("provide-information", { objectIds: ["ten-other-abductees"] }) });
    expect(codePosition(accounts, fixture).cameo?.code).toBe("101");
    expect(codePosition(aPosition({ kind: "demand", actions: acting("release") }), fixture)).toMatchObject({ cameo: { code: "1053" }, plover: { modes: ["yield"] } });
    expect(codePosition(aPosition({ kind: "demand", actions: [{ verb: "send", objectIds: ["five-abductees"] }] as Position["actions"] }), fixture).cameo?.code).toBe("100");
  });

  it("codes an accusation ACCUSE 112 and a criticism 111", () => {
    expect(codePosition(aPosition({ kind: "accusation" }), fixture)).toMatchObject({ cameo: { code: "112" }, plover: { eventType: "ACCUSE" } });
    expect(codePosition(aPosition({ kind: "violation-claim" }), fixture).cameo?.code).toBe("112");
    expect(codePosition(aPosition({ kind: "criticism" }), fixture).cameo?.code).toBe("111");
  });

  it("codes an agreement to continue dialogue 036, and acceptance of a proposal that is not about a meeting as AGREE", () => {
    expect(codePosition({ ...position("pos-continue-dialogue"), actions: acting("negotiate") }, fixture)).toMatchObject({ cameo: { code: "036" }, plover: { eventType: "AGREE" } });
    const offer = aPosition({ id: "offer" as Position["id"], kind: "offer", actions: acting("economic-aid") });
    const document = { ...fixture, positions: [...fixture.positions, offer] };
    expect(codePosition(aPosition({ kind: "acceptance", answersId: offer.id }), document)).toMatchObject({ cameo: { code: "0331" }, plover: { eventType: "AGREE" } });
    expect(codePosition(aPosition({ kind: "acceptance" }), fixture)).toMatchObject({ cameo: { code: "030" }, plover: { eventType: "AGREE" } });
  });

  it("codes a positive answer to a proposal to meet as an intent to meet, and a negative one as a rejection", () => {
    expect(codePosition(position("pos-li-response"), fixture)).toMatchObject({ cameo: { code: "036" }, plover: { eventType: "AGREE" } });
    expect(codePosition({ ...position("pos-li-response"), stance: "negative" }, fixture)).toMatchObject({ cameo: { code: "125" }, plover: { eventType: "REJECT", modes: ["meet"] } });
    expect(codePosition({ ...position("pos-li-response"), stance: "neutral" }, fixture)).toMatchObject({ cameo: { code: "010" }, plover: null });
  });

  it("codes a concession by its act, else 080 CONCEDE", () => {
    expect(codePosition(aPosition({ kind: "concession" }), fixture)).toMatchObject({ cameo: { code: "080" }, plover: { eventType: "CONCEDE" } });
    expect(codePosition(aPosition({ kind: "concession", actions: acting("grant-rights") }), fixture).cameo?.code).toBe("0833");
  });

  it("codes a threat by what it threatens, and a conditional one naming nothing as an ultimatum", () => {
    expect(codePosition(aPosition({ kind: "threat", actions: acting("impose-sanctions") }), fixture)).toMatchObject({ cameo: { code: "1312" }, plover: { eventType: "THREATEN", modes: ["restrict"] } });
    expect(codePosition(aPosition({ kind: "threat", conditions: ["unless they return"] }), fixture).cameo?.code).toBe("139");
  });

  it("says PLOVER has no type for an assertion or a denial, with the manual's word on 016", () => {
    const assertion = { ...position("pos-nk-assertion"), kind: "assertion" as const };
    expect(codePosition(assertion, fixture)).toMatchObject({ cameo: { code: "010" }, plover: null, reason: expect.stringMatching(/statements \(01\)/) });
    expect(codePosition(position("pos-japan-denial"), fixture)).toMatchObject({ cameo: { code: "016", goldstein: -2 }, plover: null, reason: expect.stringMatching(/no general recommendation/) });
  });

  it("does not code the alleged promise that Japan denies as an AGREE that happened", () => {
    expect(codePosition(position("alleged-promise"), fixture)).toMatchObject({ cameo: { plover: "AGREE" }, plover: null, reason: expect.stringMatching(/alleged by one side and denied by the other/) });
  });

  it("does not code a promise its holder took back as an AGREE beside the REJECT", () => {
    const promise = aPosition({ id: "promise" as Position["id"], kind: "promise", holderIds: ["japan"] as Position["holderIds"], actions: acting("economic-aid") });
    const retraction = aPosition({ id: "renege" as Position["id"], kind: "retraction", holderIds: ["japan"] as Position["holderIds"], answersId: promise.id });
    const document = { ...fixture, positions: [promise, retraction] } as NewsDocument;
    expect(codePosition(promise, document)).toMatchObject({ plover: null, reason: expect.stringMatching(/taken back in renege/) });
    expect(codePosition(retraction, document)).toMatchObject({ cameo: { code: "1221" }, plover: { eventType: "REJECT" } });
  });

  it("carries PLOVER's negation, future and hypothetical modes from the modality", () => {
    const demand = (modality: Position["modality"]) => codePosition(aPosition({ kind: "demand", modality }), fixture);
    expect(demand({ polarity: "negative" })).toMatchObject({ plover: { modes: ["negation"] }, actual: false });
    expect(demand({ polarity: "failed" }).plover?.modes).toEqual(["negation"]);
    expect(demand({ reality: "planned" }).plover?.modes).toEqual(["future"]);
    expect(demand({ reality: "possible" }).plover?.modes).toEqual(["hypothetical"]);
    expect(demand({ condition: "if the talks resume" })).toMatchObject({ plover: { modes: ["hypothetical"] }, actual: false });
    expect(demand(undefined)).toMatchObject({ plover: { modes: [] }, actual: true });
    expect(auxiliaryModes({ polarity: "negative", reality: "hypothetical" })).toEqual(["negation", "hypothetical"]);
  });
});

describe("codeHappening", () => {
  it("codes the abduction ASSAULT 181, mode abduct, and the repatriation RETREAT 0841", () => {
    expect(codeHappening(happening("abduction"), fixture)).toMatchObject({ cameo: { code: "181", goldstein: -9 }, plover: { eventType: "ASSAULT", modes: ["abduct"] } });
    expect(codeHappening(happening("repatriation"), fixture)).toMatchObject({ cameo: { code: "0841" }, plover: { eventType: "RETREAT", modes: ["release"] } });
  });

  it.each(["stay-in-the-north", "message-relay"])("gives %s no code, with the reason", (id) => {
    expect(codeHappening(happening(id))).toMatchObject({ cameo: null, plover: null, reason: expect.stringMatching(/.{30}/) });
  });

  it("keeps a withdrawal that did not happen as a withdrawal with the negation mode", () => {
    expect(codeHappening({ ...happening("repatriation"), kind: "withdraw", modality: { polarity: "negative" } })).toMatchObject({
      cameo: { code: "0874" },
      plover: { eventType: "RETREAT", modes: ["disarm", "negation"] },
      actual: false,
    });
  });
});
