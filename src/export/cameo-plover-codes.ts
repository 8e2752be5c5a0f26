/**
 * A PLOVER event type: the sixteen of the PLOVER manual (DEMAND was renamed REQUEST in 2024).
 *
 * @remarks PLOVER has no type for a statement or an appeal (CAMEO 01 and 02), so none for
 * a proposal, an assertion or a denial; {@link codePosition} says so rather than forcing one.
 * @example
 * ```ts
 * const type: PloverEventType = "CONSULT";
 * ```
 * @group Event codes
 */
export type PloverEventType =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "CONCEDE"
  | "COOPERATE"
  | "AID"
  | "RETREAT"
  | "REQUEST"
  | "ACCUSE"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "SANCTION"
  | "MOBILIZE"
  | "COERCE"
  | "ASSAULT";

/**
 * One CAMEO code with its Goldstein value and GDELT QuadClass, and the PLOVER event
 * type, modes and contexts the CAMEO-to-PLOVER crosswalk maps it to.
 *
 * @remarks The rows are {@link CAMEO_CODES}.
 * @example
 * ```ts
 * const negotiation: CameoCode = { code: "046", label: "Engage in negotiation", goldstein: 7, quadClass: 1, plover: "CONSULT", modes: [], contexts: ["diplomatic"] };
 * ```
 * @group Event codes
 */
export interface CameoCode {
  /** The CAMEO event code, as text to keep its leading zero: `"046"`. */
  readonly code: string;
  /** The CAMEO codebook's label. */
  readonly label: string;
  /** The Goldstein value, from −10 (most conflictual) to +10 (most cooperative). */
  readonly goldstein: number;
  /** GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: 1 | 2 | 3 | 4;
  /** The PLOVER event type, or null where PLOVER dropped the CAMEO code. */
  readonly plover: PloverEventType | null;
  /** The PLOVER modes. */
  readonly modes: readonly string[];
  /** The PLOVER contexts. */
  readonly contexts: readonly string[];
  /** The crosswalk's note, where it has one. */
  readonly note?: string;
}

/**
 * The 28 CAMEO codes that matter for diplomatic talks, with their Goldstein values,
 * QuadClasses and PLOVER mappings.
 *
 * @remarks From the CAMEO event codebook (labels), GDELT's Goldstein lookup table, the
 * GDELT 2.0 QuadClass rule (root codes 01–05 are 1, 06–09 are 2, 10–14 are 3, 15–20 are
 * 4) and the Open Event Data Alliance's CAMEO-to-PLOVER crosswalk. PLOVER dropped CAMEO's
 * statements (01) and appeals (02), so those rows have no PLOVER type: the `note` says
 * why.
 * @example
 * ```ts
 * CAMEO_CODES.find((row) => row.code === "046");
 * //=> { code: "046", label: "Engage in negotiation", goldstein: 7, quadClass: 1, plover: "CONSULT", modes: [], contexts: ["diplomatic"] }
 * ```
 * @see https://github.com/openeventdata/PLOVER
 * @group Event codes
 */
