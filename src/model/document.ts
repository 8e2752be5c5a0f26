import * as z from "zod";
import { Actor } from "./actor.js";
import { Article } from "./article.js";
import { Attribution } from "./attribution.js";
import { Delegation } from "./delegation.js";
import { EvidenceSpan } from "./evidence.js";
import { Extensions } from "./extensions.js";
import { Happening } from "./happening.js";
import { Issue } from "./issue.js";
import { Meeting } from "./meeting.js";
import { Position } from "./position.js";
import { Post } from "./post.js";
import { TalkSeries } from "./series.js";
import { Place } from "./place.js";
import { TimeExpression } from "./time.js";

/**
 * The schema version this release of the package writes and reads.
 * @group Document
 */
export const SCHEMA_VERSION = 2;

const NewsDocumentShape = {
  /** An optional link to the JSON Schema, for editors. */
  $schema: z.string().optional().meta({ description: "An optional address of the JSON Schema this document follows, for editors." }),
  /** The version of this schema the document follows. */
  schemaVersion: z.literal(SCHEMA_VERSION).meta({ description: "The version of the news-event-models schema the document follows." }),
  /** The source article. */
  article: Article,
  /** People, states, organisations, counted groups and unnamed sources. */
  actors: z.array(Actor).meta({ description: "The actors: people, states, organizations, counted groups and unnamed sources." }),
  /** Venues, cities, regions and countries. */
  places: z.array(Place).meta({ description: "The places the article names: venues, cities, regions, countries." }),
  /** People's titles in organisations. */
  posts: z.array(Post).meta({ description: "People's titles in organisations." }),
  /** Teams that represent states at talks. */
  delegations: z.array(Delegation).meta({ description: "Teams that represent states or organisations at talks." }),
  /** Named processes of talks. */
  series: z.array(TalkSeries).meta({ description: "Named processes of talks held in rounds." }),
  /** Meetings, held or planned. */
  meetings: z.array(Meeting).meta({ description: "Meetings, held or planned." }),
  /** Positions actors take. */
  positions: z.array(Position).meta({ description: "Positions actors take: proposals, demands, promises, threats, accusations, denials, responses, agreements." }),
  /** Topics under negotiation. */
  issues: z.array(Issue).meta({ description: "Topics under negotiation." }),
  /** Other events. */
  happenings: z.array(Happening).meta({ description: "Events that are neither meetings nor positions: arrests, releases, protests, sanctions, attacks." }),
  /** Time expressions. */
  times: z.array(TimeExpression).meta({ description: "The article's time expressions." }),
  /** Attributions of facts to sources. */
  attributions: z.array(Attribution).meta({ description: "Who the article says each fact came from, and how sure it is." }),
  /** Evidence spans of the article. */
  evidence: z.array(EvidenceSpan).meta({ description: "Spans of the article text that state the facts." }),
  /** Data the model has no field for. */
  extensions: Extensions.optional(),
};

/** The type of the {@link NewsDocument} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface NewsDocumentSchema extends z.ZodObject<typeof NewsDocumentShape, z.core.$strict> {}

/**
 * One article and everything drawn from it: actors, places, posts, delegations, series
 * of talks, meetings, positions, issues, happenings, times, attributions and evidence,
 * each in a list keyed by its `id`.
 *
 * @remarks
 * The shape alone does not make a document valid: ids must be unique across the
 * document, every reference must resolve to the right kind of thing, every quote must
 * match the article and every interval must be ordered. Use {@link validateDocument},
 * which checks all of that, rather than `NewsDocument.parse`.
 * Named `NewsDocument` so as not to shadow the DOM's `Document`.
 * @example
 * ```ts
 * const result = validateDocument(JSON.parse(text));
 * if (result.ok) console.log(result.document.meetings.length);
 * ```
 * @group Document
 */
export const NewsDocument: NewsDocumentSchema = /* @__PURE__ */ z
  .strictObject(NewsDocumentShape)
  .meta({
    title: "NewsDocument",
    description:
      "One news article and everything drawn from it: actors, places, posts, delegations, series, meetings, positions, issues, happenings, times, attributions and evidence, each a list of objects keyed by a document-wide unique id.",
  });
export type NewsDocument = z.infer<typeof NewsDocument>;
/**
 * What the {@link NewsDocument} schema accepts: ids as plain strings, which parsing
 * checks and brands.
 * @group Document
 */
export type NewsDocumentInput = z.input<typeof NewsDocument>;
