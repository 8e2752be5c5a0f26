import { describe, expect, it } from "vitest";
import { describeEntity, indexDocument, summarize, timeline } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";

const index = indexDocument(japanNorthKorea2004);

describe("the fixture, described", () => {
  it("describes the deputies' meeting in one line", () => {
    expect(describeEntity(index, "deputies-meeting")).toBe(
      "informal bilateral meeting of the deputy heads of the Japanese and North Korean delegations, part of the discussions on the sidelines of the six-party talks, Beijing, Wednesday 25 February 2004, night",
    );
  });

  it("describes the chiefs' talks and the next round, planned for mid-March", () => {
    expect(describeEntity(index, "chiefs-talks")).toBe(
      "formal bilateral meeting of the heads of the Japanese and North Korean delegations, part of the discussions on the sidelines of the six-party talks, Beijing, Wednesday 25 February 2004",
    );
    expect(describeEntity(index, "next-round")).toBe("formal bilateral meeting of Japan and North Korea, 11–20 March 2004 (being scheduled)");
  });

  it("orders the timeline from the 24 years in the North to the planned round, planned things marked", () => {
    const entries = timeline(index);
    expect(entries[0]?.subject.entity.id).toBe("stay-in-the-north");
    expect(entries[0]?.when).toBe('about "24 years" ending October 2002 (derived: October 1977 – October 2002)');
    expect(entries.filter((entry) => entry.mode === "planned").map((entry) => entry.when)).toEqual(["11–20 March 2004"]);
    const night = entries.find((entry) => entry.subject.entity.id === "deputies-meeting");
    expect([night?.earliest, night?.latest, night?.mode]).toEqual(["2004-02-25T18:00:00+08:00", "2004-02-26T00:00:00+08:00", "happened"]);
    for (let i = 1; i < entries.length; i++) expect(Date.parse(entries[i]!.earliest!)).toBeGreaterThanOrEqual(Date.parse(entries[i - 1]!.earliest!));
  });

  it("summarizes the whole article, with the inferred date and the claim and its denial", () => {
    const text = summarize(japanNorthKorea2004);
    expect(text).toMatch(/^Reference date: Thursday 26 February 2004 \(inferred, not stated\)$/m);
    expect(text).toMatch(
      /^ {2}- Japan's demand, voiced by Mitoji Yabunaka to North Korea: .*\n {6}↳ North Korea's accusation, voiced by Kim Kye Gwan, answering Japan's demand: .*\n {10}↳ Japan's denial, answering North Korea's accusation: /m,
    );
    expect(text).toMatch(/^ {2}- Japan's promise, addressed to North Korea: .* \(alleged by North Korea, as reported by Kim Kye Gwan, as reported by Japanese officials; denied by Japan\)$/m);
    expect(text).toMatch(/^ {2}- message relay: .* \(believed, as reported by diplomatic sources, inferred\)$/m);
  });

  it("gives the 24 years in the North as the article's words, approximate, the derived range apart", () => {
    const stay = describeEntity(index, "stay-in-the-north")!;
    expect(stay).toContain('about "24 years" ending October 2002 (derived: October 1977 – October 2002)');
    expect(stay).not.toMatch(/October 1978/);
    const entry = timeline(index).find((e) => e.subject.entity.id === "stay-in-the-north")!;
    // The five were taken in mid-1978: a derived range must not leave that out.
    expect(Date.parse(entry.earliest!)).toBeLessThanOrEqual(Date.parse("1978-07-01T00:00:00+09:00"));
  });

  it("says the sideline discussions are on the sidelines of the six-party talks, and made up of the two Wednesday meetings", () => {
    const line = describeEntity(index, "sidelines-discussions")!;
    expect(line).toMatch(/on the sidelines of the six-party talks/);
    expect(line).toContain("made up of 2 meetings");
    expect(line).not.toMatch(/informal/);
  });

  it("prints each position with the source the article has it from, and marks a source carried over as inferred", () => {
    expect(describeEntity(index, "pos-saiki-proposal")).toMatch(/\(reported by diplomatic sources, inferred\)$/);
    expect(describeEntity(index, "pos-li-response")).toMatch(/\(reported by diplomatic sources\)$/);
    expect(describeEntity(index, "pos-repeated-demand")).toMatch(/\(reported by Japanese officials, inferred\)$/);
    expect(describeEntity(index, "pos-continue-dialogue")).toMatch(/\(reported by Japanese officials\)$/);
    expect(describeEntity(index, "abduction-of-ten-others")).toMatch(/\(alleged by Japan\)$/);
  });

  it("files each position under when it was voiced, never under the time it proposes", () => {
    const entries = timeline(index);
    const positions = entries.filter((entry) => entry.subject.kind === "position");
    expect(positions.map((entry) => [entry.subject.entity.id, entry.field, entry.when])).toEqual([
      ["pos-yabunaka-wish", "voicedAtId", "Wednesday 25 February 2004"],
      ["pos-continue-dialogue", "voicedAtId", "Wednesday 25 February 2004"],
      ["pos-repeated-demand", "voicedAtId", "Wednesday 25 February 2004"],
      ["pos-nk-assertion", "voicedAtId", "Wednesday 25 February 2004"],
      ["pos-saiki-proposal", "voicedAtId", "Wednesday 25 February 2004, night"],
      ["pos-li-response", "voicedAtId", "Wednesday 25 February 2004, night"],
    ]);
    expect(entries.filter((entry) => entry.earliest?.startsWith("2004-03")).map((entry) => entry.subject.entity.id)).toEqual(["next-round"]);
  });

  it("says October 2002 once in the repatriation's line", () => {
    const line = describeEntity(index, "repatriation")!;
    expect(line.match(/October 2002/g)).toHaveLength(1);
  });

  it("writes \"of the\" before an organisation, as prose does", () => {
    expect(describeEntity(index, "kim-kye-gwan")).toBe("Kim Kye Gwan, Vice Foreign Minister of the North Korean Foreign Ministry; head of the North Korean delegation");
    expect(describeEntity(index, "post-li")).toBe("Li Gun, deputy director general of the American Affairs Bureau");
    expect(describeEntity(index, "jp-asian-oceanian-affairs-bureau")).toBe("Asian and Oceanian Affairs Bureau (bureau of the Foreign Ministry)");
  });

  it("gives the agreement in one tense: agreed only to continue, as the article has it", () => {
    const line = describeEntity(index, "pos-continue-dialogue")!;
    expect(line).toContain("agreed only to continue government-level dialogue");
    expect(line).not.toMatch(/will continue/);
  });
});
