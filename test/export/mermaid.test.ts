import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { japanNorthKorea2004 } from "../../src/fixtures/index.js";
import { toMermaidGraph, toMermaidTimeline, validateDocument, type NewsDocument } from "../../src/index.js";
import { smallDocument } from "../support/small-document.js";

function small(change: (document: ReturnType<typeof smallDocument> & Record<string, any>) => void = () => {}): NewsDocument {
  const input = smallDocument();
  change(input);
  const result = validateDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

describe("docs/diagrams.md", () => {
  it("shows exactly the fixture's diagrams as the functions draw them", () => {
    const blocks = mermaidBlocks(readFileSync(new URL("../../docs/diagrams.md", import.meta.url), "utf8"));
    expect(blocks).toEqual([toMermaidGraph(japanNorthKorea2004), toMermaidTimeline(japanNorthKorea2004)]);
  });
});

describe("toMermaidGraph", () => {
  const graph = toMermaidGraph(japanNorthKorea2004);
  const idOf = (label: string) => new RegExp(`^  (n\\d+)\\W+${label}`, "m").exec(graph)?.[1];

  it("draws states, delegations and meetings, each once, with generated ids", () => {
    expect(graph.startsWith("flowchart LR\n")).toBe(true);
    expect(graph).toContain('[["Japan"]]');
    expect(graph).toContain('{{"the Japanese delegation"}}');
    expect(graph).toContain(`(("the deputy chiefs' meeting behind the scenes (held)"))`);
    const declared = [...graph.matchAll(/^ {2}(n\d+)[[({/]/gm)].map((match) => match[1]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared.length).toBe(
      japanNorthKorea2004.actors.filter((actor) => ["state", "organization", "person"].includes(actor.kind)).length +
        japanNorthKorea2004.delegations.length +
        japanNorthKorea2004.series.length +
        japanNorthKorea2004.meetings.length,
    );
  });

  it("links members to delegations by role, delegations to states, and participants to meetings at their level", () => {
    const [saiki, jpDelegation, japan, deputies] = [idOf("Akitaka Saiki"), idOf("the Japanese delegation"), idOf("Japan\""), idOf("the deputy chiefs")];
    expect(graph).toContain(`${saiki} -->|"deputy-head"| ${jpDelegation}`);
    expect(graph).toContain(`${jpDelegation} -->|"represents"| ${japan}`);
    expect(graph).toContain(`${jpDelegation} -->|"party (deputy-head)"| ${deputies}`);
  });

  it("escapes every label, so no name can break the diagram", () => {
    const text = toMermaidGraph(
      small((document) => {
        document.actors[0]!.name = 'Japan "Nippon" #1 <b>|x|</b> `code`\nnext';
        document.meetings[0]!.label = "talks --> end";
      }),
    );
    expect(text).toContain('[["Japan #quot;Nippon#quot; #35;1 #lt;b#gt;#124;x#124;#lt;/b#gt; #96;code#96; next"]]');
    for (const line of text.trim().split("\n").slice(1)) {
      const quotes = line.match(/"/g)?.length ?? 0;
      expect(quotes % 2, line).toBe(0);
    }
    expect(text).not.toMatch(/\n[^\n]*\nnext/);
  });

  it("leaves out counted groups and unnamed sources, and edges to them", () => {
    const text = toMermaidGraph(
      small((document) => {
        (document.meetings[1]!.participants as unknown[]).push({ kind: "actor", actorId: "diplomatic-sources", role: "observer" });
      }),
    );
    expect(text).not.toContain("diplomatic sources");
    expect(text).not.toContain("observer");
  });
});

describe("toMermaidTimeline", () => {
  const timeline = toMermaidTimeline(japanNorthKorea2004);

  it("orders the fixture's dated facts by time, under the periods their intervals cover", () => {
    const periods = timeline.split("\n").slice(2, -1).map((line) => line.trim().split(" : ")[0]);
    expect(periods).toEqual(["1977-10 to 2002-10", "2002-10", "2004-02-25", "2004-03-11 to 2004-03-20"]);
    expect(timeline).toContain("2004-02-25 : the formal bilateral talks between the chief delegates, held (Wednesday) : the deputy chiefs' meeting behind the scenes, held (Wednesday night)");
  });

  it("titles the timeline with the headline where there is one", () => {
    expect(timeline.split("\n")[1]).toBe("  title What the article dates");
    expect(toMermaidTimeline(small((document) => Object.assign(document.article, { headline: "Japan, N. Korea: talks" }))).split("\n")[1]).toBe(
      "  title Japan, N. Korea\u2236 talks",
    );
  });

  it("leaves out facts whose time is not resolved", () => {
    const text = toMermaidTimeline(small());
    expect(text).not.toContain("next round");
    const resolved = toMermaidTimeline(
      small((document) =>
        Object.assign(document.times[0]!, { resolved: { start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00", precision: "month", utcOffset: "+08:00" } }),
      ),
    );
    expect(resolved).toContain("  2004-03-11 to 2004-03-20 : the next round of bilateral talks, being-scheduled (mid-March)");
  });

  it("says a period as a day, a month, or a range, ending where an interval ends mid-day", () => {
    const at = (start: string, end: string) =>
      toMermaidTimeline(
        small((document) => Object.assign(document.times[0]!, { resolved: { start, end, precision: "day", utcOffset: "+08:00" } })),
      ).split("\n")[2];
    expect(at("2004-03-01T00:00:00+08:00", "2004-04-01T00:00:00+08:00")).toMatch(/^ {2}2004-03 : /);
    expect(at("2004-03-05T00:00:00+08:00", "2004-03-06T00:00:00+08:00")).toMatch(/^ {2}2004-03-05 : /);
    expect(at("2004-03-05T06:00:00+08:00", "2004-03-05T12:00:00+08:00")).toMatch(/^ {2}2004-03-05 : /);
    expect(at("2004-03-05T18:00:00+08:00", "2004-03-07T12:00:00+08:00")).toMatch(/^ {2}2004-03-05 to 2004-03-07 : /);
    expect(at("2004-01-01T00:00:00+08:00", "2004-04-01T00:00:00+08:00")).toMatch(/^ {2}2004-01 to 2004-03 : /);
  });

  it("turns characters the timeline grammar would read as syntax into look-alikes", () => {
    const text = toMermaidTimeline(
      small((document) => {
        document.meetings[1]!.label = "talks: round #2 at 100% <soon>";
        Object.assign(document.times[0]!, { resolved: { start: "2004-03-11T00:00:00+08:00", end: "2004-03-21T00:00:00+08:00", precision: "month", utcOffset: "+08:00" } });
      }),
    );
    const event = text.split("\n")[2]!;
    expect(event).toBe("  2004-03-11 to 2004-03-20 : talks\u2236 round \uFF032 at 100\uFF05 \u2039soon\u203A, being-scheduled (mid-March)");
    expect(event.split(": ")).toHaveLength(2);
  });
});
