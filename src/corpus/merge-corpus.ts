import type { NewsDocument } from "../model/document.js";
import { namesOf } from "../query/_lib/names.js";
import type { ActorKind } from "../model/id.js";
import type { ResolvedInterval } from "../model/time.js";
import type { CorpusIds } from "./document-rows.js";

/**
 * One object of one document of a corpus: the document's position in the input and the
 * object's id in it.
 *
 * @group Corpora
 */
export interface CorpusMember {
  /** The document's position in the list given to {@link mergeCorpus}. */
  readonly document: number;
  /** The object's id in that document. */
  readonly id: string;
}

/**
 * One actor or event across a corpus: the objects of several documents that are the
 * same, with why each was linked.
 *
 * @group Corpora
 */
export interface CorpusEntity {
  /** Its corpus-wide id: an actor's Wikidata id where it has one, else `actor-1`, `event-1` … in input order. */
  readonly id: string;
  /** The objects it links, in input order: each keeps its own document's evidence and attribution. */
  readonly members: readonly CorpusMember[];
  /** Why each link was made, one line per link, naming the two members. */
  readonly reasons: readonly string[];
}

/**
 * The answer of {@link mergeCorpus}.
 *
 * @group Corpora
 */
export interface MergedCorpus {
  /** Every actor of the corpus, linked across documents. */
  readonly actors: readonly CorpusEntity[];
  /** Every meeting, position and happening of the corpus, linked across documents. */
  readonly events: readonly CorpusEntity[];
  /** The corpus-wide ids of one document's actors and events, for {@link documentRows} and {@link writeCorpusParquet}. */
  idsOf(document: number): CorpusIds;
}

// Names that say what an actor is rather than who: two "officials" of two articles are
// not known to be the same people, so these kinds are never linked by name.
const LINKED_BY_NAME: ReadonlySet<ActorKind> = new Set(["person", "state", "organization"]);

interface Node {
  readonly member: CorpusMember;
  parent: number;
  readonly documents: Set<number>;
  readonly wikidata: Set<string>;
  readonly reasons: string[];
}

/** Union-find over members, refusing a union that would put two objects of one document, or two Wikidata ids, together. */
class Links {
  readonly nodes: Node[] = [];
  add(member: CorpusMember, wikidata?: string): number {
    this.nodes.push({ member, parent: this.nodes.length, documents: new Set([member.document]), wikidata: new Set(wikidata ? [wikidata] : []), reasons: [] });
    return this.nodes.length - 1;
  }
  root(index: number): number {
    let node = index;
    while (this.nodes[node]!.parent !== node) node = this.nodes[node]!.parent;
    this.nodes[index]!.parent = node;
    return node;
  }
  link(a: number, b: number, why: string): boolean {
    const [ra, rb] = [this.root(a), this.root(b)];
    if (ra === rb) return false;
    const [x, y] = [this.nodes[ra]!, this.nodes[rb]!];
    if ([...y.documents].some((document) => x.documents.has(document))) return false;
    if (x.wikidata.size > 0 && y.wikidata.size > 0 && ![...y.wikidata].every((id) => x.wikidata.has(id))) return false;
    const [keep, drop] = ra < rb ? [x, y] : [y, x];
    drop.parent = ra < rb ? ra : rb;
    for (const document of drop.documents) keep.documents.add(document);
    for (const id of drop.wikidata) keep.wikidata.add(id);
    keep.reasons.push(...drop.reasons, `${label(this.nodes[a]!.member)} = ${label(this.nodes[b]!.member)}: ${why}`);
    return true;
  }
  entities(prefix: string): CorpusEntity[] {
    const groups = new Map<number, Node[]>();
    this.nodes.forEach((node, index) => {
      const root = this.root(index);
      groups.set(root, [...(groups.get(root) ?? []), node]);
    });
    let counter = 0;
    const used = new Set<string>();
    return [...groups.entries()].map(([root, members]) => {
      const wikidata = [...this.nodes[root]!.wikidata];
      counter += 1;
      const id = prefix === "actor" && wikidata.length === 1 && !used.has(wikidata[0]!) ? wikidata[0]! : `${prefix}-${counter}`;
      used.add(id);
      return {
        id,
        members: members.map((node) => node.member),
        reasons: this.nodes[root]!.reasons,
      };
    });
  }
}

const label = (member: CorpusMember) => `${member.id} (document ${member.document})`;

/**
 * Links the same actor and the same event across the articles of a corpus.
 *
 * @remarks
 * - Actors: first by Wikidata id; then, for people, states and organisations, by kind and
 *   normalised name or alias (case, accents and punctuation aside). Never by name when the
 *   kinds differ, never two actors of one document, never two actors with different
 *   Wikidata ids; counted groups and unnamed sources are linked only by Wikidata id.
 * - Events: a meeting, position or happening of one article and one of another are the
 *   same event when they are of the same sort and kind, their participants (as linked
 *   actors) overlap, and their resolved times overlap. Facts without a resolved time are
 *   not linked.
 *
 * Every document keeps its own objects, evidence and attribution: the merge only says
 * which are the same, and each link says why. Pure; the documents must be valid.
 * @example
 * ```ts
 * const merged = mergeCorpus([fixture, document]);
 * merged.actors.find((actor) => actor.members.length > 1)?.reasons;
 * //=> ["japan (document 0) = jp (document 1): same Wikidata id Q17"]
 * ```
 * @group Corpora
 */
