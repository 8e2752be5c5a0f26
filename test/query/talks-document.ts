import { validateDocument, type NewsDocument, type NewsDocumentInput } from "../../src/index.js";

/**
 * An invented report of talks between two fictional states, with every kind of object the
 * query, describe and build layers read: delegations with heads and deputies, a meeting
 * on the sidelines of another, a thread of positions, nested attributions and an
 * alleged promise.
 */
export const TALKS_TEXT =
  "Ruritania and Freedonia held formal talks in Geneva on Tuesday, Ruritanian officials said. " +
  "Anna Berg, Ruritania's deputy foreign minister, told the Freedonian delegation that Ruritania wants a new round in early May. " +
  "Freedonia rejected the proposal, and Ruritania answered that it regretted the rejection. " +
  "The deputy chiefs, Tomas Holt and Ivo Lind, had met behind the scenes on Monday night. " +
  "Freedonia asserted that Ruritania had promised aid, which Ruritania denied, sources said. " +
  "Holt is believed to have carried the message home.";

function span(id: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TALKS_TEXT.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { id, start, end: start + quote.length, quote };
}

/** A fresh copy of the talks document, as input (ids not yet branded). */
export function talksInput() {
  return {
    schemaVersion: 2,
    article: {
      text: TALKS_TEXT,
      offsetUnit: "utf-16-code-unit",
      headline: "Ruritania and Freedonia talk in Geneva",
      publisher: "Example Wire",
      published: "2031-03-12",
      referenceDate: "2031-03-12",
      language: "en",
    },
    actors: [
      { kind: "state", id: "ruritania", name: "Ruritania", aliases: [{ text: "Ruritanian", kind: "demonym" }], evidenceIds: ["ev-ruritania"] },
      { kind: "state", id: "freedonia", name: "Freedonia", aliases: [{ text: "Freedonian", kind: "demonym" }], evidenceIds: ["ev-freedonia"] },
      { kind: "person", id: "anna-berg", name: "Anna Berg", nationalityIds: ["ruritania"], evidenceIds: ["ev-berg"] },
      { kind: "person", id: "tomas-holt", name: "Tomas Holt", evidenceIds: ["ev-holt"] },
      { kind: "person", id: "ivo-lind", name: "Ivo Lind", evidenceIds: ["ev-lind"] },
      { kind: "unnamed-source", id: "rur-officials", name: "Ruritanian officials", plural: true, affiliationId: "ruritania", evidenceIds: ["ev-officials"] },
      { kind: "unnamed-source", id: "sources", name: "sources", plural: true, evidenceIds: ["ev-sources-said"] },
      { kind: "counted-group", id: "three-envoys", name: "three envoys", count: { value: 3, exactness: "exact" }, criterion: "sent by Ruritania", evidenceIds: [] },
      { kind: "organization", id: "rur-mofa", name: "Ruritanian Foreign Ministry", organizationKind: "ministry", countryId: "ruritania", evidenceIds: [] },
    ],
    places: [{ id: "geneva", name: "Geneva", kind: "city", evidenceIds: ["ev-geneva"] }],
    posts: [
      { id: "post-berg", holderId: "anna-berg", title: "deputy foreign minister", organizationId: "ruritania", heldAtId: "time-tuesday", evidenceIds: ["ev-berg-post"] },
    ],
    delegations: [
      { id: "rur-delegation", name: "the Ruritanian delegation", representsId: "ruritania", attendsIds: ["geneva-talks"],
        members: [{ personId: "anna-berg", role: "head", evidenceIds: ["ev-berg"] }, { personId: "tomas-holt", role: "deputy-head", evidenceIds: ["ev-deputies"] }],
        evidenceIds: ["ev-ruritania"] },
      { id: "fre-delegation", name: "the Freedonian delegation", representsId: "freedonia",
        members: [{ personId: "ivo-lind", role: "deputy-head", evidenceIds: ["ev-deputies"] }], evidenceIds: ["ev-fre-delegation"] },
    ],
    series: [],
    meetings: [
      { id: "geneva-talks", label: "formal talks in Geneva", kind: "bilateral", formality: "formal", status: "held",
        placeId: "geneva", timeId: "time-tuesday",
        participants: [{ kind: "delegation", delegationId: "rur-delegation", role: "party" }, { kind: "delegation", delegationId: "fre-delegation", role: "party" }],
        issueIds: ["schedule"], evidenceIds: ["ev-talks"], attributionIds: ["att-officials"] },
      { id: "deputies-monday-night", label: "the deputy chiefs' meeting behind the scenes", kind: "bilateral", formality: "informal", status: "held",
        sidelinesOfId: "geneva-talks", placeId: "geneva", timeId: "time-monday-night",
        participants: [
          { kind: "delegation", delegationId: "rur-delegation", attendedBy: ["deputy-head"], role: "party" },
          { kind: "delegation", delegationId: "fre-delegation", attendedBy: ["deputy-head"], role: "party" },
        ],
        evidenceIds: ["ev-deputies"] },
      { id: "new-round", label: "a new round", kind: "bilateral", formality: "formal", status: "proposed", timeId: "time-early-may",
        participants: [{ kind: "actor", actorId: "ruritania", role: "party" }, { kind: "actor", actorId: "freedonia", role: "party" }],
        evidenceIds: ["ev-new-round"] },
    ],
    positions: [
      { id: "berg-proposal", kind: "proposal", holderIds: ["ruritania"], voicedById: "anna-berg", addresseeIds: ["fre-delegation"], issueIds: ["schedule"],
        content: "Ruritania wants a new round in early May.", actions: [{ verb: "hold", meetingId: "new-round", timeId: "time-early-may" }],
        voicedAtId: "geneva-talks", timeId: "time-tuesday", evidenceIds: ["ev-proposal"] },
      { id: "fre-rejection", kind: "rejection", holderIds: ["freedonia"], addresseeIds: ["ruritania"], answersId: "berg-proposal",
        content: "Freedonia rejected the proposal.", evidenceIds: ["ev-rejected"] },
      { id: "rur-regret", kind: "response", holderIds: ["rur-delegation"], answersId: "fre-rejection", stance: "negative",
        content: "Ruritania regretted the rejection.", evidenceIds: ["ev-regretted"] },
      { id: "fre-assertion", kind: "assertion", holderIds: ["freedonia"], issueIds: ["aid"], aboutIds: ["aid-promise"],
        content: "Ruritania had promised aid.", evidenceIds: ["ev-asserted"], attributionIds: ["att-sources"] },
      { id: "rur-denial", kind: "denial", holderIds: ["ruritania"], answersId: "fre-assertion", aboutIds: ["aid-promise"], issueIds: ["aid"],
        content: "Ruritania denied that it had promised aid.", evidenceIds: ["ev-denied"], attributionIds: ["att-sources"] },
      { id: "aid-promise", kind: "promise", holderIds: ["ruritania"], addresseeIds: ["freedonia"], content: "Ruritania promised aid to Freedonia.",
        actions: [{ verb: "give", act: "economic-aid", object: "aid" }], evidenceIds: ["ev-asserted"], attributionIds: ["att-alleged"] },
    ],
    issues: [
      { id: "bilateral", name: "bilateral issues", evidenceIds: [] },
      { id: "aid", name: "aid", parentId: "bilateral", evidenceIds: ["ev-aid"] },
      { id: "schedule", name: "the schedule of talks", evidenceIds: ["ev-new-round"] },
    ],
    happenings: [
      { id: "message-home", kind: "message-relay", description: "Holt carried the message home.",
        participants: [{ actorId: "tomas-holt", role: "intermediary" }, { actorId: "ruritania", role: "recipient" }],
        contentId: "berg-proposal", evidenceIds: ["ev-carried"], attributionIds: ["att-believed"] },
    ],
    times: [
      { kind: "point", id: "time-tuesday", text: "Tuesday", utcOffset: "+01:00", value: { precision: "day", weekday: "tuesday", direction: "past" },
        resolved: { start: "2031-03-11T00:00:00+01:00", end: "2031-03-12T00:00:00+01:00", precision: "day", utcOffset: "+01:00" }, evidenceIds: ["ev-tuesday"] },
      { kind: "point", id: "time-monday-night", text: "Monday night", utcOffset: "+01:00",
        value: { precision: "part-of-day", weekday: "monday", partOfDay: "night", direction: "past" },
        resolved: { start: "2031-03-10T18:00:00+01:00", end: "2031-03-11T00:00:00+01:00", precision: "part-of-day", utcOffset: "+01:00" }, evidenceIds: ["ev-monday-night"] },
      { kind: "point", id: "time-early-may", text: "early May", utcOffset: "+01:00", value: { precision: "month", month: 5, modifier: "early", direction: "future" }, evidenceIds: ["ev-early-may"] },
    ],
    attributions: [
      { id: "att-officials", sourceId: "rur-officials", certainty: "reported", saidAtId: "time-tuesday", evidenceIds: ["ev-officials-said"] },
      { id: "att-believed", certainty: "believed", withinId: "att-officials", evidenceIds: ["ev-believed"] },
      { id: "att-sources", sourceId: "sources", certainty: "reported", evidenceIds: ["ev-sources-said"] },
      { id: "att-alleged", certainty: "alleged", withinId: "att-sources", evidenceIds: ["ev-asserted"] },
    ],
    evidence: [
      span("ev-ruritania", "Ruritania"),
      span("ev-freedonia", "Freedonia"),
      span("ev-talks", "Ruritania and Freedonia held formal talks in Geneva on Tuesday"),
      span("ev-geneva", "Geneva"),
      span("ev-tuesday", "Tuesday"),
      span("ev-officials", "Ruritanian officials"),
      span("ev-officials-said", "Ruritanian officials said"),
      span("ev-berg", "Anna Berg"),
      span("ev-berg-post", "Anna Berg, Ruritania's deputy foreign minister"),
      span("ev-fre-delegation", "the Freedonian delegation"),
      span("ev-proposal", "told the Freedonian delegation that Ruritania wants a new round in early May"),
      span("ev-new-round", "a new round"),
      span("ev-early-may", "early May"),
      span("ev-rejected", "Freedonia rejected the proposal"),
      span("ev-regretted", "Ruritania answered that it regretted the rejection"),
      span("ev-deputies", "The deputy chiefs, Tomas Holt and Ivo Lind, had met behind the scenes on Monday night"),
      span("ev-holt", "Tomas Holt"),
      span("ev-lind", "Ivo Lind"),
      span("ev-monday-night", "Monday night"),
      span("ev-asserted", "Freedonia asserted that Ruritania had promised aid"),
      span("ev-aid", "promised aid"),
      span("ev-denied", "which Ruritania denied"),
      span("ev-sources-said", "sources said"),
      span("ev-carried", "Holt is believed to have carried the message home"),
      span("ev-believed", "is believed"),
    ],
  } satisfies NewsDocumentInput;
}

/** The talks document, validated: fails the test run at once if it is not valid. */
export function talksDocument(): NewsDocument {
  const result = validateDocument(talksInput());
  if (!result.ok) throw new Error(`the talks document is invalid:\n${JSON.stringify(result.problems, null, 2)}`);
  return result.document;
}
