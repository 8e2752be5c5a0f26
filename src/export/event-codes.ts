import type { NewsDocument } from "../model/document.js";
import type { Happening, HappeningKind } from "../model/happening.js";
import type { Meeting } from "../model/meeting.js";
import type { Position } from "../model/position.js";
import { CAMEO_CODES, type CameoCode, type PloverEventType } from "./cameo-plover-codes.js";

/**
 * The PLOVER side of a coding: event type, modes and contexts.
 *
 * @remarks Always the crosswalk's for the CAMEO code of the same coding.
 * @example
 * ```ts
 * const plover: PloverCode = { eventType: "REQUEST", modes: ["yield"], contexts: ["legal"] };
 * ```
 * @group Event codes
 */
export interface PloverCode {
  /** The PLOVER event type. */
  readonly eventType: PloverEventType;
  /** The PLOVER modes (`"meet"`, `"yield"`…); empty where the crosswalk gives none. */
  readonly modes: readonly string[];
  /** The PLOVER contexts (`"diplomatic"`, `"legal"`…); empty where the crosswalk gives none. */
  readonly contexts: readonly string[];
}

/**
 * How a meeting, position or happening codes in CAMEO and in PLOVER, or why a standard
 * has no code for it.
 *
 * @remarks `cameo` is the CAMEO row (with its Goldstein value and QuadClass); `plover`
 * is what the CAMEO-to-PLOVER crosswalk maps that row to. Either is null where the
 * standard has no code for the fact, and then `reason` says why: nothing is forced.
 * @example
 * ```ts
 * const denial: EventCode = codePosition(position, document);
 * //=> { cameo: { code: "016", … }, plover: null, reason: "PLOVER dropped CAMEO's statements (01) … " }
 * ```
 * @group Event codes
 */
export interface EventCode {
  /** The CAMEO code, or null where CAMEO has none for the fact. */
  readonly cameo: CameoCode | null;
  /** The PLOVER event type, modes and contexts, or null where PLOVER has none. */
  readonly plover: PloverCode | null;
  /** Why `cameo` or `plover` is null; absent where both are given. */
  readonly reason?: string;
}

const BY_CODE: ReadonlyMap<string, CameoCode> = new Map(CAMEO_CODES.map((row) => [row.code, row]));

function row(code: string): CameoCode {
  return BY_CODE.get(code)!;
}

const DROPPED: Readonly<Record<string, string>> = {
  "01": "PLOVER dropped CAMEO's statements (01), so it has no event type for this; the CAMEO code is kept",
  "02": "PLOVER dropped CAMEO's appeals (02), so it has no event type for a proposal or a plain request; the CAMEO code is kept",
};

/** The coding of one CAMEO row, with PLOVER from the crosswalk, or the reason PLOVER has none. */
function coded(code: string, reason?: string): EventCode {
  const cameo = row(code);
  if (cameo.plover !== null) return { cameo, plover: { eventType: cameo.plover, modes: cameo.modes, contexts: cameo.contexts } };
  const why = reason ?? DROPPED[code.slice(0, 2)]!;
  return { cameo, plover: null, reason: cameo.note?.startsWith("PLOVER manual") ? `${why} (${cameo.note})` : why };
}

function uncoded(reason: string): EventCode {
  return { cameo: null, plover: null, reason };
}

/**
 * Codes a meeting: held or under-way talks are CAMEO 046 "Engage in negotiation" when
 * formal and 040 "Consult" when informal or secret (PLOVER `CONSULT`); a meeting that is
 * only proposed, being scheduled or scheduled is 036 "Express intent to meet or
 * negotiate" (PLOVER `AGREE`); a postponed or cancelled one has no code.
 * @example
 * ```ts
 * codeMeeting(meeting).cameo?.code;
 * //=> "046"
 * ```
 * @group Event codes
 */
