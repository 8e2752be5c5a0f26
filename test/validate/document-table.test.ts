import { describe, expect, it } from "vitest";
import { checkDocument, entityCollections, NewsDocument, tabulateDocument } from "../../src/index.js";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { copyJson } from "../arbitraries/json-tree.js";

type Obj = { [key: string]: unknown };

const fixture = NewsDocument.parse(japanNorthKorea2004);

describe("tabulateDocument", () => {
  it("finds every object with an id, with its kind and path", () => {
    const { entities, duplicates } = tabulateDocument(fixture);
    const all = entityCollections().flatMap(({ key }) => (fixture[key] as readonly { id: string }[]).map((item, index) => ({ item, key, index })));
    expect(entities.size).toBe(all.length);
    expect(duplicates).toEqual([]);
    for (const { item, key, index } of all) {
      const found = entities.get(item.id)!;
      expect(found.entity).toBe(item);
      expect(found.path).toEqual([key, index]);
      expect(found.kind).toBe(key === "actors" ? (item as unknown as { kind: string }).kind : entityCollections().find((c) => c.key === key)!.kinds[0]);
    }
  });

  it("keeps the first object with an id and reports each later one where it is", () => {
    const document = copyJson(fixture) as NewsDocument & Obj;
    const firstActor = document.actors[0]!.id;
    (document.evidence[2] as Obj)["id"] = firstActor;
    (document.times[0] as Obj)["id"] = firstActor;
    const table = tabulateDocument(document);
    expect(table.entities.get(firstActor)?.path).toEqual(["actors", 0]);
    expect(table.duplicates.map((found) => found.pointer)).toEqual(["/times/0/id", "/evidence/2/id"]);
    expect(table.duplicates[0]!.message).toBe(`the id "${firstActor}" is already used by the ${document.actors[0]!.kind} at /actors/0`);
  });

  it("lists each reference with the object that holds it", () => {
    const { references } = tabulateDocument(fixture);
    const member = references.find((reference) => reference.site.key === "personId");
    expect(member?.from.path[0]).toBe("delegations");
    expect(member?.path.slice(0, 3)).toEqual([...member!.from.path, "members"]);
  });
});

describe("checkDocument", () => {
  it("finds nothing wrong in the fixture", () => {
    expect(checkDocument(fixture)).toEqual([]);
  });

  it("reports a cycle once even where ids repeat", () => {
    const document = copyJson(fixture) as NewsDocument & Obj;
    const issues = document.issues as Obj[];
    issues[1]!["id"] = issues[0]!["id"];
    issues[0]!["parentId"] = issues[0]!["id"];
    const problems = checkDocument(document);
    expect(problems.map((found) => found.code)).toContain("duplicate-id");
    expect(problems.filter((found) => found.code === "cycle").map((found) => found.pointer)).toEqual(["/issues/0/parentId"]);
  });

  it("reports each kind of problem in the order of the checks", () => {
    const document = copyJson(fixture) as NewsDocument & Obj;
    (document.evidence[0] as Obj)["quote"] = "not the article";
    (document.positions[0] as Obj)["answersId"] = "nowhere";
    document.evidence.push(copyJson(document.evidence[1]!) as (typeof document.evidence)[number]);
    expect(checkDocument(document).map((found) => found.code)).toEqual(["duplicate-id", "dangling-reference", "quote-mismatch"]);
  });
});
