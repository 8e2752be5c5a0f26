import type { EventCategory } from "../model/act.js";
import { CAMEO_CODES } from "./cameo-crosswalk.generated.js";

/**
 * A PLOVER event type: one of the sixteen of the PLOVER manual, in its capitals
 * (`"CONSULT"`, `"REQUEST"`), read from {@link EventCategory}.
 *
 * @remarks DEMAND was renamed REQUEST on 1 September 2021. PLOVER has no type for a
 * statement or an appeal (CAMEO 01 and 02), so none for an assertion, a denial or an
 * appeal; {@link codePosition} says so rather than forcing one.
 * @example
 * ```ts
 * const type: PloverEventType = "CONSULT";
 * ```
 * @group Event codes
 */
export type PloverEventType = Uppercase<EventCategory>;

/**
 * One CAMEO code with its Goldstein value and GDELT QuadClass, and the PLOVER event
 * type, modes and contexts the CAMEO-to-PLOVER crosswalk maps it to.
 *
 * @remarks The rows are {@link CAMEO_CODES}, read from the crosswalk CSV.
 * @example
 * ```ts
 * const negotiation: CameoCode = { code: "046", label: "Engage in negotiation", goldstein: 7, quadClass: 1, plover: "CONSULT", modes: [], contexts: ["diplomatic"] };
 * ```
 * @group Event codes
 */
export interface CameoCode {
  /** The CAMEO event code, as text to keep its leading zero: `"046"`. */
  readonly code: string;
  /** The CAMEO codebook's label, as the crosswalk gives it. */
  readonly label: string;
  /** The Goldstein value, from −10 (most conflictual) to +10 (most cooperative); null where the crosswalk gives none (1213, 1214). */
  readonly goldstein: number | null;
  /** GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: number;
  /** The PLOVER event type, or null where PLOVER dropped the CAMEO code (statements 01, appeals 02). */
  readonly plover: PloverEventType | null;
  /** The PLOVER modes the crosswalk gives. */
  readonly modes: readonly string[];
  /** The PLOVER contexts the crosswalk gives. */
  readonly contexts: readonly string[];
}

export { CAMEO_CODES };

const BY_CODE: ReadonlyMap<string, CameoCode> = new Map(CAMEO_CODES.map((row) => [row.code, row]));

/**
 * The crosswalk's row for a CAMEO code, or undefined where CAMEO has no such code.
 * @example
 * ```ts
 * cameoCode("181")?.plover;
 * //=> "ASSAULT"
 * ```
 * @group Event codes
 */
export function cameoCode(code: string): CameoCode | undefined {
  return BY_CODE.get(code);
}
