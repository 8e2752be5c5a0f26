import * as z from "zod";
import type { NamedObject, NamedSchema } from "./named-schema.js";
import { ActorId, EvidenceId, type AttributionId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

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
export const AliasKind: z.ZodEnum<{ [Value in AliasKind]: Value }> = /* @__PURE__ */ z
  .enum(["name", "metonym", "descriptor", "demonym", "abbreviation"])
  .register(z.globalRegistry, {
    description:
      "What kind of name the alias is: another name, a metonym (a capital for its government), a descriptor (\"the North\"), a demonym or an abbreviation.",
  });
/** @group Actors */
export type AliasKind = "name" | "metonym" | "descriptor" | "demonym" | "abbreviation";

const AliasShape = {
  /** The words the article uses. */
  text: z.string().min(1).register(z.globalRegistry, { description: "Another way the article names the actor, as written." }),
  /** What kind of name it is. */
  kind: AliasKind as typeof AliasKind,
  /** Ids of spans that use this alias. */
  evidenceIds: z.array(EvidenceId).optional().register(z.globalRegistry, { description: "Ids of evidence spans where the article uses this alias." }),
};
// Alias's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const AliasType: z.ZodObject<typeof AliasShape, z.core.$strict>;

/**
 * Another way the article names an actor: a short name, or a metonym such as "Tokyo"
 * for the Japanese government.
 * @example
 * ```ts
 * Alias.parse({ text: "Pyongyang", kind: "metonym" });
 * ```
 * @group Actors
 */
export const Alias: NamedObject<typeof AliasType.shape, Alias, AliasInput> = /* @__PURE__ */ z
  .strictObject(AliasShape)
  .register(z.globalRegistry, { title: "Alias", description: "Another way the article names an actor, such as a metonym (\"Tokyo\" for Japan's government)." });
/**
 * What the `Alias` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type Alias = {
  /** The words the article uses. */
  text: string;
  /** What kind of name it is. */
  kind: AliasKind;
  /** Ids of spans that use this alias. */
  evidenceIds?: EvidenceId[] | undefined;
};
/**
 * What the `Alias` schema accepts: {@link Alias} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type AliasInput = {
  /** The words the article uses. */
  text: string;
  /** What kind of name it is. */
  kind: AliasKind;
  /** Ids of spans that use this alias. */
  evidenceIds?: string[] | undefined;
};

const ExternalIdsShape = {
  /** A Wikidata item id ("Q17"). */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as "Q17"' })
    .optional()
    .register(z.globalRegistry, { description: 'The Wikidata item id, such as "Q17" for Japan.' }),
  /** A CAMEO actor code ("JPN", "PRKGOV"). */
  cameo: z
    .string()
    .regex(/^[A-Z]{3}(?:[A-Z]{3})*$/, { error: 'must be a CAMEO actor code: groups of three capital letters such as "PRKGOV"' })
    .optional()
    .register(z.globalRegistry, { description: 'The CAMEO actor code: groups of three capital letters, such as "JPN" or "PRKGOV".' }),
};
// ExternalIds's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const ExternalIdsType: z.ZodObject<typeof ExternalIdsShape, z.core.$strict>;

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
export const ExternalIds: NamedObject<typeof ExternalIdsType.shape, ExternalIds, ExternalIdsInput> = /* @__PURE__ */ z
  .strictObject(ExternalIdsShape)
  .register(z.globalRegistry, { title: "ExternalIds", description: "Ids of the actor in other vocabularies: Wikidata, CAMEO." });
/**
 * What the `ExternalIds` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type ExternalIds = {
  /** A Wikidata item id ("Q17"). */
  wikidata?: string | undefined;
  /** A CAMEO actor code ("JPN", "PRKGOV"). */
  cameo?: string | undefined;
};
/**
 * What the `ExternalIds` schema accepts: the same as it gives, {@link ExternalIds}.
 * @group Actors
 */
export type ExternalIdsInput = ExternalIds;

const actorCommon = {
  /** Unique id of this actor. */
  id: ActorId as typeof ActorId,
  /** The name the article uses first, or its fullest form. */
  name: z.string().min(1).register(z.globalRegistry, { description: "The actor's name as the article gives it first, or in its fullest form." }),
  /** Other names the article uses. */
  aliases: z.array(Alias).optional().register(z.globalRegistry, { description: "Other names the article uses for the actor." }) as z.ZodOptional<z.ZodArray<NamedSchema<Alias, AliasInput>>>,
  /** Ids in other vocabularies. */
  externalIds: ExternalIds.optional() as z.ZodOptional<NamedSchema<ExternalIds, ExternalIdsInput>>,
  ...FactFields,
};

