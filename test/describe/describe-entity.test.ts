import { afterEach, describe, expect, it } from "vitest";
import { describeEntity, indexDocument, NewsDocument, validateDocument } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";
import { TALKS_TEXT, talksDocument, talksInput } from "../query/talks-document.js";

const index = indexDocument(talksDocument());
const line = (id: string) => describeEntity(index, id);
const withChanges = (change: (input: ReturnType<typeof talksInput>) => void) => {
  const input = talksInput();
  change(input);
  return indexDocument(NewsDocument.parse(input));
};

describe("describe: meetings", () => {
  it("names a meeting at the level of the deputy heads by the delegations' demonyms, with place and time", () => {
    expect(line("deputies-monday-night")).toBe(
      "informal bilateral meeting of the deputy heads of the Ruritanian and Freedonian delegations, on the sidelines of formal talks in Geneva, Geneva, Monday 10 March 2031, night",
    );
  });

  it("names whole delegations, and actors by name, and puts a status other than held in brackets", () => {
    expect(line("geneva-talks")).toBe("formal bilateral meeting of the Ruritanian and Freedonian delegations, Geneva, Tuesday 11 March 2031");
    expect(line("new-round")).toBe("formal bilateral meeting of Ruritania and Freedonia, 1–10 May 2031 (proposed)");
  });

  it("names a multilateral meeting by its label, with the participants the report names among its participants", () => {
    const changed = withChanges((input) => {
      input.meetings[0]!.kind = "multilateral" as never;
    });
    expect(describeEntity(changed, "geneva-talks")).toBe(
      'formal multilateral meeting "formal talks in Geneva", with the Ruritanian and Freedonian delegations among its participants, Geneva, Tuesday 11 March 2031',
    );
  });

  it("falls back to the delegation's name without a demonym, and to the singular for one delegation", () => {
    const changed = withChanges((input) => {
      input.actors[1] = { kind: "state", id: "freedonia", name: "Freedonia", evidenceIds: [] } as never;
      input.meetings[1]!.participants = [{ kind: "delegation", delegationId: "fre-delegation", attendedBy: ["deputy-head", "head"], role: "party" }] as never;
    });
    expect(describeEntity(changed, "deputies-monday-night")).toMatch(/^informal bilateral meeting of the deputy head and head of the Freedonian delegation, /);
  });

  it("uses the label for a meeting with no participants, and the article's words for a time it cannot resolve", () => {
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    const small = indexDocument(result.document);
    expect(describeEntity(small, "six-party-round")).toBe('formal multilateral meeting "the six-party talks in Beijing", Beijing (under way)');
    const changed = withChanges((input) => {
      input.times[2] = { kind: "point", id: "time-early-may", text: "early May", value: { precision: "month", month: 5, modifier: "early" }, evidenceIds: [] } as never;
    });
    expect(describeEntity(changed, "new-round")).toBe('formal bilateral meeting of Ruritania and Freedonia, "early May" (proposed)');
  });
});

