import * as z from "zod";
import { ActorId, ActorKind, EvidenceId, PlaceId, reference } from "./id.js";
import { factFields } from "./fact.js";
import { CountExactness } from "./quantity.js";

/**
 * What kind of name an alias is.
 *
 * @remarks
 * - `name`: another name or a short form ("Yabunaka", "Li").
 * - `metonym`: a place standing for its government ("Tokyo", "Pyongyang").
 * - `descriptor`: a description that stands for the actor ("the North").
 * - `demonym`: the adjective for its people ("Japanese").
 * - `abbreviation`: an abbreviation ("DPRK").
 * @group Actors
 */
export const AliasKind = /* @__PURE__ */ z
  .enum(["name", "metonym", "descriptor", "demonym", "abbreviation"])
  .meta({
    description:
      "What kind of name the alias is: another name, a metonym (a capital for its government), a descriptor (\"the North\"), a demonym or an abbreviation.",
  });
export type AliasKind = z.infer<typeof AliasKind>;

const AliasShape = {
  /** The words the article uses. */
  text: z.string().min(1).meta({ description: "Another way the article names the actor, as written." }),
  /** What kind of name it is. */
  kind: AliasKind,
  /** Ids of spans that use this alias. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of an alias" }))
    .optional()
    .meta({ description: "Ids of evidence spans where the article uses this alias." }),
};

/** The type of the {@link Alias} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface AliasSchema extends z.ZodObject<typeof AliasShape, z.core.$strict> {}

/**
 * Another way the article names an actor: a short name, or a metonym such as "Tokyo"
 * for the Japanese government.
 * @example
 * ```ts
 * Alias.parse({ text: "Pyongyang", kind: "metonym" });
 * ```
 * @group Actors
 */
export const Alias: AliasSchema = /* @__PURE__ */ z
  .strictObject(AliasShape)
  .meta({ title: "Alias", description: "Another way the article names an actor, such as a metonym (\"Tokyo\" for Japan's government)." });
export type Alias = z.infer<typeof Alias>;
export type AliasInput = z.input<typeof Alias>;

const ExternalIdsShape = {
  /** A Wikidata item id ("Q17"). */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as "Q17"' })
    .optional()
    .meta({ description: 'The Wikidata item id, such as "Q17" for Japan.' }),
  /** A CAMEO actor code ("JPN", "PRKGOV"). */
  cameo: z
    .string()
    .regex(/^[A-Z]{3}(?:[A-Z]{3})*$/, { error: 'must be a CAMEO actor code: groups of three capital letters such as "PRKGOV"' })
    .optional()
    .meta({ description: 'The CAMEO actor code: groups of three capital letters, such as "JPN" or "PRKGOV".' }),
};

/** The type of the {@link ExternalIds} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface ExternalIdsSchema extends z.ZodObject<typeof ExternalIdsShape, z.core.$strict> {}

/**
 * Ids of the actor in other vocabularies.
 *
 * @remarks None of these is stated by an article: mark each as inferred, with basis
 * `world-knowledge`.
 * @example
 * ```ts
 * ExternalIds.parse({ wikidata: "Q17", cameo: "JPN" });
 * ```
 * @group Actors
 */
export const ExternalIds: ExternalIdsSchema = /* @__PURE__ */ z
  .strictObject(ExternalIdsShape)
  .meta({ title: "ExternalIds", description: "Ids of the actor in other vocabularies: Wikidata, CAMEO." });
export type ExternalIds = z.infer<typeof ExternalIds>;

/**
 * What a word that describes an actor says about it.
 *
 * @remarks
 * - `title`: what the actor is or does ("diplomat", "prime minister", "spokesman").
 * - `rank`: how senior ("senior", "top", "junior").
 * - `origin`: where it is from, as a word ("Western", "Brazilian", "EU-member").
 * - `status`: a standing, past or present ("former", "outlawed", "exiled", "acting").
 * - `stance`: a side or a leaning ("hardline", "moderate", "pro-government", "rebel").
 * - `other`: anything else.
 * @group Actors
 */
export const DescriptorKind = /* @__PURE__ */ z
  .enum(["title", "rank", "origin", "status", "stance", "other"])
  .meta({ description: "What the word says about the actor: title, rank, origin, status, stance or other." });
export type DescriptorKind = z.infer<typeof DescriptorKind>;

const DescriptorShape = {
  /** The word or words, as written ("senior", "hardline", "the former"). */
  text: z.string().min(1).meta({ description: "The describing word or words as the article writes them, such as \"senior\" or \"hardline\"." }),
  /** What it says about the actor. */
  kind: DescriptorKind,
  /** Ids of the spans that hold it. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of a descriptor" }))
    .meta({ description: "Ids of the evidence spans that hold the words." }),
};

/** The type of the {@link Descriptor} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface DescriptorSchema extends z.ZodObject<typeof DescriptorShape, z.core.$strict> {}

/**
 * A word the article uses to describe an actor, named or not: "a senior Western
 * diplomat" has the title "diplomat", the rank "senior" and the origin "Western".
 * @example
 * ```ts
 * Descriptor.parse({ text: "hardline", kind: "stance", evidenceIds: ["ev-hardline"] });
 * ```
 * @group Actors
 */
export const Descriptor: DescriptorSchema = /* @__PURE__ */ z
  .strictObject(DescriptorShape)
  .meta({ title: "Descriptor", description: "A word the article uses to describe an actor: a title, a rank, an origin, a status or a stance." });
export type Descriptor = z.infer<typeof Descriptor>;

/**
 * How an actor is tied to another.
 *
 * @remarks
 * - `member-of`: a member of a group or body ("EU-member Austria").
 * - `part-of`: a part of it, as a unit ("the army's 3rd division").
 * - `works-for`: serves it ("Brazilian officials", "a White House aide").
 * - `national-of`: a national of a state.
 * - `allied-with`: on its side ("allied with the African Union").
 * - `backed-by`: supported by it ("Iran-backed militias").
 * - `opposed-to`: against it ("anti-government protesters").
 * - `other`: anything else.
 * @group Actors
 */
export const AffiliationRelation = /* @__PURE__ */ z
  .enum(["member-of", "part-of", "works-for", "national-of", "allied-with", "backed-by", "opposed-to", "other"])
  .meta({
    description: "How the actor is tied to the other: member-of, part-of, works-for, national-of, allied-with, backed-by, opposed-to or other.",
  });
export type AffiliationRelation = z.infer<typeof AffiliationRelation>;

const AffiliationShape = {
  /** The other actor. */
  actorId: reference(ActorId, { role: "the actor of an affiliation", description: "Id of the actor this one is tied to." }),
  /** How they are tied. */
  relation: AffiliationRelation,
  /** Ids of the spans that say so. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of an affiliation" }))
    .meta({ description: "Ids of the evidence spans that say the actors are tied." }),
};

/** The type of the {@link Affiliation} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface AffiliationSchema extends z.ZodObject<typeof AffiliationShape, z.core.$strict> {}

/**
 * A tie between an actor and another: a state's membership of a bloc, an official's
 * service to a government, a militia's backer.
 * @example
 * ```ts
 * Affiliation.parse({ actorId: "european-union", relation: "member-of", evidenceIds: ["ev-eu-member"] });
 * ```
 * @group Actors
 */
export const Affiliation: AffiliationSchema = /* @__PURE__ */ z
  .strictObject(AffiliationShape)
  .meta({ title: "Affiliation", description: "A tie between the actor and another: member-of, works-for, allied-with and so on." });
export type Affiliation = z.infer<typeof Affiliation>;
/**
 * What the {@link Affiliation} schema accepts: ids as plain strings.
 * @group Actors
 */
export type AffiliationInput = z.input<typeof Affiliation>;

const ActorFieldsShape = {
  /** Unique id of this actor. */
  id: ActorId,
  /** The name the article uses first, or its fullest form; for an actor it does not name, the words that stand for it ("a senior Western diplomat"). */
  name: z
    .string()
    .min(1)
    .meta({
      description:
        "The actor's name as the article gives it first, or in its fullest form; for an actor the article does not name, the words it uses, such as \"a senior Western diplomat\".",
    }),
  /** Other names the article uses. */
  aliases: z.array(Alias).optional().meta({ description: "Other names the article uses for the actor." }),
  /** Words that describe it: titles, ranks, origins, status, stance ("senior", "former", "hardline"). */
  descriptors: z.array(Descriptor).optional().meta({ description: "Words the article uses to describe the actor: its title, rank, origin, status or stance." }),
  /** Its ties to other actors ("EU-member", "allied with the African Union"). */
  affiliations: z.array(Affiliation).optional().meta({ description: "The actor's ties to other actors, such as membership of a bloc." }),
  /** Ids in other vocabularies. */
  externalIds: ExternalIds.optional(),
  ...factFields("an actor"),
};

/**
 * The fields every kind of actor has: its id, name, other names and ids elsewhere,
 * and the fields of every {@link Fact}.
 * @group Actors
 */
export type ActorFields = z.infer<z.ZodObject<typeof ActorFieldsShape, z.core.$strict>>;

const NativeNameShape = {
  /** The name in its own script. */
  text: z.string().min(1).meta({ description: "The name written in its own script." }),
  /** The ISO 15924 script code ("Jpan", "Hang"). */
  script: z
    .string()
    .regex(/^[A-Z][a-z]{3}$/, { error: 'must be an ISO 15924 script code such as "Hang"' })
    .meta({ description: 'The ISO 15924 code of the script, such as "Jpan" or "Hang".' }),
};

/** The type of the {@link NativeName} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface NativeNameSchema extends z.ZodObject<typeof NativeNameShape, z.core.$strict> {}

/**
 * A name written in its own script, with the ISO 15924 script code.
 * @example
 * ```ts
 * NativeName.parse({ text: "김계관", script: "Hang" });
 * ```
 * @group Actors
 */
export const NativeName: NativeNameSchema = /* @__PURE__ */ z
  .strictObject(NativeNameShape)
  .meta({ title: "NativeName", description: "A name written in its own script, with its ISO 15924 script code." });
export type NativeName = z.infer<typeof NativeName>;

const PersonShape = {
  /** Discriminant. */
  kind: z.literal(ActorKind.enum.person).meta({ description: "A named person." }),
  ...ActorFieldsShape,
  /** Family name, where the order of the name matters ("Kim" in "Kim Kye Gwan"). */
  familyName: z.string().min(1).optional().meta({ description: "The family name, such as \"Kim\" in \"Kim Kye Gwan\"." }),
  /** Given name. */
  givenName: z.string().min(1).optional().meta({ description: "The given name, such as \"Kye Gwan\"." }),
  /** The name in its own script. */
  nativeName: NativeName.optional(),
  /** Ids of the states whose nationals the person is. */
  nationalityIds: z
    .array(reference(ActorId, { role: "a nationality", kinds: ["state"] }))
    .optional()
    .meta({ description: "Ids of the states the person is a national of." }),
};

/** The type of the {@link Person} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface PersonSchema extends z.ZodObject<typeof PersonShape, z.core.$strict> {}

/**
 * A named person, such as a delegate or a minister.
 *
 * @remarks A person's titles are {@link Post}s and their places in delegations are
 * {@link DelegationMember}s, so that each can carry its own time and evidence.
 * Maps to Popolo `Person` and schema.org `Person`.
 * @example
 * ```ts
 * Person.parse({
 *   kind: "person",
 *   id: "kim-kye-gwan",
 *   name: "Kim Kye Gwan",
 *   familyName: "Kim",
 *   givenName: "Kye Gwan",
 *   aliases: [{ text: "Kim", kind: "name" }],
 *   nationalityIds: ["north-korea"],
 *   evidenceIds: ["ev-kim"],
 * });
 * ```
 * @see https://www.popoloproject.com/specs/person.html
 * @group Actors
 */
export const Person: PersonSchema = /* @__PURE__ */ z
  .strictObject(PersonShape)
  .meta({ title: "Person", description: "A named person, such as a delegate or a minister." });
export type Person = z.infer<typeof Person>;
export type PersonInput = z.input<typeof Person>;

const StateShape = {
  /** Discriminant. */
  kind: z.literal(ActorKind.enum.state).meta({ description: "A sovereign state, standing for its government." }),
  ...ActorFieldsShape,
  /** ISO 3166-1 alpha-3 code ("JPN"). */
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 code such as "JPN"' })
    .optional()
    .meta({ description: 'The ISO 3166-1 alpha-3 code, such as "JPN".' }),
  /** ISO 3166-1 alpha-2 code ("JP"). */
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "JP"' })
    .optional()
    .meta({ description: 'The ISO 3166-1 alpha-2 code, such as "JP".' }),
};

/** The type of the {@link State} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface StateSchema extends z.ZodObject<typeof StateShape, z.core.$strict> {}

/**
 * A state, standing for its government: Japan, North Korea.
 *
 * @remarks The article names states by their capitals too ("Tokyo's demand"): list
 * those as aliases of kind `metonym`, not as separate actors. Maps to schema.org
 * `Country` and CAMEO country codes.
 * @example
 * ```ts
 * State.parse({
 *   kind: "state",
 *   id: "japan",
 *   name: "Japan",
 *   iso3: "JPN",
 *   iso2: "JP",
 *   aliases: [{ text: "Tokyo", kind: "metonym" }],
 *   evidenceIds: ["ev-japan"],
 * });
 * ```
 * @group Actors
 */
export const State: StateSchema = /* @__PURE__ */ z
  .strictObject(StateShape)
  .meta({ title: "State", description: "A sovereign state, standing for its government; capitals that stand for it are metonym aliases." });
export type State = z.infer<typeof State>;
export type StateInput = z.input<typeof State>;

/**
 * What kind of organisation an {@link Organization} is.
 *
 * @remarks
 * - `government`: a government as a body ("the Japanese government").
 * - `ministry`: a ministry ("the Foreign Ministry").
 * - `bureau`: a bureau or department inside a ministry ("Asian and Oceanian Affairs Bureau").
 * - `intergovernmental`: a body of several states (the UN, the IAEA).
 * - `legislature`, `party`, `military`: as named.
 * - `media`: a newspaper, agency or broadcaster.
 * - `other`: anything else.
 * @group Actors
 */
export const OrganizationKind = /* @__PURE__ */ z
  .enum(["government", "ministry", "bureau", "intergovernmental", "legislature", "party", "military", "media", "other"])
  .meta({
    description:
      "What kind of organisation: government, ministry, bureau (inside a ministry), intergovernmental, legislature, party, military, media or other.",
  });
export type OrganizationKind = z.infer<typeof OrganizationKind>;

const OrganizationShape = {
  /** Discriminant. */
  kind: z.literal(ActorKind.enum.organization).meta({ description: "An organisation, such as a ministry or a bureau of one." }),
  ...ActorFieldsShape,
  /** What kind of organisation. */
  organizationKind: OrganizationKind,
  /** The organisation it is part of: a bureau's ministry, a ministry's state. */
  parentId: reference(ActorId, {
    role: "the parent of an organization",
    kinds: ["state", "organization"],
    description: "Id of the organisation or state it is part of: a bureau's ministry, a ministry's state.",
  }).optional(),
  /** Where it is based, where the article says ("the Geneva-based commission"). */
  placeId: reference(PlaceId, { role: "the seat of an organization", description: "Id of the place where the organisation is based." }).optional(),
  /** The state it belongs to. */
  countryId: reference(ActorId, {
    role: "the country of an organization",
    kinds: ["state"],
    description: "Id of the state the organisation belongs to.",
  }).optional(),
};

/** The type of the {@link Organization} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface OrganizationSchema extends z.ZodObject<typeof OrganizationShape, z.core.$strict> {}

/**
 * An organisation: a ministry, a bureau within one, an intergovernmental body.
 *
 * @remarks Nest bureaus in ministries, and ministries in states, with `parentId`;
 * {@link validateDocument} rejects a cycle and a parent that is not an organisation or
 * a state. Maps to Popolo `Organization` and schema.org `GovernmentOrganization`.
 * @example
 * ```ts
 * Organization.parse({
 *   kind: "organization",
 *   id: "jp-mofa-asian-oceanian-bureau",
 *   name: "Asian and Oceanian Affairs Bureau",
 *   organizationKind: "bureau",
 *   parentId: "jp-mofa",
 *   countryId: "japan",
 *   evidenceIds: ["ev-saiki-post"],
 * });
 * ```
 * @see https://www.popoloproject.com/specs/organization.html
 * @group Actors
 */
export const Organization: OrganizationSchema = /* @__PURE__ */ z
  .strictObject(OrganizationShape)
  .meta({ title: "Organization", description: "An organisation, such as a ministry or a bureau within one, nested by parentId." });
export type Organization = z.infer<typeof Organization>;
export type OrganizationInput = z.input<typeof Organization>;

const GroupCountShape = {
  /** The number the article gives. */
  value: z.int().nonnegative().meta({ description: "The number of people the article gives." }),
  /** How exact it is. */
  exactness: CountExactness,
};

/** The type of the {@link GroupCount} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface GroupCountSchema extends z.ZodObject<typeof GroupCountShape, z.core.$strict> {}

/**
 * The size of a counted group.
 * @example
 * ```ts
 * GroupCount.parse({ value: 10, exactness: "exact" });
 * ```
 * @group Actors
 */
export const GroupCount: GroupCountSchema = /* @__PURE__ */ z
  .strictObject(GroupCountShape)
  .meta({ title: "GroupCount", description: "The size of a counted group and how exact it is." });
export type GroupCount = z.infer<typeof GroupCount>;

const GroupRelationShape = {
  /** How the group relates to the other actor ("families of"). */
  relation: z.string().min(1).meta({ description: "How this group relates to the other actor, such as \"families of\"." }),
  /** The other actor. */
  actorId: reference(ActorId, { role: "the actor a group is defined through", description: "Id of the actor this group is defined by." }),
};

/** The type of the {@link GroupRelation} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface GroupRelationSchema extends z.ZodObject<typeof GroupRelationShape, z.core.$strict> {}

/**
 * A group defined through another actor: "the families of five abductees".
 * @example
 * ```ts
 * GroupRelation.parse({ relation: "families of", actorId: "five-abductees" });
 * ```
 * @group Actors
 */
export const GroupRelation: GroupRelationSchema = /* @__PURE__ */ z
  .strictObject(GroupRelationShape)
  .meta({ title: "GroupRelation", description: "How a group is defined through another actor, such as \"families of\" the five abductees." });
export type GroupRelation = z.infer<typeof GroupRelation>;
export type GroupRelationInput = z.input<typeof GroupRelation>;

const CountedGroupShape = {
  /** Discriminant. */
  kind: z.literal(ActorKind.enum["counted-group"]).meta({ description: "A set of people who are counted or described but not named." }),
  ...ActorFieldsShape,
  /** How many, where the article says. */
  count: GroupCount.optional(),
  /** What makes them a group, in the article's terms. */
  criterion: z.string().min(1).meta({
    description: "What makes these people a group, in the article's terms, such as \"recognized by Japan as having been abducted by North Korea\".",
  }),
  /** The actor the group is defined through. */
  relatedTo: GroupRelation.optional(),
  /** Ids of the larger counted groups this group is part of ("10 other people" of those Japan recognises as abducted); counted groups only, not states or organisations. */
  subsetOfIds: z
    .array(reference(ActorId, { role: "the larger group of a group", kinds: ["counted-group"], description: "Id of a larger counted group this group is part of." }))
    .optional()
    .meta({ description: "Ids of the larger counted groups this group is part of (counted groups only, not states or organisations)." }),
};

/** The type of the {@link CountedGroup} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface CountedGroupSchema extends z.ZodObject<typeof CountedGroupShape, z.core.$strict> {}

/**
 * People the article counts or describes but does not name: "the five abductees",
 * "the families of five abductees", "10 other people recognized by Japan as having been
 * abducted".
 *
 * @remarks `count` is absent where the article gives none ("the families").
 * @example
 * ```ts
 * CountedGroup.parse({
 *   kind: "counted-group",
 *   id: "ten-others",
 *   name: "10 other people",
 *   count: { value: 10, exactness: "exact" },
 *   criterion: "recognized by Japan as having been abducted by North Korea",
 *   evidenceIds: ["ev-ten-others"],
 * });
 * ```
 * @group Actors
 */
export const CountedGroup: CountedGroupSchema = /* @__PURE__ */ z
  .strictObject(CountedGroupShape)
  .meta({ title: "CountedGroup", description: "People the article counts or describes but does not name, with the count and what makes them a group." });
export type CountedGroup = z.infer<typeof CountedGroup>;
export type CountedGroupInput = z.input<typeof CountedGroup>;

const UnnamedSourceShape = {
  /** Discriminant. */
  kind: z.literal(ActorKind.enum["unnamed-source"]).meta({ description: "A source the article does not name." }),
  ...ActorFieldsShape,
  /** Whether the article speaks of several ("sources", "officials"). */
  plural: z.boolean().meta({ description: "True where the article speaks of several (\"sources\", \"officials\")." }),
  /** The state or organisation they belong to, where the article says ("Japanese officials"). */
  affiliationId: reference(ActorId, {
    role: "the affiliation of an unnamed source",
    kinds: ["state", "organization"],
    description: "Id of the state or organisation the source belongs to, where the article says (\"Japanese officials\").",
  }).optional(),
};

/** The type of the {@link UnnamedSource} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface UnnamedSourceSchema extends z.ZodObject<typeof UnnamedSourceShape, z.core.$strict> {}

/**
 * A source the article does not name: "diplomatic sources", "Japanese officials".
 * @example
 * ```ts
 * UnnamedSource.parse({
 *   kind: "unnamed-source",
 *   id: "japanese-officials",
 *   name: "Japanese officials",
 *   plural: true,
 *   affiliationId: "japan",
 *   evidenceIds: ["ev-japanese-officials"],
 * });
 * ```
 * @group Actors
 */
export const UnnamedSource: UnnamedSourceSchema = /* @__PURE__ */ z
  .strictObject(UnnamedSourceShape)
  .meta({ title: "UnnamedSource", description: "A source the article does not name, such as \"diplomatic sources\" or \"Japanese officials\"." });
export type UnnamedSource = z.infer<typeof UnnamedSource>;
export type UnnamedSourceInput = z.input<typeof UnnamedSource>;

/**
 * Anyone who acts or speaks in the article: a {@link Person}, a {@link State}, an
 * {@link Organization}, a {@link CountedGroup} or an {@link UnnamedSource},
 * told apart by `kind`.
 * @example
 * ```ts
 * Actor.parse({ kind: "state", id: "north-korea", name: "North Korea", evidenceIds: [] }).kind;
 * //=> "state"
 * ```
 * @group Actors
 */
export const Actor: z.ZodDiscriminatedUnion<[typeof Person, typeof State, typeof Organization, typeof CountedGroup, typeof UnnamedSource], "kind"> = /* @__PURE__ */ z
  .discriminatedUnion("kind", [Person, State, Organization, CountedGroup, UnnamedSource])
  .meta({
    title: "Actor",
    description: "Anyone who acts or speaks in the article: a person, state, organization, counted-group or unnamed-source, told apart by kind.",
  });
export type Actor = z.infer<typeof Actor>;
export type ActorInput = z.input<typeof Actor>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The compiler holds the union to ActorKind: a kind without its schema, or a schema of
// another kind, fails to compile here.
true satisfies Same<Actor["kind"], ActorKind>;

/**
 * Tells whether an actor is a person.
 * @example
 * ```ts
 * isPerson(actor) && actor.familyName;
 * ```
 * @group Actors
 */
export function isPerson(actor: Actor): actor is Person {
  return actor.kind === "person";
}

/**
 * Tells whether an actor is a state.
 * @group Actors
 */
export function isState(actor: Actor): actor is State {
  return actor.kind === "state";
}

/**
 * Tells whether an actor is an organisation.
 * @group Actors
 */
export function isOrganization(actor: Actor): actor is Organization {
  return actor.kind === "organization";
}
