import fc from "fast-check";
import { ActKind, AffiliationRelation, DescriptorKind, HappeningKind, PlaceKind, Polarity, PositionKind, QuantityMeasure, Reality, type NewsDocumentInput } from "../../src/index.js";
import { escapeToken, nodesOf } from "./json-tree.js";
import { Tape, TAPE_LENGTH } from "./tape.js";
import { drawArticleBody, drawPhrase, drawWord } from "./text.js";

type Obj = { [key: string]: unknown };

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-".split("");

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2100, 0, 1);

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith("-") ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** An instant written in the zone of `offset`, as ISO 8601 with that offset. */
function writeInstant(ms: number, offset: string, millis: boolean): string {
  const local = new Date(ms + offsetMinutes(offset) * 60_000).toISOString();
  return `${millis ? local.slice(0, 23) : local.slice(0, 19)}${offset}`;
}

/**
 * Draws the parts of one document from a tape. Ids are allocated for every collection
 * first, so that any object may refer to any other; chains that must not loop
 * (parents, answers, repetitions, nested attributions) only point at earlier objects.
 */
class Draw extends Tape {
  private next = 0;

  text(): string {
    return drawPhrase(this);
  }
  word(): string {
    return drawWord(this);
  }
  id(prefix: string): string {
    const suffix = Array.from({ length: this.int(0, 12) }, () => this.pick(ID_CHARS)).join("");
    return `${prefix}.${this.next++}${suffix ? `:${suffix}` : ""}`;
  }
  ids(prefix: string, min: number, max: number): string[] {
    return Array.from({ length: this.int(min, max) }, () => this.id(prefix));
  }
  /** Sets `key` on `target` to a drawn value, with about `percent` per cent probability. */
  maybe(target: Obj, key: string, value: () => unknown, percent = 50): void {
    if (this.chance(percent)) target[key] = value();
  }
  utcOffset(): string {
    return `${this.pick(["+", "-"])}${pad(this.int(0, 14))}:${pad(this.pick([0, 30, 45]))}`;
  }
  isoDate(): string {
    return new Date(this.int(MIN_MS, MAX_MS)).toISOString().slice(0, 10);
  }
  /**
   * Extensions: any JSON under one to three keys, except the key "__proto__", which
   * zod's record drops without a word (see test/reliability/hostile.test.ts), so a
   * document that carried it would not round-trip.
   */
  extensions(): Obj {
    const entries = Array.from({ length: this.int(1, 3) }, () => [this.string(1, 8), this.json(2)] as const);
    return Object.fromEntries(entries.filter(([key]) => key !== "__proto__"));
  }
}

/** Marks up to two values that the object holds as inferred, pointing at them with JSON Pointers. */
function addInferences(draw: Draw, target: Obj): void {
  if (!draw.chance(30)) return;
  const pointers = [...nodesOf(target)]
    .filter((node) => node.path[0] !== "inferred")
    .map((node) => node.path.map((part) => `/${escapeToken(part)}`).join(""));
  const marks = draw.some(pointers, 2, 1).map((path) => ({
    path,
    basis: draw.pick(["context", "reading", "world-knowledge", "convention"] as const),
    reason: draw.text(),
  }));
  target.inferred = marks;
}

interface Pools {
  readonly evidence: readonly string[];
  readonly attributions: readonly string[];
}

function factFields(draw: Draw, target: Obj, pools: Pools): Obj {
  target.evidenceIds = draw.some(pools.evidence);
  draw.maybe(target, "attributionIds", () => draw.some(pools.attributions, 2), 30);
  draw.maybe(target, "note", () => draw.text(), 15);
  draw.maybe(target, "extensions", () => draw.extensions(), 10);
  addInferences(draw, target);
  return target;
}

function timeValue(draw: Draw): Obj {
  const precision = draw.pick(["year", "month", "day", "part-of-day"] as const);
  const value: Obj = { precision };
  const year = () => draw.int(1, 9999);
  const month = () => draw.int(1, 12);
  const day = () => draw.int(1, 31);
  const weekday = () => draw.pick(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const);
  if (precision === "year") value.year = year();
  else draw.maybe(value, "year", year, 40);
  if (precision === "month") value.month = month();
  else draw.maybe(value, "month", month, 30);
  if (precision === "day" || precision === "part-of-day") {
    if (draw.chance(50)) value.day = day();
    else value.weekday = weekday();
  } else {
    draw.maybe(value, "day", day, 20);
  }
  if (precision === "part-of-day") value.partOfDay = draw.pick(["morning", "afternoon", "evening", "night"] as const);
  draw.maybe(value, "modifier", () => draw.pick(["early", "mid", "late", "approximate", "before", "after"] as const), 30);
  draw.maybe(value, "direction", () => draw.pick(["past", "future"] as const), 40);
  return value;
}

