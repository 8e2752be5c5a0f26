import { actCategory, type ActKind } from "../model/act.js";
import type { NewsDocument } from "../model/document.js";
import type { Happening } from "../model/happening.js";
import type { Meeting } from "../model/meeting.js";
import { isActual, type Modality } from "../model/modality.js";
import type { Position } from "../model/position.js";
import { cameoCode, type CameoCode, type PloverEventType } from "./cameo-plover-codes.js";
import { ACT_CODES, CATEGORY_RULES, FRAME_CODES, MEETING_CODES, POSITION_CODES, UNCODED_ACTS, type ActFrame } from "./event-code-table.js";

/**
 * The PLOVER side of a coding: event type, modes and contexts.
 *
 * @remarks The modes and contexts are the crosswalk's for the CAMEO code of the same
 * coding, with what the fact says that the crosswalk row cannot: `third-party` and
 * `multilateral` for talks, and PLOVER's auxiliary modes `negation`, `future` and
 * `hypothetical` from the fact's {@link Modality}.
 * @example
 * ```ts
 * const plover: PloverCode = { eventType: "REQUEST", modes: ["yield"], contexts: ["legal"] };
 * ```
 * @group Event codes
 */
export interface PloverCode {
  /** The PLOVER event type. */
  readonly eventType: PloverEventType;
  /** The PLOVER modes (`"meet"`, `"yield"`, `"third-party"`, `"negation"`…); empty where none applies. */
  readonly modes: readonly string[];
  /** The PLOVER contexts (`"diplomatic"`, `"legal"`…); empty where the crosswalk gives none. */
  readonly contexts: readonly string[];
}

/**
 * How a meeting, position or happening codes in CAMEO and in PLOVER, or why a standard
 * has no code for it, with the PLOVER manual's rule behind the choice.
 *
 * @remarks `cameo` is the crosswalk's row (with its Goldstein value and QuadClass);
 * `plover` is what the crosswalk maps that row to. Either is null where the standard
 * has no code for the fact, or where coding it would report as having happened what the
 * article says was denied or retracted; then `reason` says why. `actual` is false where
 * the fact did not happen, or is only planned, possible or hypothetical: its modes then
 * carry `negation`, `future` or `hypothetical`.
 * @example
 * ```ts
 * const denial: EventCode = codePosition(position, document);
 * //=> { cameo: { code: "016", … }, plover: null, rule: "PLOVER dropped CAMEO's statements (01) …", actual: true, reason: "…" }
 * ```
 * @group Event codes
 */
export interface EventCode {
  /** The CAMEO code, or null where CAMEO has none for the fact. */
  readonly cameo: CameoCode | null;
  /** The PLOVER event type, modes and contexts, or null where PLOVER has none or the fact must not be reported as an event. */
  readonly plover: PloverCode | null;
  /** The PLOVER manual's rule (or the crosswalk's) behind the code chosen. */
  readonly rule: string;
  /** Whether the article tells the fact as having taken place: not negated, failed, planned, possible, hypothetical or conditional. */
  readonly actual: boolean;
  /** Why `cameo` or `plover` is null; absent where both are given. */
  readonly reason?: string;
}

/**
 * PLOVER's auxiliary modes for a fact's modality: `negation` for a fact that did not
 * happen or failed, `future` for a planned one, `hypothetical` for a possible,
 * hypothetical or conditional one.
 * @example
 * ```ts
 * auxiliaryModes({ polarity: "failed" });
 * //=> ["negation"]
 * auxiliaryModes({ reality: "planned", condition: "if the talks resume" });
 * //=> ["future", "hypothetical"]
 * ```
 * @group Event codes
 */
export function auxiliaryModes(modality: Modality | undefined): string[] {
  if (!modality) return [];
  const modes: string[] = [];
  if (modality.polarity === "negative" || modality.polarity === "failed") modes.push("negation");
  if (modality.reality === "planned") modes.push("future");
  if (modality.reality === "possible" || modality.reality === "hypothetical" || modality.conditionIds?.length || modality.condition) modes.push("hypothetical");
  return modes;
}

