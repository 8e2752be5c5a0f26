import * as z from "zod";
import type { ActorKind, EntityKind } from "../model/id.js";
import { Actor, Affiliation, CountedGroup, Descriptor, Organization, Person, State, UnnamedSource, Alias } from "../model/actor.js";
import { Article } from "../model/article.js";
import { Attribution } from "../model/attribution.js";
import { Delegation, DelegationMember } from "../model/delegation.js";
import { NewsDocument } from "../model/document.js";
import { EvidenceSpan } from "../model/evidence.js";
import { Extensions, JsonValue } from "../model/extensions.js";
import { Happening, HappeningParticipant } from "../model/happening.js";
import { Inference } from "../model/inference.js";
import { Issue } from "../model/issue.js";
import { Meeting, MeetingParticipant } from "../model/meeting.js";
import { Modality } from "../model/modality.js";
import { Place } from "../model/place.js";
import { Quantity } from "../model/quantity.js";
import { Position, PositionAction } from "../model/position.js";
import { Post } from "../model/post.js";
import { TalkSeries } from "../model/series.js";
import { ResolvedInterval, TimeChoice, TimeExpression, TimePoint, TimeSpan, TimeValue } from "../model/time.js";
import { TimeDeictic, TimeNamedPeriod, TimeOffset, TimeRange, TimeRelative } from "../model/time.js";
import { LlmNewsDocument } from "./llm-news-document.js";

/**
 * The address every generated JSON Schema's `$id` starts with: the package's
 * `schemas/` folder as a CDN serves it once published.
 *
 * @remarks The `$id` of the document schema is this plus `document.json`. Nothing
 * fetches it: validators such as ajv take the schema object you give them and use the
 * `$id` only as a name, so it keeps the package's schemas apart from anyone else's.
 * @example
 * ```ts
 * `${SCHEMA_BASE_URI}document.json`;
 * //=> "https://unpkg.com/news-event-models/schemas/document.json"
 * ```
 * @group JSON Schema
 */
export const SCHEMA_BASE_URI = "https://unpkg.com/news-event-models/schemas/";

/**
 * The name of a concept with a JSON Schema file: `"document"`, `"article"`, `"actor"`,
 * each other kind of object in a document (`"meeting"`, `"time"`, …), and `"llm-document"`.
 *
 * @remarks Also the file's name: `news-event-models/schemas/<name>.json`.
 * @example
 * ```ts
 * const name: SchemaName = "meeting";
 * ```
 * @group JSON Schema
 */
export type SchemaName = "document" | "article" | "actor" | Exclude<EntityKind, ActorKind> | "llm-document";

/**
 * The concepts that get a JSON Schema file of their own, by file name: the zod schema
 * each is generated from.
 *
 * @remarks `document` is the whole {@link NewsDocument}; the next thirteen are the
 * objects of its lists, plus the article; `llm-document` is {@link LlmNewsDocument},
 * the document in the subset that language models' structured outputs accept. The
 * package ships each as `news-event-models/schemas/<name>.json`.
 * @example
 * ```ts
 * Object.keys(SCHEMA_CONCEPTS);
 * //=> ["document", "article", "actor", "place", "post", "delegation", "series", "meeting", "position", "issue", "happening", "time", "attribution", "evidence", "llm-document"]
 * ```
 * @group JSON Schema
 */
export const SCHEMA_CONCEPTS: Readonly<Record<SchemaName, z.ZodType>> = {
  document: NewsDocument,
  article: Article,
  actor: Actor,
  place: Place,
  post: Post,
  delegation: Delegation,
  series: TalkSeries,
  meeting: Meeting,
  position: Position,
  issue: Issue,
  happening: Happening,
  time: TimeExpression,
  attribution: Attribution,
  evidence: EvidenceSpan,
  "llm-document": LlmNewsDocument,
};

/**
 * A JSON Schema (draft 2020-12) as a plain JSON object.
 *
 * @remarks What {@link jsonSchemaFor} returns: `$schema`, `$id`, the schema itself and `$defs`.
 * @example
 * ```ts
 * const schema: JsonSchemaObject = jsonSchemaFor("issue");
 * schema.$id;
 * //=> "https://unpkg.com/news-event-models/schemas/issue.json"
 * ```
 * @group JSON Schema
 */
export type JsonSchemaObject = { readonly [keyword: string]: unknown };