describe("describe: positions and happenings", () => {
  it("says who holds a position, who voiced it, to whom, and what it says", () => {
    expect(line("berg-proposal")).toBe("Ruritania's proposal, voiced by Anna Berg to the Freedonian delegation: Ruritania wants a new round in early May.");
  });

  it("says what a position answers, and the stance of a response", () => {
    expect(line("fre-rejection")).toBe("Freedonia's rejection, addressed to Ruritania, answering Ruritania's proposal: Freedonia rejected the proposal.");
    expect(line("rur-regret")).toBe("the Ruritanian delegation's negative response, answering Freedonia's rejection: Ruritania regretted the rejection.");
  });

  it("gives a happening's kind, description and certainty", () => {
    expect(line("message-home")).toBe("message relay: Holt carried the message home (believed, as reported by Ruritanian officials)");
  });

  it("says who the article has a position from, and how sure, nested sources outwards", () => {
    expect(line("aid-promise")).toBe("Ruritania's promise, addressed to Freedonia: Ruritania promised aid to Freedonia. (alleged, as reported by sources)");
    expect(line("rur-denial")).toMatch(/ \(reported by sources\)$/);
    expect(line("berg-proposal")).not.toMatch(/\(/);
  });

  it("gives a happening's time and place, and calls a fact with no attribution stated", () => {
    const changed = withChanges((input) => {
      Object.assign(input.happenings[0]!, { timeId: "time-tuesday", placeId: "geneva", attributionIds: undefined });
    });
    expect(describeEntity(changed, "message-home")).toBe("message relay: Holt carried the message home, Tuesday 11 March 2031, Geneva (stated)");
  });
});

describe("describe: actors and the rest", () => {
  it("describes each kind of actor", () => {
    expect(line("anna-berg")).toBe("Anna Berg, deputy foreign minister of Ruritania; head of the Ruritanian delegation");
    expect(line("ruritania")).toBe("Ruritania (state)");
    expect(line("rur-mofa")).toBe("Ruritanian Foreign Ministry (ministry)");
    expect(line("three-envoys")).toBe("three envoys (group of 3: sent by Ruritania)");
    expect(line("rur-officials")).toBe("Ruritanian officials (unnamed source of Ruritania)");
    expect(line("sources")).toBe("sources (unnamed source)");
  });

  it("describes a person with no post or delegation, a bureau in its ministry, and an approximate or uncounted group", () => {
    const changed = withChanges((input) => {
      input.actors.push(
        { kind: "person", id: "nobody-else", name: "Nobody Else", evidenceIds: [] } as never,
        { kind: "organization", id: "bureau", name: "Aid Bureau", organizationKind: "bureau", parentId: "rur-mofa", evidenceIds: [] } as never,
        { kind: "counted-group", id: "crowd", name: "about 50 people", count: { value: 50, exactness: "approximate" }, criterion: "protesting", evidenceIds: [] } as never,
        { kind: "counted-group", id: "families", name: "the families", criterion: "of the envoys", evidenceIds: [] } as never,
      );
    });
    expect(describeEntity(changed, "nobody-else")).toBe("Nobody Else (person)");
    expect(describeEntity(changed, "bureau")).toBe("Aid Bureau (bureau of the Ruritanian Foreign Ministry)");
    expect(describeEntity(changed, "crowd")).toBe("about 50 people (group of about 50: protesting)");
    expect(describeEntity(changed, "families")).toBe("the families (group: of the envoys)");
  });

  it("describes posts, delegations, issues, series, times, attributions and evidence", () => {
    expect(line("post-berg")).toBe("Anna Berg, deputy foreign minister of Ruritania");
    expect(line("fre-delegation")).toBe("the Freedonian delegation, representing Freedonia: deputy head Ivo Lind");
    expect(line("aid")).toBe("aid, part of bilateral issues");
    expect(line("schedule")).toBe("the schedule of talks");
    expect(line("time-monday-night")).toBe('"Monday night": Monday 10 March 2031, night');
    expect(line("time-early-may")).toBe('"early May": 1–10 May 2031');
    expect(line("att-officials")).toBe("reported by Ruritanian officials, Tuesday 11 March 2031");
    expect(line("att-believed")).toBe("believed, within: reported by Ruritanian officials, Tuesday 11 March 2031");
    const at = TALKS_TEXT.indexOf("Geneva");
    expect(line("ev-geneva")).toBe(`"Geneva" at [${at}, ${at + 6})`);
    const result = validateDocument(smallDocument());
    if (!result.ok) throw new Error("small document invalid");
    expect(describeEntity(indexDocument(result.document), "six-party-talks")).toBe(
      "the six-party talks (multilateral talks whose parties include Japan and North Korea)",
    );
  });

  it("lists a bilateral series' two parties, and names no party where the series has none", () => {
    const changed = withChanges((input) => {
      input.series = [
        { id: "rur-fre-talks", name: "the Ruritania–Freedonia talks", kind: "bilateral", partyIds: ["ruritania", "freedonia"], evidenceIds: [] },
        { id: "geneva-process", name: "the Geneva process", kind: "multilateral", partyIds: [], evidenceIds: [] },
      ] as never;
    });
    expect(describeEntity(changed, "rur-fre-talks")).toBe("the Ruritania–Freedonia talks (bilateral talks between Ruritania and Freedonia)");
    expect(describeEntity(changed, "geneva-process")).toBe("the Geneva process (multilateral talks)");
  });

  it("says why a time is not resolved, and describes a delegation with no members", () => {
    const changed = withChanges((input) => {
      input.times[2] = { kind: "point", id: "time-early-may", text: "early May", value: { precision: "month", month: 5, modifier: "early" }, evidenceIds: [] } as never;
      input.delegations[1]!.members = [];
    });
    expect(describeEntity(changed, "time-early-may")).toMatch(/^"early May" \(not resolved: .*direction/);
    expect(describeEntity(changed, "fre-delegation")).toBe("the Freedonian delegation, representing Freedonia");
  });

  it("returns undefined for an id that names nothing", () => {
    expect(line("no-such-thing")).toBeUndefined();
  });
});

describe("describe: time zones", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("writes dates in the event's own zone, whatever the machine's zone is", () => {
    const lines = ["Pacific/Kiritimati", "America/Los_Angeles", "UTC"].map((tz) => {
      process.env.TZ = tz;
      return [line("deputies-monday-night"), line("time-tuesday")];
    });
    expect(lines[0]).toEqual(lines[1]);
    expect(lines[1]).toEqual(lines[2]);
    expect(lines[0]?.[1]).toBe('"Tuesday": Tuesday 11 March 2031');
  });
});
