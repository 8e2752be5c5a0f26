import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { CAMEO_CODES, codeHappening, codeMeeting, codePosition, type Happening, type Meeting, type Position } from "../../src/index.js";

const meeting = (id: string): Meeting => japanNorthKorea2004.meetings.find((found) => found.id === id)!;
const position = (id: string): Position => japanNorthKorea2004.positions.find((found) => found.id === id)!;
const happening = (id: string): Happening => japanNorthKorea2004.happenings.find((found) => found.id === id)!;
const CSV_ROWS = 28;

describe("CAMEO_CODES", () => {
  it("carries the crosswalk's rows, each with a QuadClass that follows the GDELT rule from its root code", () => {
    expect(CAMEO_CODES).toHaveLength(CSV_ROWS);
    expect(new Set(CAMEO_CODES.map((row) => row.code)).size).toBe(CSV_ROWS);
    for (const row of CAMEO_CODES) {
      const root = Number(row.code.slice(0, 2));
      expect(row.quadClass, row.code).toBe(root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
      expect(Math.abs(row.goldstein)).toBeLessThanOrEqual(10);
    }
  });

  it("gives no PLOVER type to CAMEO's statements and appeals, and a note saying so", () => {
    for (const row of CAMEO_CODES.filter((found) => found.code.startsWith("01") || found.code.startsWith("02"))) {
      expect(row.plover, row.code).toBeNull();
      expect(row.note).toMatch(/PLOVER/);
    }
    expect(CAMEO_CODES.filter((row) => row.plover === null)).toHaveLength(6);
  });
});

describe("codeMeeting", () => {
  it("codes formal talks as negotiation and a meeting behind the scenes as consultation", () => {
    expect(codeMeeting(meeting("chiefs-talks"))).toMatchObject({ cameo: { code: "046", goldstein: 7, quadClass: 1 }, plover: { eventType: "CONSULT", contexts: ["diplomatic"] } });
    expect(codeMeeting(meeting("deputies-meeting"))).toMatchObject({ cameo: { code: "040" }, plover: { eventType: "CONSULT", modes: [] } });
    expect(codeMeeting(meeting("chiefs-talks"))).not.toHaveProperty("reason");
  });

  it("codes a meeting still being scheduled as an intent to meet", () => {
    expect(codeMeeting(meeting("next-round"))).toMatchObject({ cameo: { code: "036", goldstein: 4 }, plover: { eventType: "AGREE" } });
  });

  it("gives no code to a cancelled or postponed meeting, and says why", () => {
    for (const status of ["cancelled", "postponed"] as const) {
      const code = codeMeeting({ ...meeting("chiefs-talks"), status });
      expect(code).toEqual({ cameo: null, plover: null, reason: expect.stringContaining(`a meeting that was ${status}`) });
    }
  });
});

describe("codePosition", () => {
  it("codes a demand that people be sent as a demand to release persons", () => {
    expect(codePosition(position("pos-repeated-demand"), japanNorthKorea2004)).toMatchObject({
      cameo: { code: "1053", goldstein: -5, quadClass: 3 },
      plover: { eventType: "REQUEST", modes: ["yield"], contexts: ["legal"] },
    });
  });

  it("keeps CAMEO's code for a proposal and says PLOVER has none, rather than forcing one", () => {
    const code = codePosition(position("pos-saiki-proposal"), japanNorthKorea2004);
    expect(code.cameo?.code).toBe("026");
    expect(code.plover).toBeNull();
    expect(code.reason).toMatch(/PLOVER dropped CAMEO's appeals \(02\)/);
  });

  it("says PLOVER has no type for an assertion or a denial", () => {
    // The fixture's one assertion of fact is Kim's, which is an accusation; read as a bare assertion, it is 010.
    const assertion = { ...position("pos-nk-assertion"), kind: "assertion" as const };
    expect(codePosition(assertion, japanNorthKorea2004)).toMatchObject({ cameo: { code: "010" }, plover: null, reason: expect.stringMatching(/statements \(01\)/) });
    const denial = codePosition(position("pos-japan-denial"), japanNorthKorea2004);
    expect(denial).toMatchObject({ cameo: { code: "016", goldstein: -2 }, plover: null });
    expect(denial.reason).toMatch(/may be treated as REJECT; not a general recommendation/);
  });

  it("codes a positive answer to a proposal to meet as an intent to meet", () => {
    expect(codePosition(position("pos-li-response"), japanNorthKorea2004)).toMatchObject({ cameo: { code: "036" }, plover: { eventType: "AGREE" } });
  });

  it.each([
    [{ kind: "response", stance: "negative" }, "125"],
    [{ kind: "response", stance: "neutral" }, "010"],
    [{ kind: "rejection" }, "125"],
    [{ kind: "acceptance" }, "036"],
    [{ kind: "response", stance: "positive", answersId: "pos-nk-assertion" }, "019"],
    [{ kind: "rejection", answersId: "pos-repeated-demand" }, "1243"],
    [{ kind: "rejection", answersId: "pos-nk-assertion" }, "120"],
    [{ kind: "response", stance: "negative", answersId: "pos-nk-assertion" }, "120"],
    [{ kind: "acceptance", answersId: "pos-nk-assertion" }, "019"],
    [{ kind: "accusation" }, "112"],
    [{ kind: "offer" }, "030"],
    [{ kind: "agreement" }, "030"],
    [{ kind: "request" }, "020"],
    [{ kind: "proposal", actions: [] }, "020"],
    [{ kind: "demand", actions: [{ verb: "hold", meetingId: "next-round" }] }, "106"],
    [{ kind: "demand", actions: [] }, "100"],
  ] as const)("codes %o as CAMEO %s", (change, code) => {
    const changed = { ...position("pos-li-response"), stance: undefined, ...change } as unknown as Position;
    expect(codePosition(changed, japanNorthKorea2004).cameo?.code).toBe(code);
  });

  it("gives no code to a concession, since the crosswalk has no row for it", () => {
    expect(codePosition({ ...position("pos-li-response"), kind: "concession" }, japanNorthKorea2004)).toEqual({
      cameo: null,
      plover: null,
      reason: expect.stringMatching(/CONCEDE/),
    });
  });
});

describe("codeHappening", () => {
  it("codes a promise as an intent to cooperate", () => {
    expect(codePosition(position("alleged-promise"), japanNorthKorea2004)).toMatchObject({ cameo: { code: "030" }, plover: { eventType: "AGREE" } });
  });

  it.each(["abduction", "stay-in-the-north", "repatriation", "message-relay"])("gives %s no code, with the reason", (id) => {
    const code = codeHappening(happening(id));
    expect(code.cameo).toBeNull();
    expect(code.plover).toBeNull();
    expect(code.reason?.length).toBeGreaterThan(30);
  });

  it("gives an other happening no code", () => {
    expect(codeHappening({ ...happening("stay-in-the-north"), kind: "other" }).reason).toMatch(/code it by hand/);
  });
});