// The names under `$defs`. They live in a registry of this module's own, never in zod's
// global one, so no other library (or a second copy of this one) can collide with them;
// each file's `$id` is what names it among other schemas.
const DEFINITIONS: ReadonlyMap<z.core.$ZodType, string> = /* @__PURE__ */ new Map<z.core.$ZodType, string>([
  [NewsDocument, "NewsDocument"],
  [Article, "Article"],
  [Actor, "Actor"],
  [Person, "Person"],
  [State, "State"],
  [Organization, "Organization"],
  [CountedGroup, "CountedGroup"],
  [UnnamedSource, "UnnamedSource"],
  [Alias, "Alias"],
  [Descriptor, "Descriptor"],
  [Affiliation, "Affiliation"],
  [Modality, "Modality"],
  [Quantity, "Quantity"],
  [Post, "Post"],
  [Delegation, "Delegation"],
  [DelegationMember, "DelegationMember"],
  [TalkSeries, "TalkSeries"],
  [Meeting, "Meeting"],
  [MeetingParticipant, "MeetingParticipant"],
  [Place, "Place"],
  [Position, "Position"],
  [PositionAction, "PositionAction"],
  [Issue, "Issue"],
  [Happening, "Happening"],
  [HappeningParticipant, "HappeningParticipant"],
  [TimeExpression, "TimeExpression"],
  [TimePoint, "TimePoint"],
  [TimeChoice, "TimeChoice"],
  [TimeSpan, "TimeSpan"],
  [TimeDeictic, "TimeDeictic"],
  [TimeOffset, "TimeOffset"],
  [TimeRelative, "TimeRelative"],
  [TimeRange, "TimeRange"],
  [TimeNamedPeriod, "TimeNamedPeriod"],
  [TimeValue, "TimeValue"],
  [ResolvedInterval, "ResolvedInterval"],
  [Attribution, "Attribution"],
  [EvidenceSpan, "EvidenceSpan"],
  [Inference, "Inference"],
  [Extensions, "Extensions"],
  [JsonValue, "JsonValue"],
]);

/**
 * A registry that answers with the descriptions `.meta()` gave each schema and adds the
 * `$defs` name of the concepts above, except the root's, which stays inline. Private:
 * nothing is added to zod's global registry.
 */
// A class expression in a pure call, so that a bundler drops it with the rest of this
// module when the JSON Schema export is not used (a class that extends another is
// otherwise kept for its side effects).
const DefinitionRegistry = /* @__PURE__ */ (() =>
  class extends z.core.$ZodRegistry<Record<string, unknown>> {
    constructor(private readonly root: z.core.$ZodType) {
      super();
    }

    override get<Schema extends z.core.$ZodType>(schema: Schema): Record<string, unknown> | undefined {
      const described = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
      const name = schema === this.root ? undefined : DEFINITIONS.get(schema);
      return name === undefined ? described : { ...described, id: name };
    }
  })();

// What TimeValue's refinement checks, said in JSON Schema, so that ajv agrees with zod on
// it: a year precision needs a year, a month one a month, a day or part-of-day one a day
// or a weekday, a part-of-day one a part of the day. (`properties` names each required
// key again because ajv's strict mode wants required keys declared beside them.)
const present = (...keys: readonly string[]): JsonSchemaObject => ({
  properties: Object.fromEntries(keys.map((key) => [key, true])),
  required: keys,
});
const needs = (precisions: readonly string[], then: JsonSchemaObject): JsonSchemaObject => ({
  if: { properties: { precision: { enum: precisions } } },
  then,
});
const TIME_VALUE_RULES: readonly JsonSchemaObject[] = [
  needs(["year"], present("year")),
  needs(["month"], present("month")),
  needs(["day", "part-of-day"], { anyOf: [present("day"), present("weekday")] }),
  needs(["part-of-day"], present("partOfDay")),
  needs(["season"], present("season")),
  needs(["week"], { anyOf: [present("week"), present("day")] }),
  needs(["hour", "minute"], present("hour")),
];

/**
 * Generates the JSON Schema (draft 2020-12) of one concept from its zod schema, with
 * a namespaced `$id`, a description on every field, and the concepts it uses under
 * `$defs`.
 *
 * @remarks
 * The schema checks the shape of one object: types, required fields, enums, id
 * patterns, formats and unknown keys (every object is closed). It cannot check what
 * needs the whole document — unique ids, references that name the right kind of
 * object, quotes that match the article, ordered intervals, inference paths, cycles —
 * so run {@link validateDocument} as well; the guide "Interoperability" lists each
 * check. The result is a fresh object on every call. The same schemas ship as files at
 * `news-event-models/schemas/<name>.json`.
 * @example
 * ```ts
 * import { Ajv2020 } from "ajv/dist/2020.js";
 * import addFormats from "ajv-formats";
 *
 * const ajv = new Ajv2020({ strict: true });
 * addFormats.default(ajv);
 * const validate = ajv.compile(jsonSchemaFor("document"));
 * validate(JSON.parse(text));
 * //=> true or false, with validate.errors
 * ```
 * @group JSON Schema
 */
export function jsonSchemaFor(name: SchemaName): JsonSchemaObject {
  const schema: z.core.$ZodType | undefined = Object.hasOwn(SCHEMA_CONCEPTS, name) ? SCHEMA_CONCEPTS[name] : undefined;
  if (schema === undefined)
    throw new TypeError(
      `jsonSchemaFor: there is no schema named ${JSON.stringify(name)}; use one of ${Object.keys(SCHEMA_CONCEPTS).join(", ")}`,
    );
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    metadata: new DefinitionRegistry(schema),
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === TimeValue) jsonSchema.allOf = TIME_VALUE_RULES.map((rule) => structuredClone(rule));
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: `${SCHEMA_BASE_URI}${name}.json`, ...rest };
}
