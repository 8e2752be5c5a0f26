import * as z from "zod";
import { NewsDocument } from "../model/document.js";
import { idTargets, references, type EntityKind } from "../model/id.js";

/** A path from the document root: keys and list indices. */
export type Path = readonly (string | number)[];

/**
 * One reference field of the model, found in the schemas: the object schema that holds
 * it, its key, whether it holds one id or a list, and what it may name.
 *
 * @remarks The sites are read from the schemas, where each reference field is declared
 * with {@link reference}; there is no second table of them. A site is the key the query
 * functions look references up by.
 * @example
 * ```ts
 * referenceSites().find((site) => site.pattern === "positions/*\/holderIds");
 * //=> { holder: Position, key: "holderIds", many: true, kinds: ["state", "organization", "delegation"], role: "the holder of a position", … }
 * ```
 * @group Validation
 */
export interface ReferenceSite {
  /** The object schema whose field this is, such as `Position` or `DelegationMember`. */
  readonly holder: z.ZodObject;
  /** The field's key in that object. */
  readonly key: string;
  /** Whether the field holds a list of ids rather than one. */
  readonly many: boolean;
  /** The kinds of object it may name. */
  readonly kinds: readonly EntityKind[];
  /** What the field is, as a noun phrase for messages: "a delegation member". */
  readonly role: string;
  /** Where it sits in a document, with `*` for any index: `"delegations/*\/members/*\/personId"`. */
  readonly pattern: string;
  /** Where it sits in the object with an id that holds it, without indices: `"members/personId"`. */
  readonly field: string;
}

/** How to walk one value of a document: an object's fields, or the variants of a union. */
type Node = ObjectNode | UnionNode;

interface ObjectNode {
  readonly type: "object";
  readonly schema: z.ZodObject;
  readonly fields: readonly Field[];
  /** Whether objects of this schema may carry inference marks. */
  readonly marks: boolean;
  /** Whether objects of this schema may carry extensions. */
  readonly extensions: boolean;
}

interface UnionNode {
  readonly type: "union";
  readonly discriminator: string;
  readonly variants: ReadonlyMap<unknown, ObjectNode>;
}

interface Field {
  readonly key: string;
  readonly many: boolean;
  /** A reference, or a nested value to walk. */
  readonly target: ReferenceSite | Node;
  /** For a collection of the document: the kinds of its objects, or `undefined` for a field below the root. */
  readonly entityKinds?: readonly EntityKind[] | undefined;
}

/** The graph of a document schema: its nodes, and every reference site in it. */
interface Graph {
  readonly root: ObjectNode;
  readonly sites: readonly ReferenceSite[];
}

function unwrapOptional(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

function isNode(target: ReferenceSite | Node): target is Node {
  return "type" in target;
}

class GraphBuilder {
  readonly sites: ReferenceSite[] = [];
  private readonly nodes = new Map<z.ZodType, Node | null>();

  /**
   * The node to walk values of `schema` with, or `null` where nothing inside is of
   * interest; `always` keeps an object's node even then (a collection's objects are met
   * for their ids).
   */
  node(schema: z.ZodType, pattern: string, field: string, always = false): Node | null {
    // Each object schema is walked once per place it sits, so that its sites carry their place.
    if (schema instanceof z.ZodObject) return this.object(schema, pattern, field, always);
    if (schema instanceof z.ZodDiscriminatedUnion) {
      const discriminator = schema.def.discriminator;
      const variants = new Map<unknown, ObjectNode>();
      for (const option of schema.options as readonly z.ZodType[]) {
        if (!(option instanceof z.ZodObject)) continue;
        const literal = unwrapOptional(option.shape[discriminator] as z.ZodType);
        const variant = this.object(option, pattern, field, always);
        if (literal instanceof z.ZodLiteral && variant) for (const value of literal.values) variants.set(value, variant);
      }
      return variants.size === 0 ? null : { type: "union", discriminator, variants };
    }
    return null;
  }

  private object(schema: z.ZodObject, pattern: string, field: string, always = false): ObjectNode | null {
    const fields: Field[] = [];
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const [key, value] of Object.entries(shape)) {
      const entry = this.field(schema, key, value, pattern === "" ? key : `${pattern}/${key}`, field === "" ? key : `${field}/${key}`);
      if (entry) fields.push(entry);
    }
    const marks = "inferred" in shape;
    const extensions = "extensions" in shape;
    if (fields.length === 0 && !marks && !extensions && !always) return null;
    return { type: "object", schema, fields, marks, extensions };
  }

  private field(holder: z.ZodObject, key: string, schema: z.ZodType, pattern: string, field: string): Field | null {
    let inner = unwrapOptional(schema);
    let many = false;
    if (inner instanceof z.ZodArray) {
      many = true;
      inner = unwrapOptional(inner.element as z.ZodType);
    }
    const declared = references.get(inner);
    if (declared) {
      const site: ReferenceSite = { holder, key, many, kinds: declared.kinds, role: declared.role, pattern: many ? `${pattern}/*` : pattern, field };
      this.sites.push(site);
      return { key, many, target: site };
    }
    const node = this.node(inner, many ? `${pattern}/*` : pattern, field);
    return node ? { key, many, target: node } : null;
  }
}

