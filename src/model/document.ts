import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { Actor, type ActorInput } from "./actor.js";
import { Article, type ArticleInput } from "./article.js";
import { Attribution, type AttributionInput } from "./attribution.js";
import { Delegation, type DelegationInput } from "./delegation.js";
import { EvidenceSpan, type EvidenceSpanInput } from "./evidence.js";
import { Extensions } from "./extensions.js";
import { Happening, type HappeningInput } from "./happening.js";
import { Issue, type IssueInput } from "./issue.js";
import { Meeting, type MeetingInput } from "./meeting.js";
import { Position, type PositionInput } from "./position.js";
import { Post, type PostInput } from "./post.js";
import { TalkSeries, type TalkSeriesInput } from "./series.js";
import { TimeExpression, type TimeExpressionInput } from "./time.js";

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
  article: Article as NamedSchema<Article, ArticleInput>,
  /** People, states, organisations, counted groups and unnamed sources. */
  actors: z.array(Actor).register(z.globalRegistry, { description: "The actors: people, states, organizations, counted groups and unnamed sources." }) as z.ZodArray<NamedSchema<Actor, ActorInput>>,
  /** People's titles in organisations. */
  posts: z.array(Post).register(z.globalRegistry, { description: "People's titles in organisations." }) as z.ZodArray<NamedSchema<Post, PostInput>>,
  /** Teams that represent states at talks. */
  delegations: z.array(Delegation).register(z.globalRegistry, { description: "Teams that represent states or organisations at talks." }) as z.ZodArray<NamedSchema<Delegation, DelegationInput>>,
  /** Named processes of talks. */
  series: z.array(TalkSeries).register(z.globalRegistry, { description: "Named processes of talks held in rounds." }) as z.ZodArray<NamedSchema<TalkSeries, TalkSeriesInput>>,
  /** Meetings, held or planned. */
  meetings: z.array(Meeting).register(z.globalRegistry, { description: "Meetings, held or planned." }) as z.ZodArray<NamedSchema<Meeting, MeetingInput>>,
  /** Negotiating positions. */
  positions: z.array(Position).register(z.globalRegistry, { description: "Negotiating positions: proposals, demands, assertions, denials, responses, agreements." }) as z.ZodArray<NamedSchema<Position, PositionInput>>,
  /** Topics under negotiation. */
  issues: z.array(Issue).register(z.globalRegistry, { description: "Topics under negotiation." }) as z.ZodArray<NamedSchema<Issue, IssueInput>>,
  /** Other events. */
  happenings: z.array(Happening).register(z.globalRegistry, { description: "Events that are neither meetings nor positions." }) as z.ZodArray<NamedSchema<Happening, HappeningInput>>,
  /** Time expressions. */
  times: z.array(TimeExpression).register(z.globalRegistry, { description: "The article's time expressions." }) as z.ZodArray<NamedSchema<TimeExpression, TimeExpressionInput>>,
  /** Attributions of facts to sources. */
  attributions: z.array(Attribution).register(z.globalRegistry, { description: "Who the article says each fact came from, and how sure it is." }) as z.ZodArray<NamedSchema<Attribution, AttributionInput>>,
  /** Evidence spans of the article. */
  evidence: z.array(EvidenceSpan).register(z.globalRegistry, { description: "Spans of the article text that state the facts." }) as z.ZodArray<NamedSchema<EvidenceSpan, EvidenceSpanInput>>,
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
export const NewsDocument: NamedObject<typeof NewsDocumentType.shape, NewsDocument, NewsDocumentInput> = /* @__PURE__ */ z
  .strictObject(NewsDocumentShape)
  .register(z.globalRegistry, {
    title: "NewsDocument",
    description:
      "One news article and everything drawn from it: actors, posts, delegations, series, meetings, positions, issues, happenings, times, attributions and evidence, each a list of objects keyed by a document-wide unique id.",
  });
/**
 * What the `NewsDocument` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Document
 */
export type NewsDocument = {
  /** An optional link to the JSON Schema, for editors. */
  $schema?: string | undefined;
  /** The version of this schema the document follows. */
  schemaVersion: 1;
  /** The source article. */
  article: Article;
  /** People, states, organisations, counted groups and unnamed sources. */
  actors: Actor[];
  /** People's titles in organisations. */
  posts: Post[];
  /** Teams that represent states at talks. */
  delegations: Delegation[];
  /** Named processes of talks. */
  series: TalkSeries[];
  /** Meetings, held or planned. */
  meetings: Meeting[];
  /** Negotiating positions. */
  positions: Position[];
  /** Topics under negotiation. */
  issues: Issue[];
  /** Other events. */
  happenings: Happening[];
  /** Time expressions. */
  times: TimeExpression[];
  /** Attributions of facts to sources. */
  attributions: Attribution[];
  /** Evidence spans of the article. */
  evidence: EvidenceSpan[];
  /** Data the model has no field for. */
  extensions?: Extensions | undefined;
};
/**
 * What the `NewsDocument` schema accepts: {@link NewsDocument} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Document
 */
export type NewsDocumentInput = {
  /** An optional link to the JSON Schema, for editors. */
  $schema?: string | undefined;
  /** The version of this schema the document follows. */
  schemaVersion: 1;
  /** The source article. */
  article: ArticleInput;
  /** People, states, organisations, counted groups and unnamed sources. */
  actors: ActorInput[];
  /** People's titles in organisations. */
  posts: PostInput[];
  /** Teams that represent states at talks. */
  delegations: DelegationInput[];
  /** Named processes of talks. */
  series: TalkSeriesInput[];
  /** Meetings, held or planned. */
  meetings: MeetingInput[];
  /** Negotiating positions. */
  positions: PositionInput[];
  /** Topics under negotiation. */
  issues: IssueInput[];
  /** Other events. */
  happenings: HappeningInput[];
  /** Time expressions. */
  times: TimeExpressionInput[];
  /** Attributions of facts to sources. */
  attributions: AttributionInput[];
  /** Evidence spans of the article. */
  evidence: EvidenceSpanInput[];
  /** Data the model has no field for. */
  extensions?: Extensions | undefined;
};
