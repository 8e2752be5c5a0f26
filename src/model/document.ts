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
import { TimeExpression } from "./time.js";

/**
 * The schema version this release of the package writes and reads.
 * @group Document
 */
export const SCHEMA_VERSION = 1;

/**
 * The schema versions this release can read: the current one, and older ones that
 * `migrateDocument` upgrades.
 * @group Document
 */
export const KNOWN_SCHEMA_VERSIONS: readonly number[] = [1];

const NewsDocumentShape = {
  /** An optional link to the JSON Schema, for editors. */
  $schema: z.string().optional().register(z.globalRegistry, { description: "An optional address of the JSON Schema this document follows, for editors." }),
  /** The version of this schema the document follows. */
  schemaVersion: z.literal(SCHEMA_VERSION).register(z.globalRegistry, { description: "The version of the news-event-models schema the document follows." }),
  /** The source article. */
  article: Article as typeof Article,
  /** People, states, organisations, counted groups and unnamed sources. */
  actors: z.array(Actor).register(z.globalRegistry, { description: "The actors: people, states, organizations, counted groups and unnamed sources." }) as z.ZodArray<typeof Actor>,
  /** People's titles in organisations. */
  posts: z.array(Post).register(z.globalRegistry, { description: "People's titles in organisations." }) as z.ZodArray<typeof Post>,
  /** Teams that represent states at talks. */
  delegations: z.array(Delegation).register(z.globalRegistry, { description: "Teams that represent states or organisations at talks." }) as z.ZodArray<typeof Delegation>,
  /** Named processes of talks. */
  series: z.array(TalkSeries).register(z.globalRegistry, { description: "Named processes of talks held in rounds." }) as z.ZodArray<typeof TalkSeries>,
  /** Meetings, held or planned. */
  meetings: z.array(Meeting).register(z.globalRegistry, { description: "Meetings, held or planned." }) as z.ZodArray<typeof Meeting>,
  /** Negotiating positions. */
  positions: z.array(Position).register(z.globalRegistry, { description: "Negotiating positions: proposals, demands, assertions, denials, responses, agreements." }) as z.ZodArray<typeof Position>,
  /** Topics under negotiation. */
  issues: z.array(Issue).register(z.globalRegistry, { description: "Topics under negotiation." }) as z.ZodArray<typeof Issue>,
  /** Other events. */
  happenings: z.array(Happening).register(z.globalRegistry, { description: "Events that are neither meetings nor positions." }) as z.ZodArray<typeof Happening>,
  /** Time expressions. */
  times: z.array(TimeExpression).register(z.globalRegistry, { description: "The article's time expressions." }) as z.ZodArray<typeof TimeExpression>,
  /** Attributions of facts to sources. */
  attributions: z.array(Attribution).register(z.globalRegistry, { description: "Who the article says each fact came from, and how sure it is." }) as z.ZodArray<typeof Attribution>,
  /** Evidence spans of the article. */
  evidence: z.array(EvidenceSpan).register(z.globalRegistry, { description: "Spans of the article text that state the facts." }) as z.ZodArray<typeof EvidenceSpan>,
  /** Data the model has no field for. */
  extensions: Extensions.optional() as z.ZodOptional<typeof Extensions>,
};
// NewsDocument's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const NewsDocumentType: z.ZodObject<typeof NewsDocumentShape, z.core.$strict>;

/**
 * One article and everything drawn from it: actors, posts, delegations, series of
 * talks, meetings, positions, issues, happenings, times, attributions and evidence,
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
export const NewsDocument: z.ZodObject<typeof NewsDocumentType.shape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(NewsDocumentShape)
  .register(z.globalRegistry, {
    title: "NewsDocument",
    description:
      "One news article and everything drawn from it: actors, posts, delegations, series, meetings, positions, issues, happenings, times, attributions and evidence, each a list of objects keyed by a document-wide unique id.",
  });
/**
 * What the `NewsDocument` schema parses to: the type zod infers from it, named so that
 * compilers and editors refer to it rather than work it out again.
 * @group Document
 */
export interface NewsDocument extends z.infer<typeof NewsDocument> {}
/**
 * The input type of {@link NewsDocument}: what you may write before parsing (ids need
 * not be branded yet).
 * @group Document
 */
export type NewsDocumentInput = z.input<typeof NewsDocument>;
