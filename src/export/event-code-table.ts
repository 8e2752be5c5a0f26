import type { ActKind, EventCategory } from "../model/act.js";
import type { PositionKind } from "../model/position.js";

/**
 * How a fact stands to the act it names, which decides the CAMEO root it codes under:
 * doing it (a happening), saying one will (03, AGREE), asking for it (10, REQUEST),
 * appealing for it (02, which PLOVER dropped), refusing it (12, REJECT) or threatening
 * it (13, THREATEN).
 *
 * @remarks
 * - `done`: the act itself, as a happening ("released the prisoners": 0841).
 * - `intent`: an offer, promise, agreement, acceptance or invitation to do it (03x).
 * - `demand`: a demand, request or order that someone do it (10x).
 * - `appeal`: an appeal for it (02x).
 * - `reject`: a rejection or refusal of it, or taking back a commitment to it (12x).
 * - `threaten`: a threat to do it (13x).
 * @example
 * ```ts
 * const frame: ActFrame = "demand";
 * ```
 * @group Event codes
 */
export type ActFrame = "done" | "intent" | "demand" | "appeal" | "reject" | "threaten";

/**
 * The CAMEO code of an act in each {@link ActFrame}, or null where the frame's general
 * code applies ({@link FRAME_CODES}); for `done`, null means no code (see {@link ACT_CODES}).
 * @example
 * ```ts
 * const release: ActCodes = { done: "0841", intent: "0353", demand: "1053", appeal: "0253", reject: "1243", threaten: null };
 * ```
 * @group Event codes
 */
export type ActCodes = { readonly [frame in ActFrame]: string | null };

function row(done: string | null, intent: string | null, demand: string | null, appeal: string | null, reject: string | null, threaten: string | null): ActCodes {
  return { done, intent, demand, appeal, reject, threaten };
}

/**
 * The general CAMEO code of each frame, where the act is unnamed or has no code of its
 * own there: 030 "Express intent to cooperate", 100 "Demand", 020 "Appeal", 120
 * "Reject", 130 "Threaten".
 * @example
 * ```ts
 * FRAME_CODES.demand;
 * //=> "100"
 * ```
 * @group Event codes
 */
export const FRAME_CODES: { readonly [frame in Exclude<ActFrame, "done">]: string } = {
  intent: "030",
  demand: "100",
  appeal: "020",
  reject: "120",
  threaten: "130",
};

/**
 * The CAMEO code of every {@link ActKind} in every {@link ActFrame}: the mapping the
 * exports use, one row per act, each code a row of {@link CAMEO_CODES}.
 *
 * @remarks The acts of talking (`meet`, `negotiate`, `visit`, `host-visit`,
 * `phone-call`, `mediate`) are never happenings: done, they are meetings, coded by
 * {@link MEETING_CODES}. `stay`, `message-relay` and `other` have no code: see
 * {@link UNCODED_ACTS}. The docs' mapping table is generated from this.
 * @example
 * ```ts
 * ACT_CODES.release;
 * //=> { done: "0841", intent: "0353", demand: "1053", appeal: "0253", reject: "1243", threaten: null }
 * ```
 * @group Event codes
 */
