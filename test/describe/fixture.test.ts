import { describe, expect, it } from "vitest";
import { describeEntity, indexDocument, summarize, timeline } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";

const index = indexDocument(japanNorthKorea2004);

describe("the fixture, described", () => {
  it("describes the deputies' meeting in one line", () => {
    expect(describeEntity(index, "deputies-meeting")).toBe(
      "informal bilateral meeting of the deputy heads of the Japanese and North Korean delegations, Beijing, Wednesday 25 February 2004, night",
    );
  });

  it("describes the chiefs' talks and the next round, planned for mid-March", () => {
    expect(describeEntity(index, "chiefs-talks")).toBe(
      "formal bilateral meeting of the heads of the Japanese and North Korean delegations, Beijing, Wednesday 25 February 2004",
    );
    expect(describeEntity(index, "next-round")).toBe("formal bilateral meeting of Japan and North Korea, 11–20 March 2004 (being scheduled)");
  });

  it("orders the timeline from the 24 years in the North to the planned round, planned things marked", () => {
    const entries = timeline(index);
    expect(entries[0]?.subject.entity.id).toBe("stay-in-the-north");
    expect(entries[0]?.when).toBe("October 1978 – October 2002");
    expect(entries.filter((entry) => entry.mode === "planned").map((entry) => entry.when)).toEqual([
      "March 2004",
      "11–20 March 2004",
      "11–31 March 2004",
    ]);
    const night = entries.find((entry) => entry.subject.entity.id === "deputies-meeting");
    expect([night?.earliest, night?.latest, night?.mode]).toEqual(["2004-02-25T18:00:00+08:00", "2004-02-26T00:00:00+08:00", "happened"]);
    for (let i = 1; i < entries.length; i++) expect(Date.parse(entries[i]!.earliest!)).toBeGreaterThanOrEqual(Date.parse(entries[i - 1]!.earliest!));
  });

  it("summarizes the whole article, with the inferred date and the claim and its denial", () => {
    const text = summarize(japanNorthKorea2004);
    expect(text).toMatch(/^Reference date: Thursday 26 February 2004 \(inferred, not stated\)$/m);
    expect(text).toMatch(/^ {2}- North Korea's assertion, voiced by Kim Kye Gwan: .*\n {6}↳ Japan's denial, answering North Korea's assertion: /m);
    expect(text).toMatch(/^ {2}- Japan's promise, addressed to North Korea: .* \(alleged, denied\)$/m);
    expect(text).toMatch(/^ {2}- message relay: .* \(believed\)$/m);
  });
});