function row(code: string): CameoCode {
  const found = cameoCode(code);
  // The mapping tables name only crosswalk codes; a test holds them to it.
  if (!found) throw new Error(`event codes: CAMEO ${code} is not in the crosswalk`);
  return found;
}

const DROPPED_ROOTS: Readonly<Record<string, string>> = {
  "01": "PLOVER dropped CAMEO's statements (01), so it has no event type for this; the CAMEO code is kept",
  "02": "PLOVER dropped CAMEO's appeals (02), so it has no event type for this; the CAMEO code is kept",
};

interface Extra {
  readonly modes?: readonly string[];
  readonly modality?: Modality | undefined;
  readonly withheld?: string | undefined;
}

/** The coding of one CAMEO row, with PLOVER from the crosswalk, or the reason PLOVER has none. */
function coded(code: string, rule: string, extra: Extra = {}): EventCode {
  const cameo = row(code);
  const actual = isActual({ modality: extra.modality });
  if (cameo.plover === null) return { cameo, plover: null, rule, actual, reason: rule.startsWith("PLOVER dropped") ? rule : DROPPED_ROOTS[code.slice(0, 2)]! };
  if (extra.withheld !== undefined) return { cameo, plover: null, rule, actual, reason: extra.withheld };
  const modes = [...new Set([...cameo.modes, ...(extra.modes ?? []), ...auxiliaryModes(extra.modality)])];
  return { cameo, plover: { eventType: cameo.plover, modes, contexts: cameo.contexts }, rule, actual };
}

/**
 * What the coding functions read of a document: its positions (what answers, refuses or
 * denies a fact), and where given its attributions, actors, delegations, places and
 * meetings (whether a fact is denied, and where talks were held). A whole
 * {@link NewsDocument} will do.
 * @example
 * ```ts
 * const enough: CodingDocument = { positions: document.positions, attributions: document.attributions };
 * ```
 * @group Event codes
 */
export type CodingDocument = Pick<NewsDocument, "positions"> & Partial<Pick<NewsDocument, "attributions" | "actors" | "delegations" | "places" | "meetings">>;

const REFUSING = new Set<Position["kind"]>(["rejection", "refusal", "retraction"]);

/** A position that refuses or takes back the given fact, where there is one. */
function refusalOf(factId: string, document: CodingDocument, holders?: readonly string[]): Position | undefined {
  return document.positions.find(
    (other) =>
      (REFUSING.has(other.kind) || (other.kind === "response" && other.stance === "negative")) &&
      isActual(other) &&
      (other.answersId === factId || (other.aboutIds ?? []).some((id) => id === factId) || (other.actions ?? []).some((action) => action.meetingId === factId)) &&
      (holders === undefined || other.kind === "retraction" || other.holderIds.some((id) => holders.includes(id))),
  );
}

/** Why a fact must not be reported as having happened: it is denied, or refused or taken back. */
function withheldReason(fact: { readonly id: string; readonly attributionIds?: readonly string[] | undefined }, document: CodingDocument, holders?: readonly string[]): string | undefined {
  const attributions = (fact.attributionIds ?? []).flatMap((id) => document.attributions?.find((found) => found.id === id) ?? []);
  const denial = document.positions.find((other) => other.kind === "denial" && (other.answersId === fact.id || (other.aboutIds ?? []).some((id) => id === fact.id)));
  if (denial || attributions.some((attribution) => attribution.certainty === "denied")) {
    const alleged = attributions.some((attribution) => attribution.certainty === "alleged");
    return `${alleged ? "alleged by one side and denied by the other" : "denied"}${denial ? ` (${denial.id})` : ""}: PLOVER codes what is reported as having happened, so it is not exported as an event; the allegation and the denial are coded on their own`;
  }
  const refusal = refusalOf(fact.id, document, holders);
  if (refusal)
    return `${refusal.kind === "retraction" ? "taken back" : "refused"} in ${refusal.id}: it is not exported as AGREE beside the REJECT that refuses it`;
  return undefined;
}

function meetingSideIds(meeting: Meeting, document: CodingDocument): string[] {
  return meeting.participants
    .filter((participant) => participant.role === "party" || participant.role === "host")
    .map((participant) => {
      if (participant.kind === "actor") return participant.actorId;
      return document.delegations?.find((delegation) => delegation.id === participant.delegationId)?.representsId ?? participant.delegationId;
    });
}

