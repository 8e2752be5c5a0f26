import type { NewsDocument } from "../model/document.js";
import { problem, type Problem } from "./problem.js";
import { walkDocument, type Path, type ReferenceSite, type WalkedEntity } from "./reference-graph.js";

/**
 * One reference from an object in a document to another, by id.
 * @group Validation
 */
export interface LocatedReference {
  /** The reference field, as the schemas declare it. */
  readonly site: ReferenceSite;
  /** The id referred to. */
  readonly id: string;
  /** The path from the document root to the id that refers. */
  readonly path: Path;
  /** The object with an id that holds the reference (the meeting, for a meeting's place evidence). */
  readonly from: WalkedEntity;
}

/**
 * What every whole-document check reads, built in one walk of the document: each object
 * with an id, each id used twice, and each reference.
 * @group Validation
 */
export interface DocumentTable {
  /** Each object with an id, by id: the first one, where an id is used twice. */
  readonly entities: ReadonlyMap<string, WalkedEntity>;
  /** A `duplicate-id` problem for each object whose id an earlier object has. */
  readonly duplicates: readonly Problem[];
  /** Every reference, in document order. */
  readonly references: readonly LocatedReference[];
  /** Every object that can carry inference marks and carries some, with its path, in document order. */
  readonly marked: readonly MarkedObject[];
}

/**
 * An object of a document that carries inference marks (its `inferred` list).
 * @group Validation
 */
export interface MarkedObject {
  /** The object itself. */
  readonly holder: {
    /** Its inference marks, as the document gives them. */
    readonly inferred?: unknown;
  };
  /** The path from the document root to it. */
  readonly path: Path;
}

/**
 * Builds the {@link DocumentTable} of a document: one walk that finds every object with
 * an id, every id used twice, every reference and every object with inference marks.
 *
 * @remarks The first object with an id keeps it; each later one is a `duplicate-id`
 * problem at its own `id`. The references of an object whose id is taken are listed
 * too, so that each is checked.
 * @example
 * ```ts
 * tabulateDocument(document).entities.get("japan")?.kind;
 * //=> "state"
 * ```
 * @group Validation
 */
export function tabulateDocument(document: NewsDocument): DocumentTable {
  const entities = new Map<string, WalkedEntity>();
  const duplicates: Problem[] = [];
  const found: LocatedReference[] = [];
  const marked: MarkedObject[] = [];
  walkDocument(document, {
    marks(holder, path) {
      if (holder.inferred !== undefined) marked.push({ holder, path });
    },
    entity(entity) {
      const earlier = entities.get(entity.entity.id);
      if (!earlier) {
        entities.set(entity.entity.id, entity);
        return;
      }
      const [collection, index] = earlier.path;
      duplicates.push(
        problem("duplicate-id", [...entity.path, "id"], `the id "${entity.entity.id}" is already used by the ${earlier.kind} at /${collection}/${index}`),
      );
    },
    reference(site, id, path, from) {
      found.push({ site, id, path, from });
    },
  });
  return { entities, duplicates, references: found, marked };
}

/**
 * Lists every reference by id in a document, with the field each is made from.
 * @example
 * ```ts
 * listReferences(document).find((ref) => ref.site.key === "sidelinesOfId")?.path;
 * //=> ["meetings", 1, "sidelinesOfId"]
 * ```
 * @group Validation
 */
export function listReferences(document: NewsDocument): readonly LocatedReference[] {
  return tabulateDocument(document).references;
}
