import * as z from "zod";

/**
 * The sixteen kinds of event that event data codes, in PLOVER's words: what a meeting,
 * a position or a happening is, at the coarsest grain.
 *
 * @remarks
 * - `agree`: say one will do something, or agree to it ("agreed to continue dialogue").
 * - `consult`: meet, talk, visit, negotiate, mediate.
 * - `support`: praise, endorse, recognise, apologise, sign a formal agreement.
 * - `concede`: give ground: ease restrictions, change policy or leaders, grant rights.
 * - `cooperate`: cooperate in deed: economically, militarily, judicially, by sharing intelligence.
 * - `aid`: give economic, military or humanitarian aid, protection or asylum.
 * - `retreat`: release people or property, withdraw, disarm, cease fire, allow access.
 * - `request`: ask, demand, appeal, order.
 * - `accuse`: criticise, accuse, allege, investigate, find guilty.
 * - `reject`: refuse, reject a proposal or demand, defy.
 * - `threaten`: threaten sanctions, force or other harm.
 * - `protest`: demonstrate, strike, boycott, riot.
 * - `sanction`: reduce or break relations, cut aid, halt talks, expel.
 * - `mobilize`: raise alert, mobilise troops or police, show force.
 * - `coerce`: arrest, restrict, ban, deport, seize, blockade, impose sanctions.
 * - `assault`: abduct, attack, bomb, kill, fight.
 *
 * The codes of each (PLOVER's modes, CAMEO's codes, Goldstein values) are the export's
 * business: see {@link toPloverEvents}.
 * @see https://github.com/openeventdata/PLOVER
 * @group Acts
 */
export const EventCategory = /* @__PURE__ */ z
  .enum([
    "agree",
    "consult",
    "support",
    "concede",
    "cooperate",
    "aid",
    "retreat",
    "request",
    "accuse",
    "reject",
    "threaten",
    "protest",
    "sanction",
    "mobilize",
    "coerce",
    "assault",
  ])
  .meta({
    description:
      "The kind of event in PLOVER's sixteen: agree, consult, support, concede, cooperate, aid, retreat, request, accuse, reject, threaten, protest, sanction, mobilize, coerce or assault.",
  });
export type EventCategory = z.infer<typeof EventCategory>;

// Each act, with the kind of event it is. The one list of acts: ActKind reads its values
// from the keys, actCategory its answers from the values.
const ACT_CATEGORIES = {
  meet: "consult",
  negotiate: "consult",
  visit: "consult",
  "host-visit": "consult",
  "phone-call": "consult",
  mediate: "consult",
  "settle-dispute": "agree",
  "sign-agreement": "support",
  "establish-relations": "support",
  recognize: "support",
  apologize: "support",
  forgive: "support",
  "rally-support": "support",
  "cooperate-economically": "cooperate",
  "cooperate-militarily": "cooperate",
  "cooperate-judicially": "cooperate",
  "share-intelligence": "cooperate",
  "provide-information": "cooperate",
  "economic-aid": "aid",
  "military-aid": "aid",
  "humanitarian-aid": "aid",
  peacekeeping: "aid",
  "grant-asylum": "aid",
  "ease-restrictions": "concede",
  "change-policy": "concede",
  "change-leadership": "concede",
  resign: "concede",
  "grant-rights": "concede",
  reform: "concede",
  release: "retreat",
  repatriation: "retreat",
  "return-property": "retreat",
  "ease-sanctions": "retreat",
  "allow-access": "retreat",
  "receive-inspectors": "retreat",
  "allow-aid": "retreat",
  "de-escalate": "retreat",
  ceasefire: "retreat",
  withdraw: "retreat",
  demobilize: "retreat",
  "lift-curfew": "retreat",
  "lift-emergency": "retreat",
  investigate: "accuse",
  convict: "accuse",
  sue: "accuse",
  demonstrate: "protest",
  "hunger-strike": "protest",
  strike: "protest",
  boycott: "protest",
  obstruct: "protest",
  riot: "protest",
  "show-of-force": "mobilize",
  "raise-alert": "mobilize",
  "mobilize-forces": "mobilize",
  "mobilize-police": "mobilize",
  "break-relations": "sanction",
  "cut-aid": "sanction",
  "halt-negotiations": "sanction",
  "halt-mediation": "sanction",
  expel: "sanction",
  "impose-sanctions": "coerce",
  seize: "coerce",
  restrict: "coerce",
  ban: "coerce",
  curfew: "coerce",
  "martial-law": "coerce",
  arrest: "coerce",
  deport: "coerce",
  blockade: "coerce",
  occupy: "coerce",
  abduction: "assault",
  "physical-assault": "assault",
  torture: "assault",
  killing: "assault",
  bombing: "assault",
  "suicide-attack": "assault",
  "human-shield": "assault",
  "attempted-assassination": "assault",
  assassination: "assault",
  "armed-attack": "assault",
  "armed-clash": "assault",
  "artillery-attack": "assault",
  "air-strike": "assault",
  "ceasefire-violation": "assault",
  "destroy-property": "assault",
  repression: "assault",
  "mass-expulsion": "assault",
  "mass-killing": "assault",
  "ethnic-cleansing": "assault",
  "wmd-attack": "assault",
  stay: null,
  "message-relay": null,
  other: null,
} as const satisfies Record<string, EventCategory | null>;

