import { describe, expect, it } from "vitest";
import { Actor, AliasKind, CountedGroup, ExternalIds, isOrganization, isPerson, isState, NativeName, Organization, Person, State, UnnamedSource } from "../../src/index.js";
import { expectIssue, expectValid } from "../support/expect-issue.js";

const kim = {
  kind: "person",
  id: "kim-kye-gwan",
  name: "Kim Kye Gwan",
  familyName: "Kim",
  givenName: "Kye Gwan",
  aliases: [{ text: "Kim", kind: "name" }],
  nationalityIds: ["north-korea"],
  evidenceIds: ["ev-kim"],
};
const japan = { kind: "state", id: "japan", name: "Japan", iso3: "JPN", iso2: "JP", aliases: [{ text: "Tokyo", kind: "metonym" }], evidenceIds: [] };
const bureau = {
  kind: "organization",
  id: "jp-bureau",
  name: "Asian and Oceanian Affairs Bureau",
  organizationKind: "bureau",
  parentId: "jp-mofa",
  countryId: "japan",
  evidenceIds: [],
};
const tenOthers = {
  kind: "counted-group",
  id: "ten-others",
  name: "10 other people",
  count: { value: 10, exactness: "exact" },
  criterion: "recognized by Japan as having been abducted by North Korea",
  evidenceIds: [],
};
const officials = { kind: "unnamed-source", id: "japanese-officials", name: "Japanese officials", plural: true, affiliationId: "japan", evidenceIds: [] };

describe("Actor", () => {
  it("accepts each of the five kinds", () => {
    for (const actor of [kim, japan, bureau, tenOthers, officials]) expect(expectValid(Actor, actor).kind).toBe(actor.kind);
  });

  it("rejects an unknown kind, listing the known ones", () => {
    expectIssue(Actor, { ...japan, kind: "country" }, {
      path: ["kind"],
      code: "invalid_union",
      message: /'person' \| 'state' \| 'organization' \| 'counted-group' \| 'unnamed-source'/,
    });
  });

  it("rejects a field that belongs to another kind", () => {
    expectIssue(Actor, { ...kim, iso3: "PRK" }, { path: [], code: "unrecognized_keys", message: /"iso3"/ });
  });

  it("requires a name", () => {
    expectIssue(Actor, { ...japan, name: "" }, { path: ["name"], code: "too_small" });
  });

  it("rejects an alias of an unknown kind", () => {
    expectIssue(Actor, { ...japan, aliases: [{ text: "Tokyo", kind: "capital" }] }, { path: ["aliases", 0, "kind"], code: "invalid_value" });
    expect(AliasKind.options).toContain("metonym");
  });

  it("narrows with the guards", () => {
    const actors = [kim, japan, bureau].map((actor) => Actor.parse(actor));
    expect(actors.filter(isPerson).map((actor) => actor.familyName)).toEqual(["Kim"]);
    expect(actors.filter(isState).map((actor) => actor.iso2)).toEqual(["JP"]);
    expect(actors.filter(isOrganization).map((actor) => actor.organizationKind)).toEqual(["bureau"]);
  });
});

describe("Person", () => {
  it("accepts a native name with an ISO 15924 script", () => {
    expect(expectValid(Person, { ...kim, nativeName: { text: "김계관", script: "Hang" } }).nativeName?.script).toBe("Hang");
  });

  it("rejects a script code that is not ISO 15924", () => {
    expectIssue(NativeName, { text: "김계관", script: "hangul" }, { path: ["script"], code: "invalid_format", message: /ISO 15924/ });
  });
});

describe("State", () => {
  it("rejects a lower-case or two-letter alpha-3 code", () => {
    expectIssue(State, { ...japan, iso3: "jpn" }, { path: ["iso3"], code: "invalid_format", message: /alpha-3/ });
    expectIssue(State, { ...japan, iso3: "JP" }, { path: ["iso3"], code: "invalid_format" });
  });

  it("rejects a three-letter alpha-2 code", () => {
    expectIssue(State, { ...japan, iso2: "JPN" }, { path: ["iso2"], code: "invalid_format", message: /alpha-2/ });
  });
});

describe("ExternalIds", () => {
  it("accepts a Wikidata item and a CAMEO code", () => {
    expectValid(ExternalIds, { wikidata: "Q17", cameo: "PRKGOV" });
  });

  it("rejects a Wikidata property id and a CAMEO code of four letters", () => {
    expectIssue(ExternalIds, { wikidata: "P17" }, { path: ["wikidata"], code: "invalid_format", message: /Wikidata item/ });
    expectIssue(ExternalIds, { cameo: "JAPN" }, { path: ["cameo"], code: "invalid_format", message: /CAMEO/ });
  });
});

describe("Organization", () => {
  it("requires its organisation kind", () => {
    const { organizationKind: _dropped, ...missing } = bureau;
    expectIssue(Organization, missing, { path: ["organizationKind"], code: "invalid_value" });
  });
});

describe("CountedGroup", () => {
  it("accepts a group with no count, defined through another actor", () => {
    const families = {
      kind: "counted-group",
      id: "families",
      name: "the families of five abductees",
      criterion: "families of the five abductees",
      relatedTo: { relation: "families of", actorId: "five-abductees" },
      evidenceIds: [],
    };
    expect(expectValid(CountedGroup, families).count).toBeUndefined();
  });

  it("rejects a negative or fractional count", () => {
    expectIssue(CountedGroup, { ...tenOthers, count: { value: -1, exactness: "exact" } }, { path: ["count", "value"], code: "too_small" });
    expectIssue(CountedGroup, { ...tenOthers, count: { value: 2.5, exactness: "exact" } }, { path: ["count", "value"], code: "invalid_type" });
  });

  it("requires a criterion", () => {
    const { criterion: _dropped, ...missing } = tenOthers;
    expectIssue(CountedGroup, missing, { path: ["criterion"], code: "invalid_type" });
  });
});

describe("UnnamedSource", () => {
  it("requires saying whether it is plural", () => {
    const { plural: _dropped, ...missing } = officials;
    expectIssue(UnnamedSource, missing, { path: ["plural"], code: "invalid_type", message: /expected boolean/ });
  });
});
