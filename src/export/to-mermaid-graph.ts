import type { NewsDocument } from "../model/document.js";
import { flowchartLabel } from "./_lib/mermaid-text.js";

/**
 * Renders a document's actors, delegations, series and meetings as a Mermaid flowchart:
 * who belongs to which delegation in what role, which state each delegation represents,
 * who took part in each meeting, and how meetings hang together.
 *
 * @remarks
 * States, organisations and people are drawn; counted groups and unnamed sources are
 * not, as they do not sit at the table. Edges: a person to their delegation (labelled
 * with the role), a delegation to the state it represents, an organisation to its
 * parent, a person to the organisation of each post (labelled with the title), each
 * participant to a meeting (labelled with the role, and the level where a delegation
 * attended at one), a meeting to its series and to the meeting it was on the sidelines
 * of. Node ids are generated (`n0`, `n1`, …) and every label is escaped, so any name is
 * safe. Meetings show their status. Pure: the same document gives the same text.
 * @example
 * ```ts
 * const text = toMermaidGraph(fixture);
 * //=> 'flowchart LR\n  n0["Japan"]\n  …'
 * ```
 * @group Diagrams
 */
export function toMermaidGraph(document: NewsDocument): string {
  const lines = ["flowchart LR"];
  const nodes = new Map<string, string>();
  const node = (id: string, declare: (name: string) => string): void => {
    const name = `n${nodes.size}`;
    nodes.set(id, name);
    lines.push(`  ${declare(name)}`);
  };
  const edge = (from: string, to: string, label?: string, dotted = false): void => {
    const a = nodes.get(from);
    const b = nodes.get(to);
    if (a === undefined || b === undefined) return;
    const arrow = dotted ? "-.->" : "-->";
    lines.push(label === undefined ? `  ${a} ${arrow} ${b}` : `  ${a} ${arrow}|"${flowchartLabel(label)}"| ${b}`);
  };

  for (const actor of document.actors) {
    if (actor.kind === "state") node(actor.id, (name) => `${name}[["${flowchartLabel(actor.name)}"]]`);
    else if (actor.kind === "organization") node(actor.id, (name) => `${name}["${flowchartLabel(actor.name)}"]`);
    else if (actor.kind === "person") node(actor.id, (name) => `${name}(["${flowchartLabel(actor.name)}"])`);
  }
  for (const delegation of document.delegations) node(delegation.id, (name) => `${name}{{"${flowchartLabel(delegation.name)}"}}`);
  for (const series of document.series) node(series.id, (name) => `${name}[/"${flowchartLabel(series.name)}"/]`);
  for (const meeting of document.meetings) node(meeting.id, (name) => `${name}(("${flowchartLabel(`${meeting.label} (${meeting.status})`)}"))`);

  for (const actor of document.actors) if (actor.kind === "organization" && actor.parentId) edge(actor.id, actor.parentId, "part of", true);
  for (const post of document.posts) edge(post.holderId, post.organizationId, post.title, true);
  for (const delegation of document.delegations) {
    edge(delegation.id, delegation.representsId, "represents");
    for (const member of delegation.members) edge(member.personId, delegation.id, member.role);
  }
  for (const meeting of document.meetings) {
    for (const participant of meeting.participants) {
      const from = participant.kind === "delegation" ? participant.delegationId : participant.actorId;
      const level = participant.kind === "delegation" && participant.attendedBy ? ` (${participant.attendedBy.join(", ")})` : "";
      edge(from, meeting.id, `${participant.role}${level}`);
    }
    if (meeting.seriesId) edge(meeting.id, meeting.seriesId, "round of", true);
    if (meeting.sidelinesOfId) edge(meeting.id, meeting.sidelinesOfId, "on the sidelines of", true);
  }
  return `${lines.join("\n")}\n`;
}