/** Whether the meeting was held in a country none of its sides is, as far as the document tells. */
function isInThirdCountry(meeting: Meeting, document: CodingDocument): boolean {
  if (meeting.participants.some((participant) => participant.role === "host")) return false;
  let place = document.places?.find((found) => found.id === meeting.placeId);
  const seen = new Set<string>();
  while (place && place.countryCode === undefined && place.withinId !== undefined && !seen.has(place.id)) {
    seen.add(place.id);
    place = document.places?.find((found) => found.id === place!.withinId);
  }
  const country = place?.countryCode;
  if (country === undefined) return false;
  const sides = meetingSideIds(meeting, document).map((id) => document.actors?.find((actor) => actor.id === id));
  const countries = sides.map((actor) => (actor?.kind === "state" ? actor.iso2 : undefined));
  return countries.length > 0 && countries.every((code) => code !== undefined && code !== country);
}

/**
 * Codes a meeting, by its status and how it was held: a planned meeting is CAMEO 036
 * (PLOVER AGREE: future meetings are intents to meet); a postponed or cancelled one 164
 * (SANCTION); talks held or under way are mediation (045), a call (041), a visit
 * (042), formal negotiation (046), a meeting at a third location (044) or a
 * consultation (040), all PLOVER CONSULT. See {@link MEETING_CODES}.
 *
 * @remarks Talks in a country none of the sides is get mode `third-party`; multilateral
 * talks `multilateral`; a meeting that did not take place `negation`. With the document,
 * a planned meeting that a side refused or took back is not an AGREE: `plover` is null and
 * `reason` says so. Without it, places and refusals are not looked at.
 * @example
 * ```ts
 * codeMeeting(meeting, document).cameo?.code;
 * //=> "046"
 * ```
 * @group Event codes
 */
export function codeMeeting(meeting: Meeting, document: CodingDocument = { positions: [] }): EventCode {
  const pick = (key: keyof typeof MEETING_CODES, extra: Extra = {}) => coded(MEETING_CODES[key].code, MEETING_CODES[key].rule, { modality: meeting.modality, ...extra });
  switch (meeting.status) {
    case "proposed":
    case "being-scheduled":
    case "scheduled":
      return pick("planned", { withheld: withheldReason(meeting, document) });
    case "postponed":
    case "cancelled":
      return pick("disrupted");
    case "held":
    case "under-way":
      break;
  }
  const third = isInThirdCountry(meeting, document);
  const modes = [...(third ? ["third-party"] : []), ...(meeting.kind === "multilateral" ? ["multilateral"] : [])];
  if (meeting.participants.some((participant) => participant.role === "mediator")) return pick("mediated", { modes });
  if (meeting.medium === "phone" || meeting.medium === "video") return pick("phone", { modes });
  if (meeting.participants.some((participant) => participant.role === "host")) return pick("visit", { modes });
  if (meeting.formality === "formal") return pick("formal", { modes });
  if (third) return pick("third-party", { modes });
  return pick("informal", { modes });
}

/** The act a position is about: its own first action's, else that of what it answers. */
function actOf(position: Position, document: CodingDocument): ActKind | undefined {
  const own = (position.actions ?? []).find((action) => action.act !== undefined || action.meetingId !== undefined);
  if (own) return own.act ?? "meet";
  const answered = document.positions.find((other) => other.id === position.answersId || (position.aboutIds ?? []).includes(other.id));
  if (answered && answered.id !== position.id) {
    const theirs = (answered.actions ?? []).find((action) => action.act !== undefined || action.meetingId !== undefined);
    if (theirs) return theirs.act ?? "meet";
  }
  if ((position.aboutIds ?? []).some((id) => document.meetings?.some((meeting) => meeting.id === id))) return "meet";
  return undefined;
}

/** Whether only others than the holders are to act. */
function asksOthers(position: Position): boolean {
  const agents = (position.actions ?? []).flatMap((action) => action.agentIds ?? []);
  return agents.length > 0 && !agents.some((id) => position.holderIds.includes(id));
}

