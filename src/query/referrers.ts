import type * as z from "zod";
import type { EntityKind } from "../model/id.js";
import { referenceSitesOf } from "../validate/reference-graph.js";
import type { DocumentIndex, EntityOfKind } from "./index-document.js";

/**
 * The objects of one kind that name `id` from one field of one schema, each once, in
 * document order: read from the index's table of that field.
 */
export function referrers<Holder extends z.ZodObject, Kind extends EntityKind>(
  index: DocumentIndex,
  id: string,
  holder: Holder,
  key: keyof Holder["shape"] & string,
  kind: Kind,
): EntityOfKind[Kind][] {
  const found: EntityOfKind[Kind][] = [];
  for (const site of referenceSitesOf(holder, key))
    for (const from of index.referrers.get(site)?.get(id) ?? [])
      if (from.kind === kind && !found.includes(from.entity as EntityOfKind[Kind])) found.push(from.entity as EntityOfKind[Kind]);
  return found;
}
