import * as z from "zod";
import { factFields } from "./fact.js";
import { EvidenceId, PlaceId, reference } from "./id.js";

/**
 * What kind of place a place is.
 *
 * @remarks
 * - `venue`: a building or site ("the Diaoyutai State Guesthouse", "the border crossing").
 * - `city`: a city, town or village ("Beijing").
 * - `district`: a part of a city or a county.
 * - `region`: a province, state or other region within a country ("the border province").
 * - `country`: a country as a territory ("in Japan").
 * - `area`: a region that crosses borders ("the Korean peninsula", "the Middle East").
 * - `water`: a sea, river or strait ("the Sea of Japan").
 * - `other`: anything else.
 *
 * A country as a government that acts is an {@link Actor} of kind `state`; as the
 * ground where something happens it is a place of kind `country`.
 * @group Places
 */
export const PlaceKind = /* @__PURE__ */ z
  .enum(["venue", "city", "district", "region", "country", "area", "water", "other"])
  .meta({ description: "What kind of place: venue, city, district, region, country, area (across borders), water or other." });
export type PlaceKind = z.infer<typeof PlaceKind>;

const CoordinatesShape = {
  /** Latitude in degrees, north positive (WGS 84). */
  latitude: z.number().min(-90).max(90).meta({ description: "Latitude in decimal degrees (WGS 84), north positive." }),
  /** Longitude in degrees, east positive (WGS 84). */
  longitude: z.number().min(-180).max(180).meta({ description: "Longitude in decimal degrees (WGS 84), east positive." }),
};

/** The type of the {@link Coordinates} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface CoordinatesSchema extends z.ZodObject<typeof CoordinatesShape, z.core.$strict> {}

/**
 * A point on the earth in decimal degrees (WGS 84), as GeoNames and Wikidata give it.
 * @example
 * ```ts
 * Coordinates.parse({ latitude: 39.9075, longitude: 116.39723 });
 * ```
 * @group Places
 */
export const Coordinates: CoordinatesSchema = /* @__PURE__ */ z
  .strictObject(CoordinatesShape)
  .meta({ title: "Coordinates", description: "A point in decimal degrees (WGS 84)." });
export type Coordinates = z.infer<typeof Coordinates>;

const PlaceAliasShape = {
  /** The words the article uses. */
  text: z.string().min(1).meta({ description: "Another name the article uses for the place, as written." }),
  /** Ids of spans that use this name. */
  evidenceIds: z
    .array(reference(EvidenceId, { role: "the evidence of a place's alias" }))
    .optional()
    .meta({ description: "Ids of evidence spans where the article uses this name." }),
};

const PlaceShape = {
  /** Unique id of this place. */
  id: PlaceId,
  /** Its name as the article gives it first, or in its fullest form ("Beijing"). */
  name: z.string().min(1).meta({ description: "The place's name as the article gives it, such as \"Beijing\"." }),
  /** What kind of place, where the article makes it plain. */
  kind: PlaceKind.optional(),
  /** Other names the article uses ("the Chinese capital"). */
  aliases: z.array(z.strictObject(PlaceAliasShape)).optional().meta({ description: "Other names the article uses for the place." }),
  /** The ISO 3166-1 alpha-2 code of the country the place lies in ("CN"). */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as "CN"' })
    .optional()
    .meta({ description: 'The ISO 3166-1 alpha-2 code of the country the place lies in, such as "CN".' }),
  /** The GeoNames id ("1816670" for Beijing). */
  geonamesId: z
    .string()
    .regex(/^[1-9]\d*$/, { error: 'must be a GeoNames id, digits such as "1816670"' })
    .optional()
    .meta({ description: 'The GeoNames id of the place, such as "1816670" for Beijing.' }),
  /** The Wikidata item id ("Q956" for Beijing). */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as "Q956"' })
    .optional()
    .meta({ description: 'The Wikidata item id of the place, such as "Q956" for Beijing.' }),
  /** Where it is. */
  coordinates: Coordinates.optional(),
  /** The place it lies in: a city's region or country, a venue's city. */
  withinId: reference(PlaceId, {
    role: "the place a place lies in",
    description: "Id of the place this one lies in, such as a city's country.",
  }).optional(),
  ...factFields("a place"),
};

/** The type of the {@link Place} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface PlaceSchema extends z.ZodObject<typeof PlaceShape, z.core.$strict> {}

/**
 * A place as the article names it: a venue, city, region or country, with its country
 * code, GeoNames and Wikidata ids, coordinates and the place it lies in.
 *
 * @remarks Meetings, positions, the actions they ask for, happenings and organisations
 * point at places by id (`placeId`), so one place is written once however often the
 * article uses it. Values the article does not state (coordinates, ids, the country of
 * a city it names alone) carry an inference mark of basis `world-knowledge`. Maps to
 * schema.org `Place` and PLOVER's location object (`event_loc`).
 * @example
 * ```ts
 * Place.parse({
 *   id: "beijing",
 *   name: "Beijing",
 *   kind: "city",
 *   countryCode: "CN",
 *   geonamesId: "1816670",
 *   wikidata: "Q956",
 *   evidenceIds: ["ev-beijing"],
 * }).kind;
 * //=> "city"
 * ```
 * @see https://schema.org/Place
 * @group Places
 */
export const Place: PlaceSchema = /* @__PURE__ */ z.strictObject(PlaceShape).meta({
  title: "Place",
  description: "A place the article names: a venue, city, region or country, with its country code, GeoNames and Wikidata ids, coordinates and the place it lies in.",
});
export type Place = z.infer<typeof Place>;
/** @group Places */
export type PlaceInput = z.input<typeof Place>;