function resolvedInterval(draw: Draw): Obj {
  const offset = draw.utcOffset();
  const start = draw.int(MIN_MS, MAX_MS);
  const end = start + draw.int(0, 400 * 86_400_000);
  const millis = draw.chance(20);
  return {
    start: writeInstant(start, offset, millis),
    end: writeInstant(end, offset, millis),
    precision: draw.pick(["year", "month", "day", "part-of-day"] as const),
    utcOffset: offset,
  };
}

function externalIds(draw: Draw): Obj {
  const ids: Obj = {};
  draw.maybe(ids, "wikidata", () => `Q${draw.int(1, 99_999_999)}`);
  draw.maybe(ids, "cameo", () => draw.pick(["JPN", "PRK", "PRKGOV", "JPNGOVMIL", "CHN"]));
  return ids;
}

function aliases(draw: Draw, pools: Pools): Obj[] {
  return Array.from({ length: draw.int(1, 2) }, () => {
    const alias: Obj = { text: draw.text(), kind: draw.pick(["name", "metonym", "descriptor", "demonym", "abbreviation"] as const) };
    draw.maybe(alias, "evidenceIds", () => draw.some(pools.evidence, 2), 40);
    return alias;
  });
}

/**
 * Valid documents: every kind of actor, posts, delegations with members and at most one
 * head, series, meetings with delegation and actor participants, positions of every
 * kind with acyclic answer and repetition chains, nested issues and attributions,
 * happenings, times of all three kinds, page furniture, inference marks that point at
 * present values, extensions, and evidence spans into a text with characters outside
 * the Basic Multilingual Plane.
 */
export const validDocument: fc.Arbitrary<NewsDocumentInput> = fc
  .uint32Array({ minLength: TAPE_LENGTH, maxLength: TAPE_LENGTH })
  .map((values) => buildDocument(new Draw(values)));