const NativeNameShape = {
  /** The name in its own script. */
  text: z.string().min(1).register(z.globalRegistry, { description: "The name written in its own script." }),
  /** The ISO 15924 script code ("Jpan", "Hang"). */
  script: z
    .string()
    .regex(/^[A-Z][a-z]{3}$/, { error: 'must be an ISO 15924 script code such as "Hang"' })
    .register(z.globalRegistry, { description: 'The ISO 15924 code of the script, such as "Jpan" or "Hang".' }),
};
// NativeName's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const NativeNameType: z.ZodObject<typeof NativeNameShape, z.core.$strict>;

/**
 * A name written in its own script, with the ISO 15924 script code.
 * @example
 * ```ts
 * NativeName.parse({ text: "김계관", script: "Hang" });
 * ```
 * @group Actors
 */
export const NativeName: NamedObject<typeof NativeNameType.shape, NativeName, NativeNameInput> = /* @__PURE__ */ z
  .strictObject(NativeNameShape)
  .register(z.globalRegistry, { title: "NativeName", description: "A name written in its own script, with its ISO 15924 script code." });
/**
 * What the `NativeName` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type NativeName = {
  /** The name in its own script. */
  text: string;
  /** The ISO 15924 script code ("Jpan", "Hang"). */
  script: string;
};
/**
 * What the `NativeName` schema accepts: the same as it gives, {@link NativeName}.
 * @group Actors
 */
export type NativeNameInput = NativeName;

const PersonShape = {
  /** Discriminant. */
  kind: z.literal("person").register(z.globalRegistry, { description: "A named person." }),
  ...actorCommon,
  /** Family name, where the order of the name matters ("Kim" in "Kim Kye Gwan"). */
  familyName: z.string().min(1).optional().register(z.globalRegistry, { description: "The family name, such as \"Kim\" in \"Kim Kye Gwan\"." }),
  /** Given name. */
  givenName: z.string().min(1).optional().register(z.globalRegistry, { description: "The given name, such as \"Kye Gwan\"." }),
  /** The name in its own script. */
  nativeName: NativeName.optional() as z.ZodOptional<NamedSchema<NativeName, NativeNameInput>>,
  /** Ids of the states whose nationals the person is. */
  nationalityIds: z.array(ActorId).optional().register(z.globalRegistry, { description: "Ids of the states the person is a national of." }),
};
// Person's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const PersonType: z.ZodObject<typeof PersonShape, z.core.$strict>;

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
export const Person: NamedObject<typeof PersonType.shape, Person, PersonInput> = /* @__PURE__ */ z
  .strictObject(PersonShape)
  .register(z.globalRegistry, { title: "Person", description: "A named person, such as a delegate or a minister." });
/**
 * The fields every kind of actor has, as the schemas give them: its id, name, other
 * names and ids elsewhere, and the fields of every {@link Fact}.
 * @group Actors
 */
export type ActorFields = Fact & {
  /** Unique id of this actor. */
  id: ActorId;
  /** The name the article uses first, or its fullest form. */
  name: string;
  /** Other names the article uses. */
  aliases?: Alias[] | undefined;
  /** Ids in other vocabularies. */
  externalIds?: ExternalIds | undefined;
};

/**
 * The fields every kind of actor has, as a schema accepts them: {@link ActorFields} with
 * ids as plain strings.
 * @group Actors
 */
export type ActorFieldsInput = FactInput & {
  /** Unique id of this actor. */
  id: string;
  /** The name the article uses first, or its fullest form. */
  name: string;
  /** Other names the article uses. */
  aliases?: AliasInput[] | undefined;
  /** Ids in other vocabularies. */
  externalIds?: ExternalIdsInput | undefined;
};