/** The kinds of the objects a collection's element schema describes, read from its `id` field. */
function entityKindsOf(element: Node): readonly EntityKind[] | undefined {
  const objects = element.type === "object" ? [element] : [...element.variants.values()];
  const kinds = new Set<EntityKind>();
  for (const object of objects) {
    const id = (object.schema.shape as Record<string, z.ZodType>).id;
    const target = id === undefined ? undefined : idTargets.get(id);
    if (!target) return undefined;
    for (const kind of target.kinds) kinds.add(kind);
  }
  return [...kinds];
}

function buildGraph(schema: z.ZodObject): Graph {
  const builder = new GraphBuilder();
  const shape = schema.shape as Record<string, z.ZodType>;
  const fields: Field[] = [];
  for (const [key, value] of Object.entries(shape)) {
    const inner = unwrapOptional(value);
    if (inner instanceof z.ZodArray) {
      // A collection: a list of objects with ids. Paths inside an object with an id
      // start from it, so its field patterns start empty.
      const element = builder.node(unwrapOptional(inner.element as z.ZodType), `${key}/*`, "", true);
      const kinds = element ? entityKindsOf(element) : undefined;
      if (element) fields.push({ key, many: true, target: element, entityKinds: kinds });
    } else {
      const node = builder.node(inner, key, key);
      if (node) fields.push({ key, many: false, target: node });
    }
  }
  const root: ObjectNode = { type: "object", schema, fields, marks: "inferred" in shape, extensions: "extensions" in shape };
  return { root, sites: builder.sites };
}

let documentGraph: Graph | undefined;

function graph(): Graph {
  return (documentGraph ??= buildGraph(NewsDocument));
}

/**
 * Every reference field of a {@link NewsDocument}, in document order: the graph of
 * what may refer to what, read from the schemas.
 * @example
 * ```ts
 * referenceSites().filter((site) => site.kinds.includes("meeting")).map((site) => site.pattern);
 * //=> ["delegations/*\/attendsIds/*", "meetings/*\/sidelinesOfId", …]
 * ```
 * @group Validation
 */
export function referenceSites(): readonly ReferenceSite[] {
  return graph().sites;
}

/**
 * The reference sites of one field of one object schema: one where the schema sits at
 * one place in a document, more where it sits at several (a {@link Place} on meetings
 * and on happenings). The key is checked against the schema's shape.
 * @example
 * ```ts
 * referenceSitesOf(Position, "holderIds").map((site) => site.pattern);
 * //=> ["positions/*\/holderIds/*"]
 * ```
 * @group Validation
 */
export function referenceSitesOf<Holder extends z.ZodObject>(holder: Holder, key: keyof Holder["shape"] & string): readonly ReferenceSite[] {
  return graph().sites.filter((site) => site.holder === holder && site.key === key);
}

/**
 * The collections of a {@link NewsDocument} that hold objects with ids, in document
 * order, with the kinds of object each holds.
 * @example
 * ```ts
 * entityCollections().map((collection) => collection.key);
 * //=> ["actors", "posts", "delegations", "series", "meetings", "positions", "issues", "happenings", "times", "attributions", "evidence"]
 * ```
 * @group Validation
 */
export function entityCollections(): readonly EntityCollectionInfo[] {
  return graph().root.fields.flatMap((field) => (field.entityKinds ? [{ key: field.key as EntityCollection, kinds: field.entityKinds }] : []));
}

/**
 * One collection of a document that holds objects with ids, and the kinds of its objects.
 * @group Validation
 */
export interface EntityCollectionInfo {
  /** The collection's key in the document: `"meetings"`. */
  readonly key: EntityCollection;
  /** The kinds of object it holds: `["meeting"]`, or the five kinds of actor. */
  readonly kinds: readonly EntityKind[];
}