function buildDocument(draw: Draw): NewsDocumentInput {
  const body = drawArticleBody(draw);
  const furnitureLabel = draw.chance(30) ? draw.text() : undefined;
  const text = furnitureLabel === undefined ? body.text : `${body.text}\n\n[${furnitureLabel}]`;

  const ids = {
    evidence: draw.ids("ev", 1, 8),
    states: draw.ids("state", 2, 4),
    places: draw.ids("place", 0, 3),
    persons: draw.ids("person", 1, 5),
    organizations: draw.ids("org", 0, 3),
    groups: draw.ids("group", 0, 2),
    sources: draw.ids("source", 0, 2),
    posts: draw.ids("post", 0, 3),
    delegations: draw.ids("delegation", 0, 3),
    series: draw.ids("series", 0, 2),
    meetings: draw.ids("meeting", 0, 4),
    positions: draw.ids("position", 0, 6),
    issues: draw.ids("issue", 0, 4),
    happenings: draw.ids("happening", 0, 3),
    times: draw.ids("time", 0, 5),
    attributions: draw.ids("att", 0, 4),
  };
  const pools: Pools = { evidence: ids.evidence, attributions: ids.attributions };
  const anyActor = [...ids.states, ...ids.persons, ...ids.organizations, ...ids.groups, ...ids.sources];
  const stateOrOrg = [...ids.states, ...ids.organizations];
  const actorOrDelegation = [...anyActor, ...ids.delegations];
  const facts = [...ids.meetings, ...ids.positions, ...ids.happenings];
  const maybePlace = (target: Obj, percent: number): void => {
    if (ids.places.length > 0) draw.maybe(target, "placeId", () => draw.pick(ids.places), percent);
  };
  const quantities = (): Obj[] =>
    Array.from({ length: draw.int(1, 2) }, () => {
      const quantity: Obj = { measure: draw.pick(QuantityMeasure.options), value: draw.int(0, 100_000), exactness: draw.pick(["exact", "approximate", "at-least", "at-most"] as const) };
      draw.maybe(quantity, "upTo", () => (quantity.value as number) + draw.int(0, 1000), 20);
      draw.maybe(quantity, "unit", () => draw.pick(["USD", "EUR", "tonnes", "troops"]), 30);
      draw.maybe(quantity, "text", () => draw.text(), 40);
      quantity.evidenceIds = draw.some(pools.evidence, 2);
      return quantity;
    });
  // Conditions point at earlier facts only, as real ones do; nothing checks them for loops.
  const modality = (): Obj => {
    const value: Obj = {};
    draw.maybe(value, "polarity", () => draw.pick(Polarity.options), 60);
    draw.maybe(value, "reality", () => draw.pick(Reality.options), 60);
    if (facts.length > 0) draw.maybe(value, "conditionIds", () => draw.some(facts, 2, 1), 20);
    draw.maybe(value, "condition", () => draw.text(), 20);
    draw.maybe(value, "evidenceIds", () => draw.some(pools.evidence, 2), 40);
    return value;
  };

  const evidence = ids.evidence.map((id) => {
    const first = draw.int(0, body.words.length - 1);
    const last = draw.int(first, Math.min(body.words.length - 1, first + 5));
    const start = body.words[first]![0];
    const end = body.words[last]![1];
    return { id, start, end, quote: text.slice(start, end) };
  });

  const article: Obj = { text, offsetUnit: "utf-16-code-unit" };
  draw.maybe(article, "headline", () => draw.text(), 40);
  draw.maybe(article, "publisher", () => draw.text(), 30);
  draw.maybe(
    article,
    "published",
    () => (draw.chance(50) ? draw.isoDate() : writeInstant(draw.int(MIN_MS, MAX_MS), draw.utcOffset(), false)),
    40,
  );
  draw.maybe(article, "referenceDate", () => draw.isoDate(), 50);
  draw.maybe(article, "url", () => `https://news.example.org/${draw.int(1, 9999)}/${encodeURIComponent(draw.word())}`, 30);
  draw.maybe(article, "language", () => draw.pick(["en", "ja", "ko", "zh-Hant", "en-GB"]), 50);
  if (furnitureLabel !== undefined) article.furniture = [{ start: body.text.length + 2, end: text.length, label: furnitureLabel }];
  addInferences(draw, article);

  const times = ids.times.map((id, index) => {
    const kind = draw.pick(["point", "choice", "duration"] as const);
    const time: Obj = { kind, id, text: draw.text() };
    draw.maybe(time, "referenceDate", () => draw.isoDate(), 20);
    draw.maybe(time, "utcOffset", () => draw.utcOffset(), 30);
    draw.maybe(time, "resolved", () => resolvedInterval(draw), 40);
    time.evidenceIds = draw.some(pools.evidence);
    draw.maybe(time, "note", () => draw.text(), 10);
    if (kind === "point") time.value = timeValue(draw);
    if (kind === "choice") time.options = Array.from({ length: draw.int(2, 3) }, () => timeValue(draw));
    if (kind === "duration") {
      const duration: Obj = {
        amount: draw.chance(80) ? draw.int(1, 100) : Math.abs(draw.double()) || 0.5,
        unit: draw.pick(["year", "month", "week", "day", "hour"] as const),
      };
      draw.maybe(duration, "approximate", () => draw.chance(50), 20);
      time.duration = duration;
      if (index > 0) draw.maybe(time, "anchorId", () => draw.pick(ids.times.slice(0, index)), 50);
      draw.maybe(time, "anchorRelation", () => draw.pick(["ends-at", "starts-at"] as const), 50);
    }
    addInferences(draw, time);
    return time;
  });

  const places = ids.places.map((id, index) => {
    const place: Obj = { id, name: draw.text() };
    draw.maybe(place, "kind", () => draw.pick(PlaceKind.options), 70);
    draw.maybe(place, "aliases", () => [{ text: draw.text(), evidenceIds: draw.some(pools.evidence, 1) }], 20);
    draw.maybe(place, "countryCode", () => draw.pick(["CN", "JP", "KP", "US"]), 40);
    draw.maybe(place, "geonamesId", () => String(draw.int(1, 9_999_999)), 30);
    draw.maybe(place, "wikidata", () => `Q${draw.int(1, 99_999_999)}`, 30);
    draw.maybe(place, "coordinates", () => ({ latitude: draw.int(-90_000, 90_000) / 1000, longitude: draw.int(-180_000, 180_000) / 1000 }), 30);
    if (index > 0) draw.maybe(place, "withinId", () => draw.pick(ids.places.slice(0, index)), 40);
    return factFields(draw, place, pools);
  });

  const actorBase = (kind: string, id: string): Obj => {
    const actor: Obj = { kind, id, name: draw.text() };
    draw.maybe(actor, "aliases", () => aliases(draw, pools), 30);
    draw.maybe(actor, "descriptors", () => [{ text: draw.word(), kind: draw.pick(DescriptorKind.options), evidenceIds: draw.some(pools.evidence, 1) }], 20);
    draw.maybe(actor, "affiliations", () => [{ actorId: draw.pick(stateOrOrg.filter((other) => other !== id)), relation: draw.pick(AffiliationRelation.options), evidenceIds: draw.some(pools.evidence, 1) }], 15);
    draw.maybe(actor, "externalIds", () => externalIds(draw), 20);
    return actor;
  };
  const actors: Obj[] = [
    ...ids.states.map((id) => {
      const state = actorBase("state", id);
      draw.maybe(state, "iso3", () => draw.pick(["JPN", "PRK", "CHN", "KOR", "USA", "RUS"]), 40);
      draw.maybe(state, "iso2", () => draw.pick(["JP", "KP", "CN", "KR", "US", "RU"]), 40);
      return factFields(draw, state, pools);
    }),
    ...ids.persons.map((id) => {
      const person = actorBase("person", id);
      draw.maybe(person, "familyName", () => draw.word(), 40);
      draw.maybe(person, "givenName", () => draw.word(), 40);
      draw.maybe(person, "nativeName", () => ({ text: draw.word(), script: draw.pick(["Hang", "Jpan", "Hani", "Latn"]) }), 20);
      draw.maybe(person, "nationalityIds", () => draw.some(ids.states, 2), 40);
      return factFields(draw, person, pools);
    }),
    ...ids.organizations.map((id, index) => {
      const organization = actorBase("organization", id);
      organization.organizationKind = draw.pick([
        "government",
        "ministry",
        "bureau",
        "intergovernmental",
        "legislature",
        "party",
        "military",
        "media",
        "other",
      ] as const);
      draw.maybe(organization, "parentId", () => draw.pick([...ids.states, ...ids.organizations.slice(0, index)]), 60);
      draw.maybe(organization, "countryId", () => draw.pick(ids.states), 40);
      maybePlace(organization, 20);
      return factFields(draw, organization, pools);
    }),
    ...ids.groups.map((id, index) => {
      const group = actorBase("counted-group", id);
      draw.maybe(group, "count", () => ({ value: draw.int(0, 1000), exactness: draw.pick(["exact", "approximate", "at-least", "at-most"] as const) }));
      group.criterion = draw.text();
      draw.maybe(group, "relatedTo", () => ({ relation: draw.text(), actorId: draw.pick(anyActor.filter((other) => other !== id)) }), 40);
      if (index > 0) draw.maybe(group, "subsetOfIds", () => draw.some(ids.groups.slice(0, index), 1, 1), 40);
      return factFields(draw, group, pools);
    }),
    ...ids.sources.map((id) => {
      const source = actorBase("unnamed-source", id);
      source.plural = draw.chance(50);
      draw.maybe(source, "affiliationId", () => draw.pick(stateOrOrg), 50);
      return factFields(draw, source, pools);
    }),
  ];
  const shuffled = draw.shuffle(actors);

  const posts = ids.posts.map((id) => {
    const post: Obj = { id, holderId: draw.pick(ids.persons), title: draw.text(), organizationId: draw.pick(stateOrOrg) };
    for (const key of ["heldAtId", "startId", "endId"]) if (ids.times.length > 0) draw.maybe(post, key, () => draw.pick(ids.times), 30);
    return factFields(draw, post, pools);
  });

  const delegations = ids.delegations.map((id) => {
    const delegation: Obj = { id, name: draw.text(), representsId: draw.pick(stateOrOrg) };
    draw.maybe(delegation, "attendsIds", () => draw.some(ids.meetings, 2), 40);
    draw.maybe(delegation, "seriesIds", () => draw.some(ids.series, 2), 30);
    const size = draw.int(0, 4);
    const head = draw.int(-1, size - 1);
    delegation.members = Array.from({ length: size }, (_, index) => {
      const member: Obj = {
        personId: draw.pick(ids.persons),
        role: index === head ? "head" : draw.pick(["deputy-head", "member"] as const),
        evidenceIds: draw.some(pools.evidence, 2),
      };
      addInferences(draw, member);
      return member;
    });
    return factFields(draw, delegation, pools);
  });

  const series = ids.series.map((id) => {
    const one: Obj = { id, name: draw.text(), kind: draw.pick(["bilateral", "multilateral"] as const), partyIds: draw.some(stateOrOrg, 4) };
    draw.maybe(one, "issueIds", () => draw.some(ids.issues, 2), 40);
    return factFields(draw, one, pools);
  });

  // Read from the schema, so a new kind is generated without touching this file.
  const positionKinds = ids.positions.map(() => draw.pick(PositionKind.options));
  const agreements = ids.positions.filter((_, index) => positionKinds[index] === "agreement");
  const meetingKinds = ["bilateral", "multilateral"] as const;

  const meetings = ids.meetings.map((id, index) => {
    const meeting: Obj = {
      id,
      label: draw.text(),
      status: draw.pick(["proposed", "being-scheduled", "scheduled", "under-way", "held", "postponed", "cancelled"] as const),
    };
    draw.maybe(meeting, "kind", () => draw.pick(meetingKinds), 70);
    draw.maybe(meeting, "formality", () => draw.pick(["formal", "informal", "secret"] as const), 60);
    draw.maybe(meeting, "medium", () => draw.pick(["in-person", "phone", "video", "written"] as const), 20);
    if (index > 0) draw.maybe(meeting, "partOfId", () => draw.pick(ids.meetings.slice(0, index)), 15);
    draw.maybe(meeting, "modality", modality, 15);
    if (ids.series.length > 0) draw.maybe(meeting, "seriesId", () => draw.pick(ids.series), 50);
    draw.maybe(meeting, "round", () => {
      const round: Obj = {};
      draw.maybe(round, "number", () => draw.int(1, 20));
      draw.maybe(round, "relation", () => draw.pick(["previous", "current", "next"] as const));
      return round;
    }, 30);
    if (index > 0) draw.maybe(meeting, "sidelinesOfId", () => draw.pick(ids.meetings.slice(0, index)), 30);
    maybePlace(meeting, 40);
    if (ids.times.length > 0) draw.maybe(meeting, "timeId", () => draw.pick(ids.times), 50);
    const roles = ["party", "host", "mediator", "observer"] as const;
    meeting.participants = Array.from({ length: draw.int(0, 4) }, () => {
      if (ids.delegations.length > 0 && draw.chance(50)) {
        const participant: Obj = { kind: "delegation", delegationId: draw.pick(ids.delegations) };
        draw.maybe(participant, "attendedBy", () => draw.some(["head", "deputy-head", "member"], 2, 1), 40);
        participant.role = draw.pick(roles);
        return participant;
      }
      const participant: Obj = { kind: "actor", actorId: draw.pick(anyActor) };
      if (ids.delegations.length > 0) draw.maybe(participant, "delegationId", () => draw.pick(ids.delegations), 30);
      participant.role = draw.pick(roles);
      return participant;
    });
    draw.maybe(meeting, "issueIds", () => draw.some(ids.issues, 2), 40);
    draw.maybe(meeting, "purpose", () => {
      const purpose: Obj = { text: draw.text() };
      draw.maybe(purpose, "issueIds", () => draw.some(ids.issues, 2), 40);
      draw.maybe(purpose, "positionIds", () => draw.some(ids.positions, 2), 40);
      return factFields(draw, purpose, pools);
    }, 30);
    draw.maybe(meeting, "outcome", () => {
      const outcome: Obj = { text: draw.text() };
      draw.maybe(outcome, "progress", () => draw.pick(["none", "some", "breakthrough", "breakdown"] as const));
      draw.maybe(outcome, "issueIds", () => draw.some(ids.issues, 2), 40);
      draw.maybe(outcome, "agreementIds", () => draw.some(agreements, 2), 60);
      return factFields(draw, outcome, pools);
    }, 30);
    return factFields(draw, meeting, pools);
  });

  const positions = ids.positions.map((id, index) => {
    const kind = positionKinds[index]!;
    const position: Obj = {
      id,
      kind,
      holderIds: draw.some(actorOrDelegation, 3, 1),
    };
    draw.maybe(position, "voicedById", () => draw.pick(anyActor), 40);
    draw.maybe(position, "addresseeIds", () => draw.some(actorOrDelegation, 2), 30);
    draw.maybe(position, "issueIds", () => draw.some(ids.issues, 2), 40);
    position.content = draw.text();
    draw.maybe(position, "actions", () =>
      Array.from({ length: draw.int(1, 2) }, () => {
        const action: Obj = { verb: draw.word() };
        draw.maybe(action, "act", () => draw.pick(ActKind.options), 50);
        maybePlace(action, 20);
        draw.maybe(action, "quantities", quantities, 15);
        draw.maybe(action, "agentIds", () => draw.some(actorOrDelegation, 2), 50);
        draw.maybe(action, "object", () => draw.text(), 40);
        draw.maybe(action, "objectIds", () => draw.some(anyActor, 2), 30);
        draw.maybe(action, "destinationIds", () => draw.some(anyActor, 1), 30);
        if (ids.meetings.length > 0) draw.maybe(action, "meetingId", () => draw.pick(ids.meetings), 30);
        if (ids.times.length > 0) draw.maybe(action, "timeId", () => draw.pick(ids.times), 30);
        return action;
      }), 30);
    draw.maybe(position, "conditions", () => Array.from({ length: draw.int(1, 2) }, () => draw.word()), 20);
    if (kind === "response" || draw.chance(10)) position.stance = draw.pick(["positive", "negative", "neutral"] as const);
    draw.maybe(position, "repeated", () => draw.chance(50), 20);
    if (index > 0) {
      // Bias towards the position just before, so that chains grow longer than one link.
      const earlier = () => (draw.chance(60) ? ids.positions[index - 1]! : draw.pick(ids.positions.slice(0, index)));
      draw.maybe(position, "repeatsId", earlier, 30);
      draw.maybe(position, "answersId", earlier, kind === "response" || kind === "denial" || kind === "acceptance" || kind === "rejection" ? 80 : 20);
    }
    draw.maybe(position, "aboutIds", () => draw.some(facts.filter((other) => other !== id), 2), 30);
    draw.maybe(position, "modality", modality, 15);
    maybePlace(position, 15);
    if (ids.meetings.length > 0) draw.maybe(position, "voicedAtId", () => draw.pick(ids.meetings), 30);
    if (ids.times.length > 0) draw.maybe(position, "timeId", () => draw.pick(ids.times), 30);
    return factFields(draw, position, pools);
  });

  const issues = ids.issues.map((id, index) => {
    const issue: Obj = { id, name: draw.text() };
    if (index > 0) draw.maybe(issue, "parentId", () => (draw.chance(60) ? ids.issues[index - 1]! : draw.pick(ids.issues.slice(0, index))), 60);
    return factFields(draw, issue, pools);
  });

  const happenings = ids.happenings.map((id) => {
    const happening: Obj = {
      id,
      kind: draw.pick(HappeningKind.options),
      description: draw.text(),
      participants: Array.from({ length: draw.int(0, 3) }, () => ({
        actorId: draw.pick(anyActor),
        role: draw.pick(["agent", "patient", "origin", "intermediary", "recipient"] as const),
      })),
    };
    if (ids.times.length > 0) draw.maybe(happening, "timeId", () => draw.pick(ids.times), 40);
    maybePlace(happening, 30);
    draw.maybe(happening, "quantities", quantities, 25);
    draw.maybe(happening, "modality", modality, 15);
    if (ids.positions.length > 0) draw.maybe(happening, "contentId", () => draw.pick(ids.positions), 30);
    draw.maybe(happening, "relatedIds", () => draw.some(ids.happenings.filter((other) => other !== id), 2), 30);
    return factFields(draw, happening, pools);
  });

  const attributions = ids.attributions.map((id, index) => {
    const attribution: Obj = { id };
    draw.maybe(attribution, "sourceId", () => draw.pick(anyActor), 70);
    attribution.certainty = draw.pick(["stated", "reported", "expected", "believed", "alleged", "denied"] as const);
    if (ids.times.length > 0) draw.maybe(attribution, "saidAtId", () => draw.pick(ids.times), 30);
    if (index > 0) draw.maybe(attribution, "withinId", () => (draw.chance(60) ? ids.attributions[index - 1]! : draw.pick(ids.attributions.slice(0, index))), 50);
    attribution.evidenceIds = draw.some(pools.evidence, 2);
    return attribution;
  });

  const document: Obj = {
    schemaVersion: 2,
    article,
    actors: shuffled,
    places,
    posts,
    delegations,
    series,
    meetings,
    positions,
    issues,
    happenings,
    times,
    attributions,
    evidence,
  };
  draw.maybe(document, "extensions", () => draw.extensions(), 20);
  return document as unknown as NewsDocumentInput;
}