/**
 * What the `Person` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type Person = ActorFields & {
  /** Discriminant. */
  kind: "person";
  /** Family name, where the order of the name matters ("Kim" in "Kim Kye Gwan"). */
  familyName?: string | undefined;
  /** Given name. */
  givenName?: string | undefined;
  /** The name in its own script. */
  nativeName?: NativeName | undefined;
  /** Ids of the states whose nationals the person is. */
  nationalityIds?: ActorId[] | undefined;
};
/**
 * What the `Person` schema accepts: {@link Person} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type PersonInput = ActorFieldsInput & {
  /** Discriminant. */
  kind: "person";
  /** Family name, where the order of the name matters ("Kim" in "Kim Kye Gwan"). */
  familyName?: string | undefined;
  /** Given name. */
  givenName?: string | undefined;
  /** The name in its own script. */
  nativeName?: NativeNameInput | undefined;
  /** Ids of the states whose nationals the person is. */
  nationalityIds?: string[] | undefined;
};

const StateShape = {
  /** Discriminant. */
  kind: z.literal("state").register(z.globalRegistry, { description: "A sovereign state, standing for its government." }),
  ...actorCommon,
  /** ISO 3166-1 alpha-3 code ("JPN"). */
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 code such as "JPN"' })
    .optional()
    .register(z.globalRegistry, { description: 'The ISO 3166-1 alpha-3 code, such as "JPN".' }),
  /** ISO 3166-1 alpha-2 code ("JP"). */
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "JP"' })
    .optional()
    .register(z.globalRegistry, { description: 'The ISO 3166-1 alpha-2 code, such as "JP".' }),
};
// State's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const StateType: z.ZodObject<typeof StateShape, z.core.$strict>;

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
export const State: NamedObject<typeof StateType.shape, State, StateInput> = /* @__PURE__ */ z
  .strictObject(StateShape)
  .register(z.globalRegistry, { title: "State", description: "A sovereign state, standing for its government; capitals that stand for it are metonym aliases." });
/**
 * What the `State` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type State = ActorFields & {
  /** Discriminant. */
  kind: "state";
  /** ISO 3166-1 alpha-3 code ("JPN"). */
  iso3?: string | undefined;
  /** ISO 3166-1 alpha-2 code ("JP"). */
  iso2?: string | undefined;
};
/**
 * What the `State` schema accepts: {@link State} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type StateInput = ActorFieldsInput & {
  /** Discriminant. */
  kind: "state";
  /** ISO 3166-1 alpha-3 code ("JPN"). */
  iso3?: string | undefined;
  /** ISO 3166-1 alpha-2 code ("JP"). */
  iso2?: string | undefined;
};

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
export const OrganizationKind: z.ZodEnum<{ [Value in OrganizationKind]: Value }> = /* @__PURE__ */ z
  .enum(["government", "ministry", "bureau", "intergovernmental", "legislature", "party", "military", "media", "other"])
  .register(z.globalRegistry, {
    description:
      "What kind of organisation: government, ministry, bureau (inside a ministry), intergovernmental, legislature, party, military, media or other.",
  });
/** @group Actors */
export type OrganizationKind = "government" | "ministry" | "bureau" | "intergovernmental" | "legislature" | "party" | "military" | "media" | "other";

const OrganizationShape = {
  /** Discriminant. */
  kind: z.literal("organization").register(z.globalRegistry, { description: "An organisation, such as a ministry or a bureau of one." }),
  ...actorCommon,
  /** What kind of organisation. */
  organizationKind: OrganizationKind as typeof OrganizationKind,
  /** The organisation it is part of: a bureau's ministry, a ministry's state. */
  parentId: ActorId.optional().register(z.globalRegistry, {
    description: "Id of the organisation or state it is part of: a bureau's ministry, a ministry's state.",
  }),
  /** The state it belongs to. */
  countryId: ActorId.optional().register(z.globalRegistry, { description: "Id of the state the organisation belongs to." }),
};
// Organization's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const OrganizationType: z.ZodObject<typeof OrganizationShape, z.core.$strict>;

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
export const Organization: NamedObject<typeof OrganizationType.shape, Organization, OrganizationInput> = /* @__PURE__ */ z
  .strictObject(OrganizationShape)
  .register(z.globalRegistry, { title: "Organization", description: "An organisation, such as a ministry or a bureau within one, nested by parentId." });
/**
 * What the `Organization` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type Organization = ActorFields & {
  /** Discriminant. */
  kind: "organization";
  /** What kind of organisation. */
  organizationKind: OrganizationKind;
  /** The organisation it is part of: a bureau's ministry, a ministry's state. */
  parentId?: ActorId | undefined;
  /** The state it belongs to. */
  countryId?: ActorId | undefined;
};
/**
 * What the `Organization` schema accepts: {@link Organization} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type OrganizationInput = ActorFieldsInput & {
  /** Discriminant. */
  kind: "organization";
  /** What kind of organisation. */
  organizationKind: OrganizationKind;
  /** The organisation it is part of: a bureau's ministry, a ministry's state. */
  parentId?: string | undefined;
  /** The state it belongs to. */
  countryId?: string | undefined;
};

