import { describe, expect, it } from "vitest";
import { ActorId, delegationRolesOf, indexDocument, postsOf } from "../../src/index.js";
import { talksDocument } from "./talks-document.js";

const index = indexDocument(talksDocument());

describe("postsOf", () => {
  it("lists a person's posts", () => {
    expect(postsOf(index, ActorId.parse("anna-berg")).map((post) => [post.title, post.organizationId])).toEqual([["deputy foreign minister", "ruritania"]]);
  });

  it("gives an empty list for a person with no post", () => {
    expect(postsOf(index, ActorId.parse("ivo-lind"))).toEqual([]);
  });
});

describe("delegationRolesOf", () => {
  it("lists each delegation a person belongs to, with the role and the member entry", () => {
    const places = delegationRolesOf(index, ActorId.parse("tomas-holt"));
    expect(places.map((place) => [place.delegation.id, place.role])).toEqual([["rur-delegation", "deputy-head"]]);
    expect(places[0]?.member).toBe(places[0]?.delegation.members[1]);
  });

  it("gives an empty list for someone in no delegation", () => {
    expect(delegationRolesOf(index, ActorId.parse("ruritania"))).toEqual([]);
  });
});