type ActKindValue = keyof typeof ACT_CATEGORIES;

/**
 * What is done, or asked, offered, promised or threatened to be done: the act of a
 * {@link Happening}, or of the action a {@link Position} is about.
 *
 * @remarks Each act belongs to one of the sixteen {@link EventCategory}s, which
 * {@link actCategory} gives, except `stay` (people spending a time somewhere, "24 years in
 * the North"), `message-relay` (a message passed on through an intermediary) and
 * `other`, which event data does not code. The acts, by category:
 * - consult: `meet`, `negotiate`, `visit`, `host-visit`, `phone-call`, `mediate` (for the
 *   actions of positions; a meeting itself is a {@link Meeting});
 * - agree: `settle-dispute`;
 * - support: `sign-agreement`, `establish-relations`, `recognize`, `apologize`, `forgive`, `rally-support`;
 * - cooperate: `cooperate-economically`, `cooperate-militarily`, `cooperate-judicially`, `share-intelligence`, `provide-information`;
 * - aid: `economic-aid`, `military-aid`, `humanitarian-aid`, `peacekeeping`, `grant-asylum`;
 * - concede: `ease-restrictions`, `change-policy`, `change-leadership`, `resign`, `grant-rights`, `reform`;
 * - retreat: `release`, `repatriation`, `return-property`, `ease-sanctions`, `allow-access`,
 *   `receive-inspectors`, `allow-aid`, `de-escalate`, `ceasefire`, `withdraw`, `demobilize`,
 *   `lift-curfew`, `lift-emergency`;
 * - accuse: `investigate`, `convict`, `sue` (speech that accuses is a {@link Position});
 * - protest: `demonstrate`, `hunger-strike`, `strike`, `boycott`, `obstruct`, `riot`;
 * - mobilize: `show-of-force`, `raise-alert`, `mobilize-forces`, `mobilize-police`;
 * - sanction: `break-relations`, `cut-aid`, `halt-negotiations`, `halt-mediation`, `expel`;
 * - coerce: `impose-sanctions`, `seize`, `restrict`, `ban`, `curfew`, `martial-law`,
 *   `arrest` (arrest, detain, jail, charge), `deport`, `blockade`, `occupy`;
 * - assault: `abduction`, `physical-assault`, `torture`, `killing`, `bombing`,
 *   `suicide-attack`, `human-shield`, `attempted-assassination`, `assassination`,
 *   `armed-attack`, `armed-clash`, `artillery-attack`, `air-strike`, `ceasefire-violation`,
 *   `destroy-property`, `repression`, `mass-expulsion`, `mass-killing`, `ethnic-cleansing`, `wmd-attack`.
 * @group Acts
 */
export const ActKind = /* @__PURE__ */ z
  .enum(Object.keys(ACT_CATEGORIES) as [ActKindValue, ...ActKindValue[]])
  .meta({
    description:
      "What is done (or asked, offered, promised, threatened to be done), in kebab-case words grouped by PLOVER's sixteen event types: for example release, withdraw, ceasefire, arrest, deport, demonstrate, strike, impose-sanctions, break-relations, economic-aid, meet, abduction, armed-clash, killing; stay, message-relay or other for what event data does not code.",
  });
export type ActKind = z.infer<typeof ActKind>;

/**
 * The kind of event an act is, in PLOVER's sixteen, or `undefined` for an act event
 * data does not code (`stay`, `message-relay`, `other`).
 * @example
 * ```ts
 * actCategory("arrest");
 * //=> "coerce"
 * actCategory("stay");
 * //=> undefined
 * ```
 * @group Acts
 */
export function actCategory(kind: ActKind): EventCategory | undefined {
  return ACT_CATEGORIES[kind] ?? undefined;
}
