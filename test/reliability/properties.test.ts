import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatProblem, validateDocument, type Problem } from "../../src/index.js";
import { validDocument } from "../arbitraries/document.js";
import { MUTATION_KINDS, mutate, type MutationKind } from "../arbitraries/mutations.js";
import { nodesOf } from "../arbitraries/json-tree.js";
import { report } from "./report.js";

const RUNS = 100;
const counts = { documents: 0, roundTrips: 0 };
const caught = Object.fromEntries(MUTATION_KINDS.map((kind) => [kind, 0])) as Record<MutationKind, number>;

function describeProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join("\n");
}

afterAll(() => {
  const mutations = Object.values(caught).reduce((sum, count) => sum + count, 0);
  report("properties", { documents: counts.documents, roundTrips: counts.roundTrips, mutationsCaught: mutations, ...caught });
});

describe("generated documents", () => {
  it("every generated document validates", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const result = validateDocument(document);
        expect(result.ok ? [] : describeProblems(result.problems)).toEqual([]);
        counts.documents++;
      }),
      { numRuns: RUNS },
    );
  });

  it("covers every kind of actor, position and time, and text outside the Basic Multilingual Plane", () => {
    const seen = new Set<string>();
    for (const document of fc.sample(validDocument, { numRuns: 60, seed: 20040226 })) {
      for (const actor of document.actors) seen.add(`actor:${actor.kind}`);
      for (const position of document.positions) seen.add(`position:${position.kind}`);
      for (const time of document.times) seen.add(`time:${time.kind}`);
      for (const meeting of document.meetings) for (const participant of meeting.participants) seen.add(`participant:${participant.kind}`);
      if (document.positions.some((position) => position.answersId !== undefined)) seen.add("answers");
      if (document.positions.some((position) => position.repeatsId !== undefined)) seen.add("repeats");
      if (document.issues.some((issue) => issue.parentId !== undefined)) seen.add("issue-parent");
      if (document.attributions.some((attribution) => attribution.withinId !== undefined)) seen.add("nested-attribution");
      if (document.delegations.some((delegation) => delegation.members.some((member) => member.role === "head"))) seen.add("head");
      if (document.evidence.some((span) => [...document.article.text.slice(0, span.start)].length !== span.start)) seen.add("astral-offset");
    }
    for (const expected of [
      ...["person", "state", "organization", "counted-group", "unnamed-source"].map((kind) => `actor:${kind}`),
      ...["proposal", "demand", "request", "offer", "concession", "assertion", "accusation", "denial", "acceptance", "rejection", "response", "agreement"].map(
        (kind) => `position:${kind}`,
      ),
      "time:point",
      "time:choice",
      "time:duration",
      "participant:delegation",
      "participant:actor",
      "answers",
      "repeats",
      "issue-parent",
      "nested-attribution",
      "head",
      "astral-offset",
    ])
      expect(seen, expected).toContain(expected);
  });

  it("survives a JSON round trip: the parsed text validates and deep-equals the original", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const text = JSON.stringify(document);
        const again = JSON.parse(text) as unknown;
        expect(again).toStrictEqual(document);
        const result = validateDocument(again);
        expect(result.ok ? [] : describeProblems(result.problems)).toEqual([]);
        if (result.ok) {
          // The parsed document lists keys in the model's order, so compare values, not text.
          expect(result.document).toStrictEqual(document);
          expect(JSON.parse(JSON.stringify(result.document))).toStrictEqual(result.document);
        }
        counts.roundTrips++;
      }),
      { numRuns: RUNS },
    );
  });
});

describe("mutations", () => {
  it("rejects each mutation with one problem whose code and pointer name the mutation", () => {
    fc.assert(
      fc.property(validDocument, fc.gen(), (document, g) => {
        for (const kind of MUTATION_KINDS) {
          const mutation = mutate(kind, document, g);
          if (!mutation) continue;
          const result = validateDocument(mutation.document);
          expect(result.ok, `${mutation.description} was accepted`).toBe(false);
          if (result.ok) return;
          expect(result.problems, `${mutation.description}:\n${describeProblems(result.problems)}`).toHaveLength(1);
          const [found] = result.problems;
          expect(found, mutation.description).toMatchObject(mutation.expected);
          expect(found!.message.length, mutation.description).toBeGreaterThan(10);
          caught[kind]++;
        }
      }),
      { numRuns: RUNS },
    );
    for (const kind of MUTATION_KINDS) expect(caught[kind], kind).toBeGreaterThan(RUNS / 2);
  });

  it("keeps the generated documents free of the keys used for mutations", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        for (const node of nodesOf(document)) expect(String(node.path.at(-1) ?? "")).not.toMatch(/^x-|^missing\./);
      }),
      { numRuns: 10 },
    );
  });
});