export const CAMEO_CODES: readonly CameoCode[] = [
  { code: "010", label: "Make statement, not specified below", goldstein: 0.0, quadClass: 1, plover: null, modes: [], contexts: [], note: "CAMEO 01 dropped in PLOVER" },
  { code: "015", label: "Acknowledge or claim responsibility", goldstein: 0.0, quadClass: 1, plover: null, modes: [], contexts: [], note: "CAMEO 01 dropped in PLOVER; manual suggests AGREE optionally" },
  { code: "016", label: "Deny responsibility", goldstein: -2.0, quadClass: 1, plover: null, modes: [], contexts: [], note: "PLOVER manual: may be treated as REJECT; not a general recommendation" },
  { code: "019", label: "Express accord", goldstein: 3.4, quadClass: 1, plover: null, modes: [], contexts: [], note: "CAMEO 01 dropped in PLOVER" },
  { code: "020", label: "Make an appeal or request, not specified below", goldstein: 3.0, quadClass: 1, plover: null, modes: [], contexts: [], note: "CAMEO 02 dropped in PLOVER" },
  { code: "026", label: "Appeal to others to meet or negotiate", goldstein: 4.0, quadClass: 1, plover: null, modes: [], contexts: [], note: "CAMEO 02 dropped in PLOVER" },
  { code: "030", label: "Express intent to cooperate, not specified below", goldstein: 4.0, quadClass: 1, plover: "AGREE", modes: [], contexts: ["diplomatic"] },
  { code: "036", label: "Express intent to meet or negotiate", goldstein: 4.0, quadClass: 1, plover: "AGREE", modes: [], contexts: ["diplomatic"] },
  { code: "037", label: "Express intent to settle dispute", goldstein: 5.0, quadClass: 1, plover: "AGREE", modes: [], contexts: ["diplomatic"] },
  { code: "040", label: "Consult, not specified below", goldstein: 1.0, quadClass: 1, plover: "CONSULT", modes: [], contexts: [] },
  { code: "041", label: "Discuss by telephone", goldstein: 1.0, quadClass: 1, plover: "CONSULT", modes: ["phone"], contexts: [] },
  { code: "042", label: "Make a visit", goldstein: 1.9, quadClass: 1, plover: "CONSULT", modes: ["visit"], contexts: [] },
  { code: "043", label: "Host a visit", goldstein: 2.8, quadClass: 1, plover: "CONSULT", modes: ["visit"], contexts: [] },
  { code: "044", label: 'Meet at a "third" location', goldstein: 2.5, quadClass: 1, plover: "CONSULT", modes: ["third-party"], contexts: [] },
  { code: "045", label: "Mediate", goldstein: 5.0, quadClass: 1, plover: "CONSULT", modes: [], contexts: ["diplomatic"] },
  { code: "046", label: "Engage in negotiation", goldstein: 7.0, quadClass: 1, plover: "CONSULT", modes: [], contexts: ["diplomatic"] },
  { code: "057", label: "Sign formal agreement", goldstein: 8.0, quadClass: 1, plover: "SUPPORT", modes: [], contexts: ["diplomatic"] },
  { code: "100", label: "Demand, not specified below", goldstein: -5.0, quadClass: 3, plover: "REQUEST", modes: [], contexts: [] },
  { code: "1053", label: "Demand release of persons or property", goldstein: -5.0, quadClass: 3, plover: "REQUEST", modes: ["yield"], contexts: ["legal"] },
  { code: "106", label: "Demand meeting, negotiation", goldstein: -5.0, quadClass: 3, plover: "REQUEST", modes: ["meet"], contexts: ["diplomatic"] },
  { code: "111", label: "Criticize or denounce", goldstein: -2.0, quadClass: 3, plover: "ACCUSE", modes: ["disapprove"], contexts: [] },
  { code: "112", label: "Accuse, not specified below", goldstein: -2.0, quadClass: 3, plover: "ACCUSE", modes: ["disapprove"], contexts: [] },
  { code: "114", label: "Complain officially", goldstein: -2.0, quadClass: 3, plover: "ACCUSE", modes: ["allege"], contexts: ["diplomatic"] },
  { code: "120", label: "Reject, not specified below", goldstein: -4.0, quadClass: 3, plover: "REJECT", modes: [], contexts: [] },
  { code: "1243", label: "Refuse to release persons or property", goldstein: -4.0, quadClass: 3, plover: "REJECT", modes: ["yield"], contexts: ["legal"] },
  { code: "125", label: "Reject proposal to meet, discuss, or negotiate", goldstein: -5.0, quadClass: 3, plover: "REJECT", modes: ["meet"], contexts: ["diplomatic"] },
  { code: "127", label: "Reject plan, agreement to settle dispute", goldstein: -5.0, quadClass: 3, plover: "REJECT", modes: ["meet"], contexts: ["diplomatic"] },
  { code: "139", label: "Give ultimatum", goldstein: -7.0, quadClass: 3, plover: "THREATEN", modes: ["relations"], contexts: ["diplomatic"] },
];