/**
 * How exact the count of a {@link CountedGroup} is.
 *
 * @remarks `exact` ("five abductees"), `approximate` ("about 100"), `at-least` ("more
 * than 10"), `at-most` ("up to 10").
 * @group Actors
 */
export const CountExactness: z.ZodEnum<{ [Value in CountExactness]: Value }> = /* @__PURE__ */ z
  .enum(["exact", "approximate", "at-least", "at-most"])
  .register(z.globalRegistry, { description: "How exact the count is: exact, approximate, at-least or at-most." });
/** @group Actors */
export type CountExactness = "exact" | "approximate" | "at-least" | "at-most";

const GroupCountShape = {
  /** The number the article gives. */
  value: z.int().nonnegative().register(z.globalRegistry, { description: "The number of people the article gives." }),
  /** How exact it is. */
  exactness: CountExactness as typeof CountExactness,
};
// GroupCount's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const GroupCountType: z.ZodObject<typeof GroupCountShape, z.core.$strict>;

/**
 * The size of a counted group.
 * @example
 * ```ts
 * GroupCount.parse({ value: 10, exactness: "exact" });
 * ```
 * @group Actors
 */
export const GroupCount: NamedObject<typeof GroupCountType.shape, GroupCount, GroupCountInput> = /* @__PURE__ */ z
  .strictObject(GroupCountShape)
  .register(z.globalRegistry, { title: "GroupCount", description: "The size of a counted group and how exact it is." });
/**
 * What the `GroupCount` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type GroupCount = {
  /** The number the article gives. */
  value: number;
  /** How exact it is. */
  exactness: CountExactness;
};
/**
 * What the `GroupCount` schema accepts: the same as it gives, {@link GroupCount}.
 * @group Actors
 */
export type GroupCountInput = GroupCount;

const GroupRelationShape = {
  /** How the group relates to the other actor ("families of"). */
  relation: z.string().min(1).register(z.globalRegistry, { description: "How this group relates to the other actor, such as \"families of\"." }),
  /** The other actor. */
  actorId: ActorId.meta({ description: "Id of the actor this group is defined by." }),
};
// GroupRelation's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const GroupRelationType: z.ZodObject<typeof GroupRelationShape, z.core.$strict>;

/**
 * A group defined through another actor: "the families of five abductees".
 * @example
 * ```ts
 * GroupRelation.parse({ relation: "families of", actorId: "five-abductees" });
 * ```
 * @group Actors
 */
export const GroupRelation: NamedObject<typeof GroupRelationType.shape, GroupRelation, GroupRelationInput> = /* @__PURE__ */ z
  .strictObject(GroupRelationShape)
  .register(z.globalRegistry, { title: "GroupRelation", description: "How a group is defined through another actor, such as \"families of\" the five abductees." });
/**
 * What the `GroupRelation` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type GroupRelation = {
  /** How the group relates to the other actor ("families of"). */
  relation: string;
  /** The other actor. */
  actorId: ActorId;
};
/**
 * What the `GroupRelation` schema accepts: {@link GroupRelation} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type GroupRelationInput = {
  /** How the group relates to the other actor ("families of"). */
  relation: string;
  /** The other actor. */
  actorId: string;
};

const CountedGroupShape = {
  /** Discriminant. */
  kind: z.literal("counted-group").register(z.globalRegistry, { description: "A set of people who are counted or described but not named." }),
  ...actorCommon,
  /** How many, where the article says. */
  count: GroupCount.optional() as z.ZodOptional<NamedSchema<GroupCount, GroupCountInput>>,
  /** What makes them a group, in the article's terms. */
  criterion: z.string().min(1).register(z.globalRegistry, {
    description: "What makes these people a group, in the article's terms, such as \"recognized by Japan as having been abducted by North Korea\".",
  }),
  /** The actor the group is defined through. */
  relatedTo: GroupRelation.optional() as z.ZodOptional<NamedSchema<GroupRelation, GroupRelationInput>>,
  /** Ids of states or groups the group is a subset of. */
  subsetOfIds: z.array(ActorId).optional().register(z.globalRegistry, { description: "Ids of larger groups this group is part of." }),
};
// CountedGroup's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const CountedGroupType: z.ZodObject<typeof CountedGroupShape, z.core.$strict>;

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
export const CountedGroup: NamedObject<typeof CountedGroupType.shape, CountedGroup, CountedGroupInput> = /* @__PURE__ */ z
  .strictObject(CountedGroupShape)
  .register(z.globalRegistry, { title: "CountedGroup", description: "People the article counts or describes but does not name, with the count and what makes them a group." });