export function codeMeeting(meeting: Meeting): EventCode {
  switch (meeting.status) {
    case "held":
    case "under-way":
      return coded(meeting.formality === "formal" ? "046" : "040");
    case "proposed":
    case "being-scheduled":
    case "scheduled":
      return coded("036");
    case "postponed":
    case "cancelled":
      return uncoded(`neither CAMEO nor PLOVER codes a meeting that was ${meeting.status}: they code what happened, not what did not`);
  }
}

function isAboutMeeting(position: Position): boolean {
  return (position.actions ?? []).some((action) => action.meetingId !== undefined);
}

function isAboutPeople(position: Position): boolean {
  return (position.actions ?? []).some((action) => (action.objectIds ?? []).length > 0);
}

/**
 * Codes a negotiating position by its kind, looking at what it asks for: a demand that
 * people be sent or released is CAMEO 1053, one for a meeting 106, any other 100
 * (PLOVER `REQUEST`); a proposal to meet is 026 and any other 020, which PLOVER has no
 * type for; an assertion is 010 and a denial 016, which PLOVER has no type for either.
 *
 * @remarks A response codes by its stance and by what it answers (a positive answer to a
 * proposal to meet is 036, PLOVER `AGREE`); a rejection by what it rejects. A concession
 * has no code among the crosswalk's rows. The guide "Event codes" has the whole table.
 * @example
 * ```ts
 * codePosition(position, document);
 * //=> { cameo: { code: "1053", label: "Demand release of persons or property", goldstein: -5, quadClass: 3, … }, plover: { eventType: "REQUEST", modes: ["yield"], contexts: ["legal"] } }
 * ```
 * @group Event codes
 */
export function codePosition(position: Position, document: Pick<NewsDocument, "positions">): EventCode {
  const answered = position.answersId === undefined ? undefined : document.positions.find((other) => other.id === position.answersId);
  switch (position.kind) {
    case "demand":
      return coded(isAboutPeople(position) ? "1053" : isAboutMeeting(position) ? "106" : "100");
    case "proposal":
      return coded(isAboutMeeting(position) ? "026" : "020");
    case "request":
      return coded("020");
    case "offer":
    case "promise":
    case "agreement":
      return coded("030");
    case "assertion":
      return coded("010");
    case "denial":
      return coded("016");
    case "accusation":
      return coded("112");
    case "acceptance":
      return coded(answered && isAboutMeeting(answered) ? "036" : "019");
    case "rejection":
      return coded(answered && isAboutPeople(answered) ? "1243" : answered && isAboutMeeting(answered) ? "125" : "120");
    case "response":
      if (position.stance === "positive") return coded(answered && isAboutMeeting(answered) ? "036" : "019");
      if (position.stance === "negative") return coded(answered && isAboutMeeting(answered) ? "125" : "120");
      return coded("010");
    case "concession":
      return uncoded(
        "a concession is CAMEO 08 (yield) and PLOVER CONCEDE, but the crosswalk carries no row for it, so no code is forced",
      );
    default:
      return uncoded(`a position of kind ${position.kind} is not coded by this table`);
  }
}

const HAPPENING_REASONS: Readonly<Partial<Record<HappeningKind, string>>> = {
  abduction: "an abduction is CAMEO 181, outside the diplomatic codes the crosswalk carries, so no code is forced",
  stay: "a stay is a state of affairs, not an interaction between actors, and event data codes only interactions",
  repatriation: "a repatriation has no CAMEO code among the crosswalk's rows, and PLOVER none of its own",
  "message-relay": "neither standard codes passing a message on; the message itself is a position, coded on its own",
  other: "an other happening has no code: say what it is and code it by hand",
};

/**
 * Codes a happening: a promise, made or alleged, is CAMEO 030 "Express intent to
 * cooperate" (PLOVER `AGREE`); the other kinds have no code, with the reason.
 * @example
 * ```ts
 * codeHappening(fixture.happenings.find((happening) => happening.kind === "stay")!).reason;
 * //=> "a stay is a state of affairs, not an interaction between actors, …"
 * ```
 * @group Event codes
 */
export function codeHappening(happening: Happening): EventCode {
  return uncoded(HAPPENING_REASONS[happening.kind] ?? `a happening of kind ${happening.kind} has no row in this table`);
}
