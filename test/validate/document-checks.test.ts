import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkConsistency,
  checkDocument,
  checkEvidence,
  checkInferences,
  checkReferences,
  checkTimes,
  ENTITY_COLLECTIONS,
  listReferences,
  locateEntities,
  NewsDocument,
  type Problem,
} from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { ENTITY_KINDS, entityPath, indexEntities, kindCode } from "../../src/validate/_lib/entity-index.js";
import { runDocumentChecks } from "../../src/validate/_lib/document-checks.js";
import { IdTable } from "../../src/validate/_lib/id-table.js";
import { walkReferences } from "../../src/validate/_lib/reference-table.js";
import { validDocument } from "../arbitraries/document.js";
import { copyJson, setAt } from "../arbitraries/json-tree.js";
import { smallDocument } from "../support/small-document.js";

type Obj = { [key: string]: unknown };

/** The same checks run one by one through the public functions, each walking the document itself. */
function separately(document: NewsDocument): Problem[] {
  const { locations, problems } = locateEntities(document);
  return [
    ...problems,
    ...checkReferences(document, locations),
    ...checkEvidence(document),
    ...checkTimes(document),
    ...checkInferences(document),
    ...checkConsistency(document, locations),
  ];
}

const LINKS = [
  ["actors", "parentId"],
  ["issues", "parentId"],
  ["attributions", "withinId"],
  ["positions", "answersId"],
  ["positions", "repeatsId"],
] as const;

/** Breaks a document in one place that only the whole-document checks can see. */
function breakOnce(document: NewsDocument & Obj, choice: number, pick: (length: number) => number): void {
  const ids = ENTITY_COLLECTIONS.flatMap((collection) => (document[collection] as readonly { id: string }[]).map((item) => item.id));
  const references = [...listReferences(document)];
  switch (choice) {
    case 0:
    case 1:
      if (references.length > 0) setAt(document, references[pick(references.length)]!.path, ids[pick(ids.length)]);
      break;
    case 2:
      if (references.length > 0) setAt(document, references[pick(references.length)]!.path, "nowhere");
      break;
    case 3: {
      const collection = ENTITY_COLLECTIONS[pick(ENTITY_COLLECTIONS.length)]!;
      const items = document[collection] as Obj[];
      if (items.length > 0) items[pick(items.length)]!["id"] = ids[pick(ids.length)];
      break;
    }
    case 4:
    case 5: {
      const [collection, field] = LINKS[pick(LINKS.length)]!;
      const items = document[collection] as Obj[];
      if (items.length > 0) items[pick(items.length)]![field] = items[pick(items.length)]!["id"];
      break;
    }
    case 6: {
      const span = document.evidence[pick(document.evidence.length)];
      if (span) (span as Obj)["start"] = span.start + pick(3) - 1;
      break;
    }
    case 7: {
      const holders: Obj[] = [
        document.article,
        ...document.actors,
        ...document.meetings,
        ...document.times,
        ...document.delegations.flatMap((delegation) => delegation.members),
        ...document.meetings.flatMap((meeting) => [meeting.purpose ?? [], meeting.outcome ?? []].flat()),
      ];
      const holder = holders[pick(holders.length)]!;
      holder["inferred"] = [{ path: ["/nothing", "/id", "/evidenceIds/0", "/evidenceIds/9", "/a~1b", ""][pick(6)], basis: "reading", reason: "r" }];
      break;
    }
    case 8: {
      const delegation = document.delegations[pick(document.delegations.length)];
      for (const member of delegation?.members ?? []) (member as Obj)["role"] = "head";
      break;
    }
    default: {
      const position = document.positions[pick(document.positions.length)] as Obj | undefined;
      if (position) Object.assign(position, { kind: "agreement", holderIds: (position["holderIds"] as string[]).slice(0, 1) });
    }
  }
}

const fixture = NewsDocument.parse(japanNorthKorea2004);
const documents = fc.oneof(
  validDocument.map((input) => NewsDocument.parse(input)),
  fc.constant(fixture),
  fc.constant(NewsDocument.parse(smallDocument())),
);