export const ACT_CODES: { readonly [act in ActKind]: ActCodes } = {
  meet: row(null, "036", "106", "026", "125", null),
  negotiate: row(null, "036", "106", "026", "125", null),
  visit: row(null, "036", "106", "026", "125", null),
  "host-visit": row(null, "036", "106", "026", "125", null),
  "phone-call": row(null, "036", "106", "026", "125", null),
  mediate: row(null, "039", "105", "028", "126", null),
  "settle-dispute": row("037", "037", null, "027", "127", null),
  "sign-agreement": row("057", "032", "102", "022", "127", null),
  "establish-relations": row("050", "032", "102", "022", null, null),
  recognize: row("054", "032", "102", "022", null, null),
  apologize: row("055", null, null, null, null, null),
  forgive: row("056", null, null, null, null, null),
  "rally-support": row("053", "032", "102", "022", null, null),
  "cooperate-economically": row("061", "0311", "1011", "0211", "1211", null),
  "cooperate-militarily": row("062", "0312", "1012", "0212", "1212", null),
  "cooperate-judicially": row("063", "0313", "1013", "0213", "1213", null),
  "share-intelligence": row("064", "0314", "1014", "0214", "1214", null),
  "provide-information": row("064", "0314", "101", "0214", "1214", null),
  "economic-aid": row("071", "0331", "1031", "0231", "1221", null),
  "military-aid": row("072", "0332", "1032", "0232", "1222", null),
  "humanitarian-aid": row("073", "0333", "1033", "0233", "1223", null),
  peacekeeping: row("074", "0334", "1034", "0234", "1224", null),
  "grant-asylum": row("075", "033", "103", "023", "122", null),
  "ease-restrictions": row("081", "0351", "1051", "0251", "1241", null),
  "change-policy": row("0832", "0342", "1042", "0242", "1232", null),
  "change-leadership": row("0831", "0341", "1041", "0241", "1231", null),
  resign: row("0831", "0341", "1041", "0241", "1231", "1313"),
  "grant-rights": row("0833", "0343", "1043", "0243", "1233", null),
  reform: row("0834", "0344", "1044", "0244", "1234", null),
  release: row("0841", "0353", "1053", "0253", "1243", null),
  repatriation: row("0841", "0353", "1053", "0253", "1243", null),
  "return-property": row("0842", "0353", "1053", "0253", "1243", null),
  "ease-sanctions": row("085", "0354", "1054", "0254", "1244", null),
  "allow-access": row("086", "0355", "1055", "0255", "1245", null),
  "receive-inspectors": row("0862", "0355", "1055", "0255", "1245", null),
  "allow-aid": row("0863", "0355", "1055", "0255", "1245", null),
  "de-escalate": row("087", "0356", "1056", "0256", "1246", null),
  ceasefire: row("0871", "0356", "107", "0256", "1246", null),
  withdraw: row("0874", "0356", "1056", "0256", "1246", null),
  demobilize: row("0873", "0356", "1056", "0256", "1246", null),
  "lift-curfew": row("0813", "0351", "1051", "0251", "1241", null),
  "lift-emergency": row("0814", "0351", "1051", "0251", "1241", null),
  investigate: row("090", null, "101", null, null, null),
  convict: row("116", null, null, null, null, null),
  sue: row("115", null, null, null, null, null),
  demonstrate: row("141", null, null, null, null, "133"),
  "hunger-strike": row("142", null, null, null, null, "133"),
  strike: row("143", null, null, null, null, "133"),
  boycott: row("143", null, null, null, null, "133"),
  obstruct: row("144", null, null, null, null, "133"),
  riot: row("145", null, null, null, null, "133"),
  "show-of-force": row("150", null, null, null, null, "138"),
  "raise-alert": row("152", null, null, null, null, "138"),
  "mobilize-forces": row("154", null, null, null, null, "138"),
  "mobilize-police": row("153", null, null, null, null, "137"),
  "break-relations": row("161", null, null, null, null, "1313"),
  "cut-aid": row("162", null, null, null, null, "1311"),
  "halt-negotiations": row("164", null, null, null, null, "134"),
  "halt-mediation": row("165", null, null, null, null, "135"),
  expel: row("166", null, null, null, null, "136"),
  "impose-sanctions": row("163", null, null, null, null, "1312"),
  seize: row("171", null, null, null, null, null),
  restrict: row("172", null, null, null, null, "132"),
  ban: row("1722", null, null, null, null, "1322"),
  curfew: row("1723", null, null, null, null, "1323"),
  "martial-law": row("1724", null, null, null, null, "1324"),
  arrest: row("173", null, null, null, null, "137"),
  deport: row("174", null, null, null, null, "132"),
  blockade: row("191", null, null, null, null, "1381"),
  occupy: row("192", null, null, null, null, "1382"),
  abduction: row("181", null, null, null, null, "1383"),
  "physical-assault": row("182", null, null, null, null, "138"),
  torture: row("1822", null, null, null, null, "137"),
  killing: row("1823", null, null, null, null, "138"),
  bombing: row("183", null, null, null, null, "1383"),
  "suicide-attack": row("1831", null, null, null, null, "1383"),
  "human-shield": row("184", null, null, null, null, "1383"),
  "attempted-assassination": row("185", null, null, null, null, "1383"),
  assassination: row("186", null, null, null, null, "1383"),
  "armed-attack": row("190", null, null, null, null, "1384"),
  "armed-clash": row("193", null, null, null, null, "1384"),
  "artillery-attack": row("194", null, null, null, null, "1384"),
  "air-strike": row("195", null, null, null, null, "1384"),
  "ceasefire-violation": row("196", null, null, null, null, "1384"),
  "destroy-property": row("1712", null, null, null, null, "138"),
  repression: row("175", null, null, null, null, "137"),
  "mass-expulsion": row("201", null, null, null, null, "138"),
  "mass-killing": row("202", null, null, null, null, "138"),
  "ethnic-cleansing": row("203", null, null, null, null, "138"),
  "wmd-attack": row("204", null, null, null, null, "1385"),
  stay: row(null, null, null, null, null, null),
  "message-relay": row(null, null, null, null, null, null),
  other: row(null, null, null, null, null, null),
};