/**
 * What the `CountedGroup` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type CountedGroup = ActorFields & {
  /** Discriminant. */
  kind: "counted-group";
  /** How many, where the article says. */
  count?: GroupCount | undefined;
  /** What makes them a group, in the article's terms. */
  criterion: string;
  /** The actor the group is defined through. */
  relatedTo?: GroupRelation | undefined;
  /** Ids of states or groups the group is a subset of. */
  subsetOfIds?: ActorId[] | undefined;
};
/**
 * What the `CountedGroup` schema accepts: {@link CountedGroup} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type CountedGroupInput = ActorFieldsInput & {
  /** Discriminant. */
  kind: "counted-group";
  /** How many, where the article says. */
  count?: GroupCountInput | undefined;
  /** What makes them a group, in the article's terms. */
  criterion: string;
  /** The actor the group is defined through. */
  relatedTo?: GroupRelationInput | undefined;
  /** Ids of states or groups the group is a subset of. */
  subsetOfIds?: string[] | undefined;
};

const UnnamedSourceShape = {
  /** Discriminant. */
  kind: z.literal("unnamed-source").register(z.globalRegistry, { description: "A source the article does not name." }),
  ...actorCommon,
  /** Whether the article speaks of several ("sources", "officials"). */
  plural: z.boolean().register(z.globalRegistry, { description: "True where the article speaks of several (\"sources\", \"officials\")." }),
  /** The state or organisation they belong to, where the article says ("Japanese officials"). */
  affiliationId: ActorId.optional().register(z.globalRegistry, {
    description: "Id of the state or organisation the source belongs to, where the article says (\"Japanese officials\").",
  }),
};
// UnnamedSource's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const UnnamedSourceType: z.ZodObject<typeof UnnamedSourceShape, z.core.$strict>;

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
export const UnnamedSource: NamedObject<typeof UnnamedSourceType.shape, UnnamedSource, UnnamedSourceInput> = /* @__PURE__ */ z
  .strictObject(UnnamedSourceShape)
  .register(z.globalRegistry, { title: "UnnamedSource", description: "A source the article does not name, such as \"diplomatic sources\" or \"Japanese officials\"." });
/**
 * What the `UnnamedSource` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Actors
 */
export type UnnamedSource = ActorFields & {
  /** Discriminant. */
  kind: "unnamed-source";
  /** Whether the article speaks of several ("sources", "officials"). */
  plural: boolean;
  /** The state or organisation they belong to, where the article says ("Japanese officials"). */
  affiliationId?: ActorId | undefined;
};
/**
 * What the `UnnamedSource` schema accepts: {@link UnnamedSource} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Actors
 */
export type UnnamedSourceInput = ActorFieldsInput & {
  /** Discriminant. */
  kind: "unnamed-source";
  /** Whether the article speaks of several ("sources", "officials"). */
  plural: boolean;
  /** The state or organisation they belong to, where the article says ("Japanese officials"). */
  affiliationId?: string | undefined;
};

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
  .register(z.globalRegistry, {
    title: "Actor",
    description: "Anyone who acts or speaks in the article: a person, state, organization, counted-group or unnamed-source, told apart by kind.",
  });
/** @group Actors */
export type Actor = Person | State | Organization | CountedGroup | UnnamedSource;
/**
 * What the `Actor` schema accepts: one of {@link PersonInput}, {@link StateInput}, {@link OrganizationInput}, {@link CountedGroupInput}, {@link UnnamedSourceInput}.
 * @group Actors
 */
export type ActorInput = PersonInput | StateInput | OrganizationInput | CountedGroupInput | UnnamedSourceInput;

/**
 * The kinds of actor: `"person" | "state" | "organization" | "counted-group" | "unnamed-source"`.
 * @group Actors
 */
export type ActorKind = Actor["kind"];

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