/**
 * Anything with an id, as the walk of a document sees the objects of its collections.
 * @group Validation
 */
export interface Identified {
  /** Its id, unique across the document. */
  readonly id: string;
}

/**
 * A collection of a document that holds objects with ids: each key of
 * {@link NewsDocument} whose value is a list of objects with an `id`.
 * @group Validation
 */
export type EntityCollection = {
  [Key in keyof NewsDocument]-?: NewsDocument[Key] extends readonly Identified[] ? Key : never;
}[keyof NewsDocument];

/**
 * An object with an id, as a walk of the document meets it.
 * @group Validation
 */
export interface WalkedEntity {
  /** The object itself: any object of the document with an id. */
  readonly entity: Identified;
  /** Its kind: its collection's kind, or an actor's own `kind`. */
  readonly kind: EntityKind;
  /** Where it sits: its collection and index. */
  readonly path: readonly [collection: EntityCollection, index: number];
}

/**
 * What a walk of a document calls, each at most once per thing it meets, in document
 * order. Every method is optional.
 * @group Validation
 */
export interface DocumentVisitor {
  /** Meets an object with an id. */
  entity?(found: WalkedEntity): void;
  /** Meets a reference: its site, the id it names, its path from the root, and the object with an id that holds it. */
  reference?(site: ReferenceSite, id: string, path: Path, from: WalkedEntity): void;
  /** Meets an object whose schema lets it carry inference marks (the article, each fact, a delegation member), with its path. */
  marks?(holder: { readonly inferred?: unknown }, path: Path): void;
  /** Meets an `extensions` value, with its path. */
  extensions?(value: unknown, path: Path): void;
}

function isObject(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

class Walker {
  constructor(private readonly visitor: DocumentVisitor) {}

  value(node: Node, value: unknown, path: Path, from: WalkedEntity | undefined): void {
    if (!isObject(value)) return;
    const object = node.type === "object" ? node : node.variants.get(value[node.discriminator]);
    if (!object) return;
    // An object comes before its parts: its marks and extensions, then its fields.
    if (object.marks) this.visitor.marks?.(value, path);
    if (object.extensions && value.extensions !== undefined) this.visitor.extensions?.(value.extensions, [...path, "extensions"]);
    for (const field of object.fields) {
      const inner = value[field.key];
      if (inner === undefined) continue;
      if (field.entityKinds) this.collection(field, inner, field.entityKinds);
      else if (field.many) {
        if (!Array.isArray(inner)) continue;
        for (let index = 0; index < inner.length; index++) this.one(field, inner[index], [...path, field.key, index], from);
      } else this.one(field, inner, [...path, field.key], from);
    }
  }

  private one(field: Field, value: unknown, path: Path, from: WalkedEntity | undefined): void {
    if (isNode(field.target)) this.value(field.target, value, path, from);
    else if (typeof value === "string" && from) this.visitor.reference?.(field.target, value, path, from);
  }

  private collection(field: Field, items: unknown, kinds: readonly EntityKind[]): void {
    if (!Array.isArray(items) || !isNode(field.target)) return;
    const collection = field.key as EntityCollection;
    for (let index = 0; index < items.length; index++) {
      const item: unknown = items[index];
      if (!isObject(item) || typeof item.id !== "string") continue;
      // One kind names the collection's objects, or each object names its own among them.
      const kind = kinds.length === 1 ? kinds[0]! : (kinds.find((candidate) => candidate === item.kind) ?? kinds[0]!);
      const found: WalkedEntity = { entity: item as unknown as Identified, kind, path: [collection, index] };
      this.visitor.entity?.(found);
      this.value(field.target, item, [collection, index], found);
    }
  }
}

/**
 * Walks a document as its schema describes it, calling the visitor on every object with
 * an id, every reference, every holder of inference marks and every extensions value, in
 * document order.
 *
 * @remarks The walk follows the schemas' reference declarations, so a field added to a
 * schema with {@link reference} is walked with no change here. It reads a value that does
 * not fit the schema without throwing, skipping what does not fit: validate first to
 * have every reference met.
 * @example
 * ```ts
 * const ids: string[] = [];
 * walkDocument(document, { reference: (site, id) => ids.push(id) });
 * ```
 * @group Validation
 */
export function walkDocument(document: unknown, visitor: DocumentVisitor): void {
  new Walker(visitor).value(graph().root, document, [], undefined);
}