function inFrame(frame: Exclude<ActFrame, "done">, act: ActKind | undefined, rule: string, extra: Extra): EventCode {
  const code = (act && ACT_CODES[act][frame]) ?? FRAME_CODES[frame];
  return coded(code, rule, extra);
}

/**
 * Codes a position by its kind and by what it is about (see {@link POSITION_CODES} and
 * {@link ACT_CODES}): a demand or request by the act it asks for (a demand that people be
 * released is 1053, for information 101, for a meeting 106, any other 100: PLOVER
 * REQUEST); an offer, promise, agreement, acceptance or invitation by the act it commits
 * to (to meet 036, to release people 0353, any other 030: AGREE); a rejection, refusal or
 * retraction by what it refuses (12x: REJECT); a threat by what it threatens (13x:
 * THREATEN); an accusation 112 and a criticism 111 (ACCUSE). An assertion (010), a
 * denial (016) and an appeal (02x) keep their CAMEO code and have no PLOVER type.
 *
 * @remarks The act is the position's first action's `act` (or `meet` where the action
 * names a meeting), else that of the position it answers or is about. A promise or
 * agreement that the article says was denied, or that its holder refused or took back,
 * has `plover: null` with the reason: it is not exported as an AGREE that happened.
 * @example
 * ```ts
 * codePosition(position, document);
 * //=> { cameo: { code: "1053", label: "Demand release of persons or property", goldstein: -5, quadClass: 3, … }, plover: { eventType: "REQUEST", modes: ["yield"], contexts: ["legal"] }, … }
 * ```
 * @group Event codes
 */
export function codePosition(position: Position, document: CodingDocument): EventCode {
  const act = actOf(position, document);
  const extra: Extra = { modality: position.modality };
  const coding = POSITION_CODES[position.kind];
  if (position.kind === "response") {
    if (position.stance === "positive") return inFrame("intent", act, POSITION_CODES.acceptance.rule, { ...extra, withheld: withheldReason(position, document, position.holderIds) });
    if (position.stance === "negative") return inFrame("reject", act, POSITION_CODES.rejection.rule, extra);
    return coded("010", POSITION_CODES.assertion.rule, extra);
  }
  if ("code" in coding) {
    if (position.kind === "concession" && act && actCategory(act) === "concede") return coded(ACT_CODES[act].done!, coding.rule, extra);
    return coded(coding.code, coding.rule, extra);
  }
  if (coding.frame === "intent") {
    if (position.kind === "proposal" && act !== "meet" && asksOthers(position)) return inFrame("demand", act, coding.rule, extra);
    return inFrame("intent", act, coding.rule, { ...extra, withheld: withheldReason(position, document, position.holderIds) });
  }
  if (coding.frame === "threaten" && (act === undefined || ACT_CODES[act].threaten === null) && (position.conditions ?? []).length > 0) return coded("139", coding.rule, extra);
  return inFrame(coding.frame as Exclude<ActFrame, "done">, act, coding.rule, extra);
}

/**
 * Codes a happening by its act (see {@link ACT_CODES}): a release is CAMEO 0841 (PLOVER
 * RETREAT, mode release), an abduction 181 (ASSAULT, mode abduct), an arrest 173
 * (COERCE, mode arrest), and so on for every act; a stay, a message relay and an `other`
 * happening have no code, with the reason.
 *
 * @remarks A happening that did not take place, or is only planned or possible, keeps
 * its code with the auxiliary mode `negation`, `future` or `hypothetical`. With the
 * document, a happening the article says was denied is not reported as an event.
 * @example
 * ```ts
 * codeHappening(fixture.happenings.find((happening) => happening.kind === "abduction")!).cameo?.code;
 * //=> "181"
 * ```
 * @group Event codes
 */
export function codeHappening(happening: Happening, document: CodingDocument = { positions: [] }): EventCode {
  const code = ACT_CODES[happening.kind].done;
  const category = actCategory(happening.kind);
  if (code === null || category === undefined)
    return { cameo: null, plover: null, rule: "event data codes interactions between actors", actual: isActual(happening), reason: UNCODED_ACTS[happening.kind] ?? `a ${happening.kind} has no code` };
  return coded(code, `${CATEGORY_RULES[category]}`, { modality: happening.modality, withheld: withheldReason(happening, document) });
}