/**
 * Why an act has no code of its own when done: the acts of talking are meetings, and
 * event data codes interactions between actors, not states of affairs.
 * @example
 * ```ts
 * UNCODED_ACTS.stay;
 * //=> "a stay is a state of affairs, not an interaction between actors, and event data codes only interactions"
 * ```
 * @group Event codes
 */
export const UNCODED_ACTS: { readonly [act in ActKind]?: string } = {
  meet: "done, talks are a meeting and coded as one",
  negotiate: "done, talks are a meeting and coded as one",
  visit: "done, a visit is a meeting and coded as one",
  "host-visit": "done, hosting a visit is a meeting and coded as one",
  "phone-call": "done, a call is a meeting and coded as one",
  mediate: "done, mediation is a meeting (with a mediator) and coded as one",
  stay: "a stay is a state of affairs, not an interaction between actors, and event data codes only interactions",
  "message-relay": "neither standard codes passing a message on; the message itself is a position, coded on its own",
  other: "an other happening has no code: name its act, or code it by hand",
};

/**
 * The PLOVER manual's rule for each of its sixteen types, as the reason of a mapping row.
 * @example
 * ```ts
 * CATEGORY_RULES.retreat.startsWith("RETREAT");
 * //=> true
 * ```
 * @group Event codes
 */
export const CATEGORY_RULES: { readonly [category in EventCategory]: string } = {
  agree: "AGREE: agree to, offer, promise, or otherwise indicate willingness or commitment to cooperate; future meetings, summits and invitations are AGREE (036)",
  consult: "CONSULT: all consultations and meetings, visits, talks and negotiations; where no side hosts, every participant is a source actor",
  support: "SUPPORT: express support for, commend, approve, recognise, or sign or finalise an agreement",
  concede: "CONCEDE: verbal concessions with no immediate material consequence: easing restrictions, policy or leadership changes, rights",
  cooperate: "COOPERATE: mutual material cooperation: economic, military, judicial, sharing intelligence or information",
  aid: "AID: material aid whose benefit accrues to the recipient: economic, military, humanitarian aid, protection, asylum",
  retreat: "RETREAT: yielding with immediate material consequence: releasing captives, repatriation, returning property, allowing access, ceasefire, withdrawal",
  request: "REQUEST (DEMAND until 1 September 2021): all requests, demands and orders",
  accuse: "ACCUSE: disapprove, criticise, accuse, allege, sue, and all investigations",
  reject: "REJECT: all rejections and refusals",
  threaten: "THREATEN: all threats; the mode says what is threatened",
  protest: "PROTEST: civilian demonstrations and other collective protest: rallies, strikes, boycotts, obstruction, riots",
  sanction: "SANCTION: reductions in normal relations: breaking ties, cutting aid, halting or cancelling talks and meetings, expulsions",
  mobilize: "MOBILIZE: military or police moves short of the use of force",
  coerce: "COERCE: repression or restrictions on rights: arrests, bans, curfews, deportations, seizures, blockades, sanctions",
  assault: "ASSAULT: deliberate actions that can cause substantial physical harm: abduction, attack, bombing, killing, fighting",
};