export function mergeCorpus(documents: readonly NewsDocument[]): MergedCorpus {
  const actors = new Links();
  const actorIndex = new Map<string, number>();
  const key = (document: number, id: string) => `${document}\u0000${id}`;
  documents.forEach((document, index) => {
    for (const actor of document.actors) actorIndex.set(key(index, actor.id), actors.add({ document: index, id: actor.id }, actor.externalIds?.wikidata));
  });

  const byWikidata = new Map<string, number>();
  const byName = new Map<string, number[]>();
  documents.forEach((document, index) => {
    for (const actor of document.actors) {
      const node = actorIndex.get(key(index, actor.id))!;
      const wikidata = actor.externalIds?.wikidata;
      if (wikidata !== undefined) {
        const first = byWikidata.get(wikidata);
        if (first === undefined) byWikidata.set(wikidata, node);
        else actors.link(first, node, `same Wikidata id ${wikidata}`);
      }
      if (!LINKED_BY_NAME.has(actor.kind)) continue;
      for (const name of namesOf(actor)) {
        if (name === "") continue;
        const entry = `${actor.kind}\u0000${name}`;
        byName.set(entry, [...(byName.get(entry) ?? []), node]);
      }
    }
  });
  for (const [entry, nodes] of byName) {
    const [kind, name] = entry.split("\u0000");
    for (const node of nodes.slice(1)) actors.link(nodes[0]!, node, `same kind (${kind}) and name "${name}"`);
  }
  const actorEntities = actors.entities("actor");
  const corpusActor = new Map<string, string>();
  for (const entity of actorEntities) for (const member of entity.members) corpusActor.set(key(member.document, member.id), entity.id);

  const events = new Links();
  const facts: { node: number; document: number; sort: string; participants: Set<string>; time: ResolvedInterval | undefined }[] = [];
  documents.forEach((document, index) => {
    const times = new Map(document.times.map((time) => [time.id as string, time.resolved]));
    const delegations = new Map(document.delegations.map((delegation) => [delegation.id as string, delegation.representsId as string]));
    const who = (ids: readonly string[]) => new Set(ids.map((id) => corpusActor.get(key(index, delegations.get(id) ?? id)) ?? id));
    const add = (id: string, sort: string, ids: readonly string[], timeId: string | undefined) =>
      facts.push({ node: events.add({ document: index, id }), document: index, sort, participants: who(ids), time: timeId === undefined ? undefined : times.get(timeId) });
    for (const meeting of document.meetings) {
      const ids = meeting.participants.map((part) => (part.kind === "delegation" ? part.delegationId : part.actorId));
      add(meeting.id, `meeting ${meeting.kind ?? ""}`, ids, meeting.timeId);
    }
    for (const position of document.positions) add(position.id, `position ${position.kind}`, [...position.holderIds, ...(position.addresseeIds ?? [])], position.timeId);
    for (const happening of document.happenings) add(happening.id, `happening ${happening.kind}`, happening.participants.map((part) => part.actorId), happening.timeId);
  });
  // A sweep over the facts in order of start time: each is compared only with the earlier
  // ones of its sort whose time has not yet ended, not with the whole corpus.
  const timed = facts
    .flatMap((fact) => (fact.time === undefined ? [] : [{ ...fact, start: Date.parse(fact.time.start), end: Date.parse(fact.time.end) }]))
    .sort((a, b) => a.start - b.start);
  const open = new Map<string, typeof timed>();
  for (const b of timed) {
    const earlier = (open.get(b.sort) ?? []).filter((a) => a.end > b.start);
    for (const a of earlier) {
      if (a.document === b.document) continue;
      const shared = [...a.participants].filter((id) => b.participants.has(id));
      if (shared.length > 0) events.link(a.node, b.node, `same ${b.sort.trim()}, participants ${shared.join(", ")} and overlapping times`);
    }
    open.set(b.sort, [...earlier, b]);
  }
  const eventEntities = events.entities("event");
  const corpusEvent = new Map<string, string>();
  for (const entity of eventEntities) for (const member of entity.members) corpusEvent.set(key(member.document, member.id), entity.id);

  return {
    actors: actorEntities,
    events: eventEntities,
    idsOf(document) {
      const pick = (ids: Map<string, string>) =>
        new Map([...ids].filter(([entry]) => entry.startsWith(`${document}\u0000`)).map(([entry, id]) => [entry.slice(entry.indexOf("\u0000") + 1), id]));
      return { actors: pick(corpusActor), events: pick(corpusEvent) };
    },
  };
}