describe("checkDocument", () => {
  it("finds exactly the problems of the separate checks, in their order, on documents broken in several places", () => {
    fc.assert(
      fc.property(documents, fc.array(fc.tuple(fc.nat(9), fc.array(fc.nat(), { minLength: 4, maxLength: 4 })), { maxLength: 4 }), (base, breaks) => {
        const document = copyJson(base) as NewsDocument & Obj;
        for (const [choice, draws] of breaks) {
          let next = 0;
          breakOnce(document, choice, (length) => (length === 0 ? 0 : draws[next++ % draws.length]! % length));
        }
        const expected = separately(document);
        expect(checkDocument(document)).toEqual(expected);
        expect(runDocumentChecks(document, 0)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("reports a cycle once even where ids repeat", () => {
    const document = copyJson(fixture) as NewsDocument & Obj;
    const issues = document.issues as Obj[];
    issues[1]!["id"] = issues[0]!["id"];
    issues[0]!["parentId"] = issues[0]!["id"];
    const problems = checkDocument(document);
    expect(problems.map((found) => found.code)).toContain("duplicate-id");
    expect(problems.filter((found) => found.code === "cycle").map((found) => found.pointer)).toEqual(["/issues/0/parentId"]);
    expect(problems).toEqual(separately(document));
  });

  it("finds nothing wrong in the fixture", () => {
    expect(checkDocument(fixture)).toEqual([]);
  });
});

describe("indexEntities", () => {
  it("numbers every object in reading order, with its kind, and finds its path again", () => {
    const index = indexEntities(fixture);
    const { locations } = locateEntities(fixture);
    expect(new Set(ENTITY_COLLECTIONS.flatMap((collection) => fixture[collection].map((item) => item.id))).size).toBe(locations.size);
    for (const [id, location] of locations) {
      const entity = index.ids.find(id);
      expect(ENTITY_KINDS[index.kinds[entity]!]).toBe(location.kind);
      expect(entityPath(index, entity)).toEqual(location.path);
    }
    expect(index.starts.at(-1)).toBe(index.kinds.length);
  });

  it("keeps the first object with an id and reports each later one where it is", () => {
    const document = copyJson(fixture) as NewsDocument & Obj;
    const firstActor = document.actors[0]!.id;
    (document.evidence[2] as Obj)["id"] = firstActor;
    (document.times[0] as Obj)["id"] = firstActor;
    const index = indexEntities(document);
    expect(index.ids.find(firstActor)).toBe(0);
    expect(index.problems.map((found) => found.pointer)).toEqual(["/times/0/id", "/evidence/2/id"]);
    expect(index.problems[0]!.message).toBe(`the id "${firstActor}" is already used by the ${document.actors[0]!.kind} at /actors/0`);
  });

  it("numbers the kinds in the order of the entity kinds", () => {
    ENTITY_KINDS.forEach((kind, code) => expect(kindCode(kind)).toBe(code));
  });
});

describe("walkReferences", () => {
  it("gives each reference a mask that holds exactly the kinds it may name", () => {
    const seen: string[] = [];
    walkReferences(fixture, {
      reference(_at, _field, _index, _id, expects) {
        for (const kind of ENTITY_KINDS) expect((expects.mask & (1 << kindCode(kind))) !== 0).toBe(expects.kinds.includes(kind));
        seen.push(expects.kinds.join());
      },
      holder() {},
    });
    expect(seen).toEqual([...listReferences(fixture)].map((reference) => reference.expects.join()));
  });

  it("meets every object that may carry inference marks once, with its path", () => {
    const met: string[] = [];
    walkReferences(fixture, {
      reference() {},
      holder(object, at) {
        let here: unknown = fixture;
        for (const part of at) here = (here as Obj)[part];
        expect(here).toBe(object);
        met.push(at.join("/"));
      },
    });
    const expected = [
      "article",
      ...(["actors", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings", "times"] as const).flatMap((collection) =>
        fixture[collection].map((_, index) => `${collection}/${index}`),
      ),
      ...fixture.delegations.flatMap((delegation, index) => delegation.members.map((_, m) => `delegations/${index}/members/${m}`)),
      ...fixture.meetings.flatMap((meeting, index) => [
        ...(meeting.purpose ? [`meetings/${index}/purpose`] : []),
        ...(meeting.outcome ? [`meetings/${index}/outcome`] : []),
      ]),
    ];
    expect([...met].sort()).toEqual([...expected].sort());
    expect(new Set(met).size).toBe(met.length);
    expect(met[0]).toBe("article");
  });
});

describe("IdTable", () => {
  for (const [name, large] of [
    ["a small table", undefined],
    ["a large table", 0],
  ] as const)
    it(`keeps the first number of each id and finds every id, as ${name}`, () => {
      const ids = Array.from({ length: 3000 }, (_, n) => `id-${n % 2500}`);
      const table = new IdTable(ids.length, large);
      const first = new Map<string, number>();
      ids.forEach((id, n) => {
        expect(table.enter(id, n)).toBe(first.get(id) ?? -1);
        if (!first.has(id)) first.set(id, n);
      });
      for (const [id, n] of first) expect(table.find(id)).toBe(n);
      expect(table.find("id-2500")).toBe(-1);
      expect(table.has("id-7")).toBe(true);
      expect(table.has("")).toBe(false);
    });
});