/**
 * The manual's rule behind each frame, as the reason of a mapping row.
 * @example
 * ```ts
 * FRAME_RULES.appeal.includes("dropped");
 * //=> true
 * ```
 * @group Event codes
 */
export const FRAME_RULES: { readonly [frame in ActFrame]: string } = {
  done: "the act itself, coded by its PLOVER type",
  intent: CATEGORY_RULES.agree,
  demand: `${CATEGORY_RULES.request}; coded by what is asked for (mode assist, change, yield or meet)`,
  appeal: "PLOVER dropped CAMEO's appeals (02): an actor that only asks for support or action is not coded; CAMEO's code is kept",
  reject: `${CATEGORY_RULES.reject}; coded by what is rejected (mode assist, change, yield or meet)`,
  threaten: CATEGORY_RULES.threaten,
};

/**
 * A position kind coded in a frame, by the act it is about.
 * @example
 * ```ts
 * const demand: PositionFrameCoding = { frame: "demand", rule: "REQUEST: all requests, demands and orders" };
 * ```
 * @group Event codes
 */
export interface PositionFrameCoding {
  /** The frame its act is coded in. */
  readonly frame: ActFrame;
  /** The PLOVER manual's rule behind it. */
  readonly rule: string;
}

/**
 * A position kind coded by a CAMEO code of its own.
 * @example
 * ```ts
 * const accusation: PositionCodeCoding = { code: "112", rule: "ACCUSE: an accusation is 112" };
 * ```
 * @group Event codes
 */
export interface PositionCodeCoding {
  /** The CAMEO code. */
  readonly code: string;
  /** The PLOVER manual's rule behind it. */
  readonly rule: string;
}

/**
 * How each {@link PositionKind} is coded: in a frame, by the act it is about, or by a
 * code of its own, with the PLOVER manual's rule behind it.
 *
 * @remarks A `proposal` is an intent (AGREE) when its holder is among those to act, or
 * nobody is named, and a request (REQUEST) when only others are to act. A `response` is
 * coded by its stance: positive as an acceptance, negative as a rejection, neutral as a
 * statement. A `concession` is coded by its act where that is a concession (CONCEDE),
 * else 080. A conditional `threat` with no act named is an ultimatum (139).
 * @example
 * ```ts
 * POSITION_CODES.accusation;
 * //=> { code: "112", rule: "ACCUSE: …" }
 * ```
 * @group Event codes
 */
export const POSITION_CODES: { readonly [kind in PositionKind]: PositionFrameCoding | PositionCodeCoding } = {
  proposal: { frame: "intent", rule: `${CATEGORY_RULES.agree}; a proposal that only others act is a request: ${CATEGORY_RULES.request}` },
  demand: { frame: "demand", rule: FRAME_RULES.demand },
  request: { frame: "demand", rule: FRAME_RULES.demand },
  appeal: { frame: "appeal", rule: FRAME_RULES.appeal },
  offer: { frame: "intent", rule: CATEGORY_RULES.agree },
  promise: { frame: "intent", rule: CATEGORY_RULES.agree },
  concession: { code: "080", rule: `${CATEGORY_RULES.concede}; coded by its act where that is a concession` },
  assertion: { code: "010", rule: "PLOVER dropped CAMEO's statements (01): a bare assertion is not coded; CAMEO's code is kept" },
  accusation: { code: "112", rule: `${CATEGORY_RULES.accuse}: an accusation is 112` },
  "violation-claim": { code: "112", rule: `${CATEGORY_RULES.accuse}: saying someone broke a promise, an agreement or a rule accuses them (112)` },
  criticism: { code: "111", rule: `${CATEGORY_RULES.accuse}: criticism is 111` },
  denial: {
    code: "016",
    rule: "PLOVER dropped CAMEO's statements (01); the manual allows 016 \"Deny responsibility\" to be treated as REJECT but makes no general recommendation, so none is forced",
  },
  support: { code: "051", rule: `${CATEGORY_RULES.support}: endorsing is 051` },
  praise: { code: "051", rule: `${CATEGORY_RULES.support}: praise is 051` },
  acceptance: { frame: "intent", rule: `${CATEGORY_RULES.agree}; accepting a proposal is AGREE, coded by what was proposed` },
  agreement: { frame: "intent", rule: `${CATEGORY_RULES.agree}; an agreement to continue dialogue is 036` },
  rejection: { frame: "reject", rule: FRAME_RULES.reject },
  refusal: { frame: "reject", rule: FRAME_RULES.reject },
  retraction: { frame: "reject", rule: `${FRAME_RULES.reject}; reneging on a commitment rejects what was committed to` },
  threat: { frame: "threaten", rule: `${CATEGORY_RULES.threaten}; a conditional threat naming no act is an ultimatum (139)` },
  response: { frame: "intent", rule: "coded by its stance: positive as an acceptance (AGREE), negative as a rejection (REJECT), neutral as a statement (dropped)" },
};

/**
 * One row of {@link MEETING_CODES}: a CAMEO code, the meetings it is for, and the rule.
 * @example
 * ```ts
 * const planned: MeetingCodeRule = { code: "036", when: "proposed, being scheduled or scheduled", rule: "AGREE: …" };
 * ```
 * @group Event codes
 */
export interface MeetingCodeRule {
  /** The CAMEO code. */
  readonly code: string;
  /** Which meetings get it. */
  readonly when: string;
  /** The PLOVER manual's rule behind it. */
  readonly rule: string;
}

const MEETING_RULES: { readonly [kind in MeetingCoding]: MeetingCodeRule } = {
  planned: { code: "036", when: "proposed, being scheduled or scheduled", rule: CATEGORY_RULES.agree },
  disrupted: {
    code: "164",
    when: "postponed or cancelled",
    rule: "SANCTION: cancellation of meetings; terminating negotiations, failed talks, walk-outs and other disruptions of planned negotiations",
  },
  mediated: { code: "045", when: "held or under way, with a mediator", rule: `${CATEGORY_RULES.consult}; mediation is 045` },
  phone: { code: "041", when: "held or under way, by phone or video", rule: `${CATEGORY_RULES.consult}; mode phone: by phone or another remote medium` },
  visit: { code: "042", when: "held or under way, with a host", rule: `${CATEGORY_RULES.consult}; mode visit: the visitor is the source, the host the recipient` },
  formal: { code: "046", when: "held or under way, formal", rule: `${CATEGORY_RULES.consult}; formal talks are negotiation (046)` },
  "third-party": {
    code: "044",
    when: "held or under way, informal, in a country none of the sides is",
    rule: `${CATEGORY_RULES.consult}; mode third-party: the meeting is hosted by a third party`,
  },
  informal: { code: "040", when: "held or under way, informal or secret", rule: CATEGORY_RULES.consult },
};

/**
 * The kinds of meeting {@link MEETING_CODES} tells apart, in the order they are tried.
 * @example
 * ```ts
 * const kind: MeetingCoding = "third-party";
 * ```
 * @group Event codes
 */
export type MeetingCoding = "planned" | "disrupted" | "mediated" | "phone" | "visit" | "formal" | "third-party" | "informal";

/**
 * Which CAMEO code each kind of meeting gets, with the PLOVER manual's rule behind it.
 *
 * @remarks Tried in this order: a planned meeting (proposed, being scheduled,
 * scheduled) is an intent to meet; a postponed or cancelled one a halt (SANCTION); a
 * meeting held or under way with a mediator is mediation; by phone or video a call; with
 * a host a visit (the visitors act, the host receives); formal talks negotiation; talks
 * in a country none of the sides is, with no host, a meeting at a third location; any
 * other a consultation. Modes the crosswalk row lacks (`third-party`, `multilateral`)
 * are added where the meeting shows them.
 * @example
 * ```ts
 * MEETING_CODES.planned.code;
 * //=> "036"
 * ```
 * @group Event codes
 */
export const MEETING_CODES: { readonly [kind in MeetingCoding]: MeetingCodeRule } = MEETING_RULES;
