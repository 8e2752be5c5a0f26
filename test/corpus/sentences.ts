// Forty-eight short news sentences written for this corpus, three for each of PLOVER's
// sixteen event types, with named and unnamed actors, places, numbers, negation and each
// kind of time expression. Each sentence's expected type and modes follow the PLOVER
// manual (its event categories and mode tables; negation, future and hypothetical as the
// auxiliary values it names). The encodings use only the public builder.
import type { CorpusSentence } from "./corpus-kit.js";

export const SENTENCES: readonly CorpusSentence[] = [
  // AGREE: agree to, offer, promise; future meetings are AGREE.
  {
    text: "Ruritania and Freedonia agreed on Tuesday to hold talks in Geneva next month.",
    plover: { type: "AGREE", modes: [] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const geneva = b.place({ id: "geneva", name: "Geneva", kind: "city", countryCode: "CH", evidenceIds: ev("Geneva") });
      const tuesday = b.time({ kind: "point", id: "t-tuesday", text: "on Tuesday", value: { precision: "day", weekday: "tuesday", direction: "past" }, evidenceIds: ev("on Tuesday") });
      const nextMonth = b.time({ kind: "deictic", id: "t-next-month", text: "next month", unit: "month", offset: 1, evidenceIds: ev("next month") });
      const talks = b.meeting({
        id: "talks", label: "talks in Geneva", kind: "bilateral", status: "scheduled", placeId: geneva, timeId: nextMonth,
        participants: [{ kind: "actor", actorId: ru, role: "party" }, { kind: "actor", actorId: fr, role: "party" }], evidenceIds: ev("hold talks in Geneva"),
      });
      b.position({
        id: "agree", kind: "agreement", holderIds: [ru, fr], content: "Ruritania and Freedonia agreed to hold talks in Geneva next month.", timeId: tuesday,
        actions: [{ verb: "hold", act: "meet", meetingId: talks, placeId: geneva, timeId: nextMonth }], evidenceIds: ev("agreed on Tuesday to hold talks"),
      });
      return {
        main: "agree",
        facts: [
          ["who agreed", "positions:agree/holderIds", ["ruritania", "freedonia"]],
          ["what: to meet", "positions:agree/actions/0/act", "meet"],
          ["where", "meetings:talks/placeId", "geneva"],
          ["when agreed", "times:t-tuesday/resolved/start", "2031-05-13T00:00:00+00:00"],
          ["when to meet", "times:t-next-month/resolved/start", "2031-06-01T00:00:00+00:00"],
          ["planned", "meetings:talks/status", "scheduled"],
        ],
      };
    },
  },
  {
    text: "The rebel commander pledged yesterday to free 40 hostages.",
    plover: { type: "AGREE", modes: [] },
    encode({ b, ev }) {
      const commander = b.unnamedSource({
        id: "commander", name: "the rebel commander", plural: false,
        descriptors: [{ text: "rebel", kind: "stance", evidenceIds: ev("rebel") }, { text: "commander", kind: "title", evidenceIds: ev("commander") }],
        evidenceIds: ev("The rebel commander"),
      });
      const hostages = b.countedGroup({ id: "hostages", name: "40 hostages", count: { value: 40, exactness: "exact" }, criterion: "held hostage", evidenceIds: ev("40 hostages") });
      const yesterday = b.time({ kind: "deictic", id: "t-yesterday", text: "yesterday", unit: "day", offset: -1, evidenceIds: ev("yesterday") });
      b.position({
        id: "pledge", kind: "promise", holderIds: [commander], voicedById: commander, content: "The rebel commander pledged to free 40 hostages.", timeId: yesterday,
        actions: [{ verb: "free", act: "release", agentIds: [commander], objectIds: [hostages], quantities: [{ measure: "other", value: 40, exactness: "exact", text: "40 hostages", evidenceIds: ev("40") }] }],
        evidenceIds: ev("pledged yesterday to free 40 hostages"),
      });
      return {
        main: "pledge",
        facts: [
          ["who: an unnamed commander", "actors:commander/kind", "unnamed-source"],
          ["his stance: rebel", "actors:commander/descriptors/0/text", "rebel"],
          ["a promise", "positions:pledge/kind", "promise"],
          ["to release", "positions:pledge/actions/0/act", "release"],
          ["40 people", "actors:hostages/count/value", 40],
          ["when: yesterday", "times:t-yesterday/resolved/start", "2031-05-13T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Village elders in the Karsa district agreed to step down from the council after the harvest festival.",
    plover: { type: "AGREE", modes: [] },
    encode({ b, ev }) {
      const karsa = b.place({ id: "karsa", name: "the Karsa district", kind: "district", evidenceIds: ev("the Karsa district") });
      const elders = b.countedGroup({ id: "elders", name: "village elders", criterion: "elders of the villages of the Karsa district", evidenceIds: ev("Village elders") });
      const festival = b.time({ kind: "named-period", id: "t-festival", text: "the harvest festival", name: "the harvest festival", period: "holiday", evidenceIds: ev("the harvest festival") });
      const after = b.time({ kind: "relative", id: "t-after-festival", text: "after the harvest festival", relation: "after", anchorId: festival, evidenceIds: ev("after the harvest festival") });
      b.position({
        id: "step-down", kind: "agreement", holderIds: [elders], content: "Village elders agreed to step down from the council after the harvest festival.", placeId: karsa,
        actions: [{ verb: "step down", act: "resign", agentIds: [elders], object: "the council", timeId: after }], evidenceIds: ev("agreed to step down from the council"),
      });
      return {
        main: "step-down",
        facts: [
          ["one party agrees alone", "positions:step-down/holderIds", ["elders"]],
          ["who: a group", "actors:elders/kind", "counted-group"],
          ["where", "positions:step-down/placeId", "karsa"],
          ["to resign", "positions:step-down/actions/0/act", "resign"],
          ["from what", "positions:step-down/actions/0/object", "the council"],
          ["when: after a festival", "times:t-after-festival/anchorId", "t-festival"],
        ],
      };
    },
  },

  // CONSULT: meetings, visits, calls. Modes visit, third-party, multilateral, phone.
  {
    text: "Freedonian President Ana Varga visited Ruritania on 3 May for talks with Prime Minister Tomas Hale.",
    plover: { type: "CONSULT", modes: ["visit"] },
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", aliases: [{ text: "Freedonian", kind: "demonym", evidenceIds: ev("Freedonian") }], evidenceIds: ev("Freedonian") });
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const varga = b.person({
        id: "ana-varga", name: "Ana Varga", descriptors: [{ text: "President", kind: "title", evidenceIds: ev("President") }],
        affiliations: [{ actorId: fr, relation: "works-for", evidenceIds: ev("Freedonian President") }], evidenceIds: ev("Ana Varga"),
      });
      const hale = b.person({ id: "tomas-hale", name: "Tomas Hale", descriptors: [{ text: "Prime Minister", kind: "title", evidenceIds: ev("Prime Minister") }], evidenceIds: ev("Tomas Hale") });
      const country = b.place({ id: "ruritania-place", name: "Ruritania", kind: "country", evidenceIds: ev("Ruritania") });
      const may3 = b.time({ kind: "point", id: "t-may-3", text: "on 3 May", value: { precision: "day", month: 5, day: 3, direction: "past" }, evidenceIds: ev("on 3 May") });
      b.meeting({
        id: "visit", label: "Varga's visit to Ruritania", kind: "bilateral", status: "held", placeId: country, timeId: may3,
        participants: [{ kind: "actor", actorId: varga, role: "party" }, { kind: "actor", actorId: hale, role: "host" }], evidenceIds: ev("visited Ruritania on 3 May for talks"),
      });
      void ru;
      return {
        main: "visit",
        facts: [
          ["visitor", "meetings:visit/participants/0/actorId", "ana-varga"],
          ["host", "meetings:visit/participants/1/role", "host"],
          ["her title", "actors:ana-varga/descriptors/0/text", "President"],
          ["his title", "actors:tomas-hale/descriptors/0/text", "Prime Minister"],
          ["where", "meetings:visit/placeId", "ruritania-place"],
          ["when", "times:t-may-3/resolved/start", "2031-05-03T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Foreign ministers of the Coastal League met in Port Alba on the second day of the summit.",
    plover: { type: "CONSULT", modes: ["multilateral"] },
    encode({ b, ev }) {
      const league = b.organization({ id: "coastal-league", name: "the Coastal League", organizationKind: "intergovernmental", evidenceIds: ev("the Coastal League") });
      const ministers = b.unnamedSource({
        id: "ministers", name: "foreign ministers of the Coastal League", plural: true, affiliationId: league,
        descriptors: [{ text: "Foreign ministers", kind: "title", evidenceIds: ev("Foreign ministers") }], evidenceIds: ev("Foreign ministers of the Coastal League"),
      });
      const alba = b.place({ id: "port-alba", name: "Port Alba", kind: "city", evidenceIds: ev("Port Alba") });
      const summitDays = b.time({
        kind: "range", id: "t-summit", text: "the summit", from: { precision: "day", month: 5, day: 12, direction: "past" }, to: { precision: "day", month: 5, day: 14, direction: "past" },
        inferred: [{ path: "/from", basis: "context", reason: "the summit's days come from the League's calendar, not from the sentence" }, { path: "/to", basis: "context", reason: "as from" }],
        evidenceIds: ev("the summit"),
      });
      const summit = b.meeting({ id: "summit", label: "the summit", kind: "multilateral", status: "held", timeId: summitDays, participants: [{ kind: "actor", actorId: league, role: "host" }], evidenceIds: ev("the summit") });
      const secondDay = b.time({ kind: "relative", id: "t-second-day", text: "on the second day of the summit", relation: "during", part: { unit: "day", ordinal: 2 }, anchorEventId: summit, evidenceIds: ev("on the second day of the summit") });
      b.meeting({
        id: "ministers-meet", label: "the foreign ministers' meeting", kind: "multilateral", status: "held", placeId: alba, timeId: secondDay, partOfId: summit,
        participants: [{ kind: "actor", actorId: ministers, role: "party" }], evidenceIds: ev("met in Port Alba"),
      });
      return {
        main: "ministers-meet",
        facts: [
          ["who: unnamed ministers", "actors:ministers/plural", true],
          ["of the League", "actors:ministers/affiliationId", "coastal-league"],
          ["where", "meetings:ministers-meet/placeId", "port-alba"],
          ["part of the summit", "meetings:ministers-meet/partOfId", "summit"],
          ["the second day", "times:t-second-day/resolved/start", "2031-05-13T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Hale spoke by phone with the Freedonian leader at 9:30 a.m. today, an aide said.",
    plover: { type: "CONSULT", modes: ["phone"] },
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonian") });
      const hale = b.person({ id: "tomas-hale", name: "Hale", evidenceIds: ev("Hale") });
      const leader = b.unnamedSource({ id: "leader", name: "the Freedonian leader", plural: false, affiliationId: fr, descriptors: [{ text: "leader", kind: "title", evidenceIds: ev("leader") }], evidenceIds: ev("the Freedonian leader") });
      const aide = b.unnamedSource({ id: "aide", name: "an aide", plural: false, evidenceIds: ev("an aide") });
      const at = b.time({ kind: "point", id: "t-0930", text: "at 9:30 a.m. today", value: { precision: "minute", hour: 9, minute: 30 }, evidenceIds: ev("at 9:30 a.m. today") });
      const said = b.attribution({ id: "att-aide", sourceId: aide, certainty: "stated", evidenceIds: ev("an aide said") });
      b.meeting({
        id: "call", label: "Hale's call with the Freedonian leader", kind: "bilateral", medium: "phone", status: "held", timeId: at, attributionIds: [said],
        participants: [{ kind: "actor", actorId: hale, role: "party" }, { kind: "actor", actorId: leader, role: "party" }], evidenceIds: ev("spoke by phone"),
      });
      return {
        main: "call",
        facts: [
          ["by phone", "meetings:call/medium", "phone"],
          ["with an unnamed leader", "actors:leader/kind", "unnamed-source"],
          ["at 9:30", "times:t-0930/resolved/start", "2031-05-14T09:30:00+00:00"],
          ["said by an aide", "attributions:att-aide/sourceId", "aide"],
        ],
      };
    },
  },

  // SUPPORT: praise, endorse, establish ties.
  {
    text: "Ruritania and Freedonia restored diplomatic relations last week.",
    plover: { type: "SUPPORT", modes: [] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const lastWeek = b.time({ kind: "deictic", id: "t-last-week", text: "last week", unit: "week", offset: -1, evidenceIds: ev("last week") });
      b.happening({
        id: "ties", kind: "establish-relations", description: "Ruritania and Freedonia restored diplomatic relations.", timeId: lastWeek,
        participants: [{ actorId: ru, role: "agent" }, { actorId: fr, role: "agent" }], evidenceIds: ev("restored diplomatic relations"),
      });
      return {
        main: "ties",
        facts: [
          ["relations restored", "happenings:ties/kind", "establish-relations"],
          ["both sides", "happenings:ties/participants/1/actorId", "freedonia"],
          ["last week", "times:t-last-week/resolved/start", "2031-05-05T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Opposition leader Mara Ivo praised the ceasefire on Monday.",
    plover: { type: "SUPPORT", modes: [] },
    encode({ b, ev }) {
      const ivo = b.person({ id: "mara-ivo", name: "Mara Ivo", descriptors: [{ text: "Opposition leader", kind: "title", evidenceIds: ev("Opposition leader") }], evidenceIds: ev("Mara Ivo") });
      const monday = b.time({ kind: "point", id: "t-monday", text: "on Monday", value: { precision: "day", weekday: "monday", direction: "past" }, evidenceIds: ev("on Monday") });
      b.position({
        id: "praise", kind: "praise", holderIds: [ivo], voicedById: ivo, content: "Mara Ivo praised the ceasefire.", timeId: monday,
        actions: [{ verb: "praised", act: "ceasefire", object: "the ceasefire" }], evidenceIds: ev("praised the ceasefire"),
      });
      return {
        main: "praise",
        facts: [
          ["a person holds it for herself", "positions:praise/holderIds", ["mara-ivo"]],
          ["praise", "positions:praise/kind", "praise"],
          ["of what", "positions:praise/actions/0/object", "the ceasefire"],
          ["Monday", "times:t-monday/resolved/start", "2031-05-12T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "The Coastal League endorsed Freedonia's bid for membership this spring.",
    plover: { type: "SUPPORT", modes: [] },
    encode({ b, ev }) {
      const league = b.organization({ id: "coastal-league", name: "the Coastal League", organizationKind: "intergovernmental", evidenceIds: ev("The Coastal League") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const spring = b.time({ kind: "deictic", id: "t-this-spring", text: "this spring", unit: "season", offset: 0, evidenceIds: ev("this spring") });
      b.position({
        id: "endorse", kind: "support", holderIds: [league], addresseeIds: [fr], content: "The Coastal League endorsed Freedonia's bid for membership.", timeId: spring,
        actions: [{ verb: "bid", act: "change-policy", agentIds: [fr], object: "membership" }], evidenceIds: ev("endorsed Freedonia's bid for membership"),
      });
      return {
        main: "endorse",
        facts: [
          ["an organisation holds it", "positions:endorse/holderIds", ["coastal-league"]],
          ["support", "positions:endorse/kind", "support"],
          ["for Freedonia", "positions:endorse/addresseeIds", ["freedonia"]],
          ["what: membership", "positions:endorse/actions/0/object", "membership"],
          ["this spring", "times:t-this-spring/resolved/start", "2031-03-01T00:00:00+00:00"],
        ],
      };
    },
  },

  // CONCEDE: verbal concessions, easing restrictions.
  {
    text: "The government eased travel rules in the border province of Vell on Friday.",
    plover: { type: "CONCEDE", modes: [] },
    encode({ b, ev }) {
      const government = b.organization({ id: "government", name: "the government", organizationKind: "government", evidenceIds: ev("The government") });
      const vell = b.place({ id: "vell", name: "Vell", kind: "region", evidenceIds: ev("Vell") });
      const friday = b.time({ kind: "point", id: "t-friday", text: "on Friday", value: { precision: "day", weekday: "friday", direction: "past" }, evidenceIds: ev("on Friday") });
      b.happening({
        id: "ease", kind: "ease-restrictions", description: "The government eased travel rules in Vell.", placeId: vell, timeId: friday,
        participants: [{ actorId: government, role: "agent" }], evidenceIds: ev("eased travel rules"),
      });
      return {
        main: "ease",
        facts: [
          ["eased", "happenings:ease/kind", "ease-restrictions"],
          ["who", "happenings:ease/participants/0/actorId", "government"],
          ["where: a province", "places:vell/kind", "region"],
          ["Friday", "times:t-friday/resolved/start", "2031-05-09T00:00:00+00:00"],
          ["which rules: travel", null],
        ],
      };
    },
  },
  {
    text: "Ruritania's interior ministry lifted the ban on opposition rallies two days after the protests.",
    plover: { type: "CONCEDE", modes: [] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const ministry = b.organization({ id: "interior", name: "Ruritania's interior ministry", organizationKind: "ministry", countryId: ru, evidenceIds: ev("Ruritania's interior ministry") });
      const protestTime = b.time({ kind: "point", id: "t-protests", text: "the protests", value: { precision: "day", month: 5, day: 7, direction: "past" }, inferred: [{ path: "/value", basis: "context", reason: "the day of the protests comes from an earlier report" }], evidenceIds: ev("the protests") });
      const protests = b.happening({ id: "protests", kind: "demonstrate", description: "The opposition protested.", timeId: protestTime, participants: [], evidenceIds: ev("the protests") });
      const after = b.time({ kind: "offset", id: "t-two-days-after", text: "two days after the protests", duration: { amount: 2, unit: "day" }, relation: "after", anchorEventId: protests, evidenceIds: ev("two days after the protests") });
      b.happening({
        id: "lift-ban", kind: "ease-restrictions", description: "The interior ministry lifted the ban on opposition rallies.", timeId: after,
        participants: [{ actorId: ministry, role: "agent" }], evidenceIds: ev("lifted the ban on opposition rallies"),
      });
      return {
        main: "lift-ban",
        facts: [
          ["lifted a ban", "happenings:lift-ban/kind", "ease-restrictions"],
          ["a ministry of Ruritania", "actors:interior/countryId", "ruritania"],
          ["two days after the protests", "times:t-two-days-after/resolved/start", "2031-05-09T00:00:00+00:00"],
          ["what ban: on rallies", null],
        ],
      };
    },
  },
  {
    text: "The junta did not ease the curfew in the capital this week.",
    plover: { type: "RETREAT", modes: [], auxiliary: "negation" }, // CAMEO 0813 ease curfew
    encode({ b, ev }) {
      const junta = b.organization({ id: "junta", name: "the junta", organizationKind: "military", evidenceIds: ev("The junta") });
      const capital = b.place({ id: "capital", name: "the capital", kind: "city", evidenceIds: ev("the capital") });
      const week = b.time({ kind: "deictic", id: "t-this-week", text: "this week", unit: "week", offset: 0, evidenceIds: ev("this week") });
      b.happening({
        id: "no-ease", kind: "lift-curfew", description: "The junta did not ease the curfew in the capital.", placeId: capital, timeId: week,
        modality: { polarity: "negative", evidenceIds: ev("did not") }, participants: [{ actorId: junta, role: "agent" }], evidenceIds: ev("did not ease the curfew"),
      });
      return {
        main: "no-ease",
        facts: [
          ["did not", "happenings:no-ease/modality/polarity", "negative"],
          ["ease the curfew", "happenings:no-ease/kind", "lift-curfew"],
          ["where", "happenings:no-ease/placeId", "capital"],
          ["this week", "times:t-this-week/resolved/start", "2031-05-12T00:00:00+00:00"],
        ],
      };
    },
  },

  // COOPERATE: mutual material cooperation.
  {
    text: "Ruritanian and Freedonian troops held joint exercises near the border from 5 to 9 May.",
    plover: { type: "COOPERATE", modes: [] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritanian") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonian") });
      const border = b.place({ id: "border", name: "the border", kind: "area", evidenceIds: ev("the border") });
      const days = b.time({ kind: "range", id: "t-5-9-may", text: "from 5 to 9 May", from: { precision: "day", month: 5, day: 5, direction: "past" }, to: { precision: "day", month: 5, day: 9, direction: "past" }, evidenceIds: ev("from 5 to 9 May") });
      b.happening({
        id: "exercises", kind: "cooperate-militarily", description: "Ruritanian and Freedonian troops held joint exercises near the border.", placeId: border, timeId: days,
        participants: [{ actorId: ru, role: "agent" }, { actorId: fr, role: "agent" }], evidenceIds: ev("held joint exercises"),
      });
      return {
        main: "exercises",
        facts: [
          ["joint military exercises", "happenings:exercises/kind", "cooperate-militarily"],
          ["both armies", "happenings:exercises/participants/1/actorId", "freedonia"],
          ["near the border", "happenings:exercises/placeId", "border"],
          ["5 to 9 May", "times:t-5-9-may/resolved/end", "2031-05-10T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Freedonia extradited two suspects to Ruritania on Thursday.",
    plover: { type: "COOPERATE", modes: [] },
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const suspects = b.countedGroup({ id: "suspects", name: "two suspects", count: { value: 2, exactness: "exact" }, criterion: "suspects sought by Ruritania", evidenceIds: ev("two suspects") });
      const thursday = b.time({ kind: "point", id: "t-thursday", text: "on Thursday", value: { precision: "day", weekday: "thursday", direction: "past" }, evidenceIds: ev("on Thursday") });
      b.happening({
        id: "extradition", kind: "cooperate-judicially", description: "Freedonia extradited two suspects to Ruritania.", timeId: thursday,
        participants: [{ actorId: fr, role: "agent" }, { actorId: ru, role: "recipient" }, { actorId: suspects, role: "patient" }], evidenceIds: ev("extradited two suspects"),
      });
      return {
        main: "extradition",
        facts: [
          ["extradition", "happenings:extradition/kind", "cooperate-judicially"],
          ["to Ruritania", "happenings:extradition/participants/1/actorId", "ruritania"],
          ["two people", "actors:suspects/count/value", 2],
          ["Thursday", "times:t-thursday/resolved/start", "2031-05-08T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "The two intelligence services will share information on smuggling networks, officials said.",
    plover: { type: "COOPERATE", modes: [], auxiliary: "future" },
    encode({ b, ev }) {
      const services = b.unnamedSource({ id: "services", name: "the two intelligence services", plural: true, descriptors: [{ text: "intelligence services", kind: "title", evidenceIds: ev("intelligence services") }], evidenceIds: ev("The two intelligence services") });
      const officials = b.unnamedSource({ id: "officials", name: "officials", plural: true, evidenceIds: ev("officials") });
      const said = b.attribution({ id: "att-officials", sourceId: officials, certainty: "stated", evidenceIds: ev("officials said") });
      b.happening({
        id: "share", kind: "share-intelligence", description: "The two intelligence services will share information on smuggling networks.", attributionIds: [said],
        modality: { reality: "planned", evidenceIds: ev("will share") }, participants: [{ actorId: services, role: "agent" }], evidenceIds: ev("will share information on smuggling networks"),
      });
      return {
        main: "share",
        facts: [
          ["share intelligence", "happenings:share/kind", "share-intelligence"],
          ["in the future", "happenings:share/modality/reality", "planned"],
          ["said by officials", "attributions:att-officials/sourceId", "officials"],
          ["no date given", "happenings:share/timeId", undefined],
          ["on what: smuggling networks", null],
        ],
      };
    },
  },

  // AID: economic, military, humanitarian, asylum.
  {
    text: "The Coastal League delivered 500 tonnes of rice to flood victims in Vell province yesterday.",
    plover: { type: "AID", modes: [] }, // CAMEO 073 humanitarian aid: a context, not a mode
    encode({ b, ev }) {
      const league = b.organization({ id: "coastal-league", name: "the Coastal League", organizationKind: "intergovernmental", evidenceIds: ev("The Coastal League") });
      const victims = b.countedGroup({ id: "victims", name: "flood victims", criterion: "people hit by the floods in Vell province", evidenceIds: ev("flood victims") });
      const vell = b.place({ id: "vell", name: "Vell province", kind: "region", evidenceIds: ev("Vell province") });
      const yesterday = b.time({ kind: "deictic", id: "t-yesterday", text: "yesterday", unit: "day", offset: -1, evidenceIds: ev("yesterday") });
      b.happening({
        id: "rice", kind: "humanitarian-aid", description: "The Coastal League delivered 500 tonnes of rice to flood victims.", placeId: vell, timeId: yesterday,
        quantities: [{ measure: "goods", value: 500, unit: "tonnes", exactness: "exact", text: "500 tonnes of rice", evidenceIds: ev("500 tonnes of rice") }],
        participants: [{ actorId: league, role: "agent" }, { actorId: victims, role: "recipient" }], evidenceIds: ev("delivered 500 tonnes of rice"),
      });
      return {
        main: "rice",
        facts: [
          ["humanitarian aid", "happenings:rice/kind", "humanitarian-aid"],
          ["500 tonnes", "happenings:rice/quantities/0/value", 500],
          ["unit", "happenings:rice/quantities/0/unit", "tonnes"],
          ["to flood victims", "happenings:rice/participants/1/actorId", "victims"],
          ["where", "happenings:rice/placeId", "vell"],
          ["yesterday", "times:t-yesterday/resolved/start", "2031-05-13T00:00:00+00:00"],
          ["what: rice", null],
        ],
      };
    },
  },
  {
    text: "Freedonia granted asylum to the dissident journalist Leo Brandt in March.",
    plover: { type: "AID", modes: [] }, // CAMEO 075 grant asylum
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const brandt = b.person({
        id: "leo-brandt", name: "Leo Brandt",
        descriptors: [{ text: "dissident", kind: "stance", evidenceIds: ev("dissident") }, { text: "journalist", kind: "title", evidenceIds: ev("journalist") }], evidenceIds: ev("Leo Brandt"),
      });
      const march = b.time({ kind: "point", id: "t-march", text: "in March", value: { precision: "month", month: 3, direction: "past" }, evidenceIds: ev("in March") });
      b.happening({
        id: "asylum", kind: "grant-asylum", description: "Freedonia granted asylum to Leo Brandt.", timeId: march,
        participants: [{ actorId: fr, role: "agent" }, { actorId: brandt, role: "recipient" }], evidenceIds: ev("granted asylum"),
      });
      return {
        main: "asylum",
        facts: [
          ["asylum", "happenings:asylum/kind", "grant-asylum"],
          ["to whom", "happenings:asylum/participants/1/actorId", "leo-brandt"],
          ["his stance: dissident", "actors:leo-brandt/descriptors/0/text", "dissident"],
          ["March", "times:t-march/resolved/start", "2031-03-01T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Ruritania sent $5 million in budget support to Freedonia six months ago.",
    plover: { type: "AID", modes: [] }, // CAMEO 071 economic aid: a context, not a mode
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const ago = b.time({ kind: "offset", id: "t-six-months-ago", text: "six months ago", duration: { amount: 6, unit: "month" }, relation: "before", evidenceIds: ev("six months ago") });
      b.happening({
        id: "budget", kind: "economic-aid", description: "Ruritania sent $5 million in budget support to Freedonia.", timeId: ago,
        quantities: [{ measure: "money", value: 5_000_000, unit: "USD", exactness: "exact", text: "$5 million", evidenceIds: ev("$5 million") }],
        participants: [{ actorId: ru, role: "agent" }, { actorId: fr, role: "recipient" }], evidenceIds: ev("sent $5 million in budget support"),
      });
      return {
        main: "budget",
        facts: [
          ["economic aid", "happenings:budget/kind", "economic-aid"],
          ["$5 million", "happenings:budget/quantities/0/value", 5_000_000],
          ["in dollars", "happenings:budget/quantities/0/unit", "USD"],
          ["to Freedonia", "happenings:budget/participants/1/actorId", "freedonia"],
          ["six months ago", "times:t-six-months-ago/resolved/start", "2030-11-01T00:00:00+00:00"],
        ],
      };
    },
  },

  // RETREAT: withdraw, release, return, disarm, ceasefire, access, resign.
  {
    text: "Rebels freed 12 hostages in the mountain town of Dor on Sunday.",
    plover: { type: "RETREAT", modes: ["release"] },
    encode({ b, ev }) {
      const rebels = b.unnamedSource({ id: "rebels", name: "rebels", plural: true, descriptors: [{ text: "Rebels", kind: "stance", evidenceIds: ev("Rebels") }], evidenceIds: ev("Rebels") });
      const hostages = b.countedGroup({ id: "hostages", name: "12 hostages", count: { value: 12, exactness: "exact" }, criterion: "held hostage by the rebels", evidenceIds: ev("12 hostages") });
      const dor = b.place({ id: "dor", name: "Dor", kind: "city", evidenceIds: ev("Dor") });
      const sunday = b.time({ kind: "point", id: "t-sunday", text: "on Sunday", value: { precision: "day", weekday: "sunday", direction: "past" }, evidenceIds: ev("on Sunday") });
      b.happening({
        id: "freed", kind: "release", description: "Rebels freed 12 hostages in Dor.", placeId: dor, timeId: sunday,
        participants: [{ actorId: rebels, role: "agent" }, { actorId: hostages, role: "patient" }], evidenceIds: ev("freed 12 hostages"),
      });
      return {
        main: "freed",
        facts: [
          ["released", "happenings:freed/kind", "release"],
          ["by unnamed rebels", "actors:rebels/plural", true],
          ["12 people", "actors:hostages/count/value", 12],
          ["in Dor", "happenings:freed/placeId", "dor"],
          ["Sunday", "times:t-sunday/resolved/start", "2031-05-11T00:00:00+00:00"],
          ["a mountain town", null],
        ],
      };
    },
  },
  {
    text: "Freedonian forces withdrew from the disputed island this morning.",
    plover: { type: "RETREAT", modes: ["disarm"] }, // CAMEO 0874 retreat militarily
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonian") });
      const forces = b.organization({ id: "forces", name: "Freedonian forces", organizationKind: "military", countryId: fr, evidenceIds: ev("Freedonian forces") });
      const island = b.place({ id: "island", name: "the disputed island", kind: "area", evidenceIds: ev("the disputed island") });
      const morning = b.time({ kind: "deictic", id: "t-this-morning", text: "this morning", unit: "day", offset: 0, partOfDay: "morning", evidenceIds: ev("this morning") });
      b.happening({
        id: "withdrawal", kind: "withdraw", description: "Freedonian forces withdrew from the disputed island.", placeId: island, timeId: morning,
        participants: [{ actorId: forces, role: "agent" }], evidenceIds: ev("withdrew from the disputed island"),
      });
      return {
        main: "withdrawal",
        facts: [
          ["withdrew", "happenings:withdrawal/kind", "withdraw"],
          ["whose forces", "actors:forces/countryId", "freedonia"],
          ["from where", "happenings:withdrawal/placeId", "island"],
          ["this morning", "times:t-this-morning/resolved/start", "2031-05-14T06:00:00+00:00"],
          ["the island is disputed", null],
        ],
      };
    },
  },
  {
    text: "Interior Minister Paul Rask resigned a week after the riots in Dor.",
    plover: { type: "CONCEDE", modes: [] }, // CAMEO 0831 accede to a change in leadership
    encode({ b, ev }) {
      const rask = b.person({ id: "paul-rask", name: "Paul Rask", descriptors: [{ text: "Interior Minister", kind: "title", evidenceIds: ev("Interior Minister") }], evidenceIds: ev("Paul Rask") });
      const dor = b.place({ id: "dor", name: "Dor", kind: "city", evidenceIds: ev("Dor") });
      const riots = b.happening({ id: "riots", kind: "riot", description: "There were riots in Dor.", placeId: dor, participants: [], evidenceIds: ev("the riots in Dor") });
      const after = b.time({ kind: "offset", id: "t-week-after", text: "a week after the riots in Dor", duration: { amount: 1, unit: "week" }, relation: "after", anchorEventId: riots, evidenceIds: ev("a week after the riots in Dor") });
      b.happening({ id: "resignation", kind: "resign", description: "Paul Rask resigned.", timeId: after, participants: [{ actorId: rask, role: "agent" }], evidenceIds: ev("resigned") });
      return {
        main: "resignation",
        facts: [
          ["resigned", "happenings:resignation/kind", "resign"],
          ["who and his title", "actors:paul-rask/descriptors/0/text", "Interior Minister"],
          ["a week after the riots", "times:t-week-after/anchorEventId", "riots"],
          ["the riots' place", "happenings:riots/placeId", "dor"],
        ],
      };
    },
  },

  // REQUEST: demands, requests, orders. Modes assist, change, yield, meet.
  {
    text: "Striking dock workers demanded that the government raise wages.",
    plover: { type: "REQUEST", modes: ["change"] },
    encode({ b, ev }) {
      const workers = b.countedGroup({ id: "dock-workers", name: "striking dock workers", criterion: "dock workers on strike", descriptors: [{ text: "Striking", kind: "status", evidenceIds: ev("Striking") }], evidenceIds: ev("Striking dock workers") });
      const government = b.organization({ id: "government", name: "the government", organizationKind: "government", evidenceIds: ev("the government") });
      b.position({
        id: "wages", kind: "demand", holderIds: [workers], addresseeIds: [government], content: "The dock workers demanded that the government raise wages.",
        actions: [{ verb: "raise", act: "change-policy", agentIds: [government], object: "wages" }], evidenceIds: ev("demanded that the government raise wages"),
      });
      return {
        main: "wages",
        facts: [
          ["a group holds it", "positions:wages/holderIds", ["dock-workers"]],
          ["a demand", "positions:wages/kind", "demand"],
          ["of the government", "positions:wages/addresseeIds", ["government"]],
          ["a change of policy", "positions:wages/actions/0/act", "change-policy"],
          ["on wages", "positions:wages/actions/0/object", "wages"],
        ],
      };
    },
  },
  {
    text: "Ruritania demanded that Freedonia release the 14 detained fishermen immediately.",
    plover: { type: "REQUEST", modes: ["yield"] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const fishermen = b.countedGroup({ id: "fishermen", name: "the 14 detained fishermen", count: { value: 14, exactness: "exact" }, criterion: "fishermen detained by Freedonia", evidenceIds: ev("the 14 detained fishermen") });
      b.position({
        id: "release-demand", kind: "demand", holderIds: [ru], addresseeIds: [fr], content: "Ruritania demanded that Freedonia release the 14 fishermen immediately.", conditions: ["immediately"],
        actions: [{ verb: "release", act: "release", agentIds: [fr], objectIds: [fishermen] }], evidenceIds: ev("demanded that Freedonia release"),
      });
      return {
        main: "release-demand",
        facts: [
          ["demand", "positions:release-demand/kind", "demand"],
          ["release", "positions:release-demand/actions/0/act", "release"],
          ["whom", "positions:release-demand/actions/0/objectIds", ["fishermen"]],
          ["14 people", "actors:fishermen/count/value", 14],
          ["immediately", "positions:release-demand/conditions", ["immediately"]],
        ],
      };
    },
  },
  {
    text: "The Coastal League asked both governments to meet in Port Alba before the rainy season.",
    plover: { type: "REQUEST", modes: ["meet"] },
    encode({ b, ev }) {
      const league = b.organization({ id: "coastal-league", name: "the Coastal League", organizationKind: "intergovernmental", evidenceIds: ev("The Coastal League") });
      const governments = b.unnamedSource({ id: "governments", name: "both governments", plural: true, evidenceIds: ev("both governments") });
      const alba = b.place({ id: "port-alba", name: "Port Alba", kind: "city", evidenceIds: ev("Port Alba") });
      const rains = b.time({
        kind: "named-period", id: "t-rainy-season", text: "the rainy season", name: "the rainy season", period: "other",
        from: { precision: "month", month: 6, direction: "future" }, to: { precision: "month", month: 9, direction: "future" },
        inferred: [{ path: "/from", basis: "world-knowledge", reason: "the region's rainy season runs from June to September; the sentence does not say so" }, { path: "/to", basis: "context", reason: "as from" }], evidenceIds: ev("the rainy season"),
      });
      const before = b.time({ kind: "relative", id: "t-before-rains", text: "before the rainy season", relation: "before", anchorId: rains, evidenceIds: ev("before the rainy season") });
      b.position({
        id: "ask-meet", kind: "request", holderIds: [league], addresseeIds: [governments], content: "The Coastal League asked both governments to meet in Port Alba before the rainy season.",
        actions: [{ verb: "meet", act: "meet", agentIds: [governments], placeId: alba, timeId: before }], evidenceIds: ev("asked both governments to meet"),
      });
      return {
        main: "ask-meet",
        facts: [
          ["a request", "positions:ask-meet/kind", "request"],
          ["to meet", "positions:ask-meet/actions/0/act", "meet"],
          ["where", "positions:ask-meet/actions/0/placeId", "port-alba"],
          ["before the rains", "times:t-before-rains/resolved/start", "2031-05-01T00:00:00+00:00"],
        ],
      };
    },
  },

  // ACCUSE: criticise, accuse, allege, investigate.
  {
    text: "Freedonia accused Ruritanian troops of shelling villages near Dor on 2 May.",
    plover: { type: "ACCUSE", modes: ["allege"] }, // CAMEO 1123 accuse of aggression
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritanian") });
      const troops = b.organization({ id: "ru-troops", name: "Ruritanian troops", organizationKind: "military", countryId: ru, evidenceIds: ev("Ruritanian troops") });
      const dor = b.place({ id: "dor", name: "Dor", kind: "city", evidenceIds: ev("Dor") });
      const may2 = b.time({ kind: "point", id: "t-may-2", text: "on 2 May", value: { precision: "day", month: 5, day: 2, direction: "past" }, evidenceIds: ev("on 2 May") });
      b.position({
        id: "accuse", kind: "accusation", holderIds: [fr], addresseeIds: [troops], content: "Freedonia accused Ruritanian troops of shelling villages near Dor on 2 May.",
        actions: [{ verb: "shelling", act: "artillery-attack", agentIds: [troops], object: "villages near Dor", placeId: dor, timeId: may2 }], evidenceIds: ev("accused Ruritanian troops of shelling"),
      });
      return {
        main: "accuse",
        facts: [
          ["accusation", "positions:accuse/kind", "accusation"],
          ["of shelling", "positions:accuse/actions/0/act", "artillery-attack"],
          ["by whom", "positions:accuse/actions/0/agentIds", ["ru-troops"]],
          ["where", "positions:accuse/actions/0/placeId", "dor"],
          ["when", "times:t-may-2/resolved/start", "2031-05-02T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "A senior Western diplomat criticised the junta's crackdown on Saturday.",
    plover: { type: "ACCUSE", modes: ["disapprove"] }, // CAMEO 111 criticize
    encode({ b, ev }) {
      const diplomat = b.unnamedSource({
        id: "diplomat", name: "a senior Western diplomat", plural: false,
        descriptors: [
          { text: "senior", kind: "rank", evidenceIds: ev("senior") },
          { text: "Western", kind: "origin", evidenceIds: ev("Western") },
          { text: "diplomat", kind: "title", evidenceIds: ev("diplomat") },
        ],
        evidenceIds: ev("A senior Western diplomat"),
      });
      const junta = b.organization({ id: "junta", name: "the junta", organizationKind: "military", evidenceIds: ev("the junta") });
      const saturday = b.time({ kind: "point", id: "t-saturday", text: "on Saturday", value: { precision: "day", weekday: "saturday", direction: "past" }, evidenceIds: ev("on Saturday") });
      b.position({
        id: "criticism", kind: "criticism", holderIds: [diplomat], voicedById: diplomat, addresseeIds: [junta], content: "A senior Western diplomat criticised the junta's crackdown.", timeId: saturday,
        actions: [{ verb: "crackdown", act: "repression", agentIds: [junta] }], evidenceIds: ev("criticised the junta's crackdown"),
      });
      return {
        main: "criticism",
        facts: [
          ["criticism", "positions:criticism/kind", "criticism"],
          ["senior", "actors:diplomat/descriptors/0/kind", "rank"],
          ["Western", "actors:diplomat/descriptors/1/kind", "origin"],
          ["of the junta", "positions:criticism/addresseeIds", ["junta"]],
          ["its crackdown", "positions:criticism/actions/0/act", "repression"],
          ["Saturday", "times:t-saturday/resolved/start", "2031-05-10T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Prosecutors in Port Alba opened an investigation into the former minister last year.",
    plover: { type: "ACCUSE", modes: ["investigate"] }, // CAMEO 091 investigate crime
    encode({ b, ev }) {
      const prosecutors = b.unnamedSource({ id: "prosecutors", name: "prosecutors in Port Alba", plural: true, descriptors: [{ text: "Prosecutors", kind: "title", evidenceIds: ev("Prosecutors") }], evidenceIds: ev("Prosecutors") });
      const minister = b.unnamedSource({
        id: "former-minister", name: "the former minister", plural: false,
        descriptors: [{ text: "former", kind: "status", evidenceIds: ev("former") }, { text: "minister", kind: "title", evidenceIds: ev("minister") }], evidenceIds: ev("the former minister"),
      });
      const alba = b.place({ id: "port-alba", name: "Port Alba", kind: "city", evidenceIds: ev("Port Alba") });
      const lastYear = b.time({ kind: "deictic", id: "t-last-year", text: "last year", unit: "year", offset: -1, evidenceIds: ev("last year") });
      b.happening({
        id: "investigation", kind: "investigate", description: "Prosecutors opened an investigation into the former minister.", placeId: alba, timeId: lastYear,
        participants: [{ actorId: prosecutors, role: "agent" }, { actorId: minister, role: "patient" }], evidenceIds: ev("opened an investigation"),
      });
      return {
        main: "investigation",
        facts: [
          ["investigation", "happenings:investigation/kind", "investigate"],
          ["into whom", "happenings:investigation/participants/1/actorId", "former-minister"],
          ["former", "actors:former-minister/descriptors/0/text", "former"],
          ["where", "happenings:investigation/placeId", "port-alba"],
          ["last year", "times:t-last-year/resolved/start", "2030-01-01T00:00:00+00:00"],
        ],
      };
    },
  },

  // REJECT: rejections and refusals. Modes assist, change, yield, meet.
  {
    text: "Freedonia rejected Ruritania's proposal for talks on Tuesday.",
    plover: { type: "REJECT", modes: ["meet"] },
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const talks = b.meeting({ id: "talks", label: "the proposed talks", status: "proposed", participants: [{ kind: "actor", actorId: ru, role: "party" }, { kind: "actor", actorId: fr, role: "party" }], evidenceIds: ev("talks") });
      const proposal = b.position({ id: "proposal", kind: "proposal", holderIds: [ru], addresseeIds: [fr], content: "Ruritania proposed talks.", actions: [{ verb: "talks", act: "negotiate", meetingId: talks }], evidenceIds: ev("Ruritania's proposal for talks") });
      const tuesday = b.time({ kind: "point", id: "t-tuesday", text: "on Tuesday", value: { precision: "day", weekday: "tuesday", direction: "past" }, evidenceIds: ev("on Tuesday") });
      b.position({ id: "rejection", kind: "rejection", holderIds: [fr], addresseeIds: [ru], answersId: proposal, content: "Freedonia rejected Ruritania's proposal for talks.", timeId: tuesday, evidenceIds: ev("rejected") });
      return {
        main: "rejection",
        facts: [
          ["rejection", "positions:rejection/kind", "rejection"],
          ["of the proposal", "positions:rejection/answersId", "proposal"],
          ["for talks", "positions:proposal/actions/0/meetingId", "talks"],
          ["Tuesday", "times:t-tuesday/resolved/start", "2031-05-13T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "The junta refused to release the opposition leader.",
    plover: { type: "REJECT", modes: ["yield"] },
    encode({ b, ev }) {
      const junta = b.organization({ id: "junta", name: "the junta", organizationKind: "military", evidenceIds: ev("The junta") });
      const leader = b.unnamedSource({ id: "opposition-leader", name: "the opposition leader", plural: false, descriptors: [{ text: "opposition leader", kind: "title", evidenceIds: ev("opposition leader") }], evidenceIds: ev("the opposition leader") });
      b.position({ id: "refusal", kind: "refusal", holderIds: [junta], content: "The junta refused to release the opposition leader.", actions: [{ verb: "release", act: "release", agentIds: [junta], objectIds: [leader] }], evidenceIds: ev("refused to release") });
      return {
        main: "refusal",
        facts: [
          ["refusal", "positions:refusal/kind", "refusal"],
          ["to release", "positions:refusal/actions/0/act", "release"],
          ["whom", "positions:refusal/actions/0/objectIds", ["opposition-leader"]],
          ["no date given", "positions:refusal/timeId", undefined],
        ],
      };
    },
  },
  {
    text: "Hardline members of the ruling party rejected the reform bill this week.",
    plover: { type: "REJECT", modes: ["change"] },
    encode({ b, ev }) {
      const party = b.organization({ id: "ruling-party", name: "the ruling party", organizationKind: "party", evidenceIds: ev("the ruling party") });
      const hardliners = b.unnamedSource({
        id: "hardliners", name: "hardline members of the ruling party", plural: true, descriptors: [{ text: "Hardline", kind: "stance", evidenceIds: ev("Hardline") }],
        affiliations: [{ actorId: party, relation: "member-of", evidenceIds: ev("members of the ruling party") }], evidenceIds: ev("Hardline members of the ruling party"),
      });
      const week = b.time({ kind: "deictic", id: "t-this-week", text: "this week", unit: "week", offset: 0, evidenceIds: ev("this week") });
      b.position({ id: "reject-bill", kind: "rejection", holderIds: [hardliners], content: "Hardline members of the ruling party rejected the reform bill.", timeId: week, actions: [{ verb: "reform", act: "reform", object: "the reform bill" }], evidenceIds: ev("rejected the reform bill") });
      return {
        main: "reject-bill",
        facts: [
          ["rejection", "positions:reject-bill/kind", "rejection"],
          ["hardline", "actors:hardliners/descriptors/0/kind", "stance"],
          ["members of the party", "actors:hardliners/affiliations/0/relation", "member-of"],
          ["a reform", "positions:reject-bill/actions/0/act", "reform"],
          ["this week", "times:t-this-week/resolved/end", "2031-05-19T00:00:00+00:00"],
        ],
      };
    },
  },

  // THREATEN: modes restrict, ban, arrest, relations, expel, territory, violence.
  {
    text: "Ruritania threatened to cut off diplomatic ties with Freedonia.",
    plover: { type: "THREATEN", modes: ["relations"] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      b.position({ id: "threat", kind: "threat", holderIds: [ru], addresseeIds: [fr], content: "Ruritania threatened to cut off diplomatic ties with Freedonia.", actions: [{ verb: "cut off", act: "break-relations", agentIds: [ru], destinationIds: [fr] }], evidenceIds: ev("threatened to cut off diplomatic ties") });
      return {
        main: "threat",
        facts: [
          ["threat", "positions:threat/kind", "threat"],
          ["to break ties", "positions:threat/actions/0/act", "break-relations"],
          ["with Freedonia", "positions:threat/addresseeIds", ["freedonia"]],
        ],
      };
    },
  },
  {
    text: "The rebel group threatened to attack the capital if the army advanced.",
    plover: { type: "THREATEN", modes: ["violence"] },
    encode({ b, ev }) {
      const rebels = b.organization({ id: "rebel-group", name: "the rebel group", organizationKind: "military", descriptors: [{ text: "rebel", kind: "stance", evidenceIds: ev("rebel") }], evidenceIds: ev("The rebel group") });
      const army = b.organization({ id: "army", name: "the army", organizationKind: "military", evidenceIds: ev("the army") });
      const capital = b.place({ id: "capital", name: "the capital", kind: "city", evidenceIds: ev("the capital") });
      b.position({
        id: "attack-threat", kind: "threat", holderIds: [rebels], addresseeIds: [army], content: "The rebel group threatened to attack the capital if the army advanced.", conditions: ["if the army advanced"],
        actions: [{ verb: "attack", act: "armed-attack", agentIds: [rebels], placeId: capital }], evidenceIds: ev("threatened to attack the capital"),
      });
      return {
        main: "attack-threat",
        facts: [
          ["threat", "positions:attack-threat/kind", "threat"],
          ["to attack", "positions:attack-threat/actions/0/act", "armed-attack"],
          ["the capital", "positions:attack-threat/actions/0/placeId", "capital"],
          ["on a condition", "positions:attack-threat/conditions", ["if the army advanced"]],
        ],
      };
    },
  },
  {
    text: "The interior ministry warned that it would arrest anyone who joined the march on Friday.",
    plover: { type: "THREATEN", modes: ["violence"] }, // CAMEO 137 threaten with repression
    encode({ b, ev }) {
      const ministry = b.organization({ id: "interior", name: "the interior ministry", organizationKind: "ministry", evidenceIds: ev("The interior ministry") });
      const marchers = b.countedGroup({ id: "marchers", name: "anyone who joined the march", criterion: "people who join the march on Friday", evidenceIds: ev("anyone who joined the march") });
      const friday = b.time({ kind: "point", id: "t-friday", text: "on Friday", value: { precision: "day", weekday: "friday", direction: "future" }, evidenceIds: ev("on Friday") });
      b.position({ id: "arrest-threat", kind: "threat", holderIds: [ministry], addresseeIds: [marchers], content: "The interior ministry warned that it would arrest anyone who joined the march.", actions: [{ verb: "arrest", act: "arrest", agentIds: [ministry], objectIds: [marchers], timeId: friday }], evidenceIds: ev("warned that it would arrest") });
      return {
        main: "arrest-threat",
        facts: [
          ["threat", "positions:arrest-threat/kind", "threat"],
          ["to arrest", "positions:arrest-threat/actions/0/act", "arrest"],
          ["whom", "positions:arrest-threat/actions/0/objectIds", ["marchers"]],
          ["Friday, to come", "times:t-friday/resolved/start", "2031-05-16T00:00:00+00:00"],
        ],
      };
    },
  },

  // PROTEST: modes demo, riot, strike-gen, strike-lim, strike-hun, boycott, obstruct.
  {
    text: "Thousands of students marched through Port Alba on Saturday to protest fuel prices.",
    plover: { type: "PROTEST", modes: ["demo"] },
    encode({ b, ev }) {
      const students = b.countedGroup({ id: "students", name: "thousands of students", count: { value: 2000, exactness: "at-least" }, criterion: "students", evidenceIds: ev("Thousands of students") });
      const alba = b.place({ id: "port-alba", name: "Port Alba", kind: "city", evidenceIds: ev("Port Alba") });
      const saturday = b.time({ kind: "point", id: "t-saturday", text: "on Saturday", value: { precision: "day", weekday: "saturday", direction: "past" }, evidenceIds: ev("on Saturday") });
      b.happening({
        id: "march", kind: "demonstrate", description: "Thousands of students marched through Port Alba to protest fuel prices.", placeId: alba, timeId: saturday,
        quantities: [{ measure: "participants", value: 2000, exactness: "at-least", text: "Thousands", evidenceIds: ev("Thousands") }],
        participants: [{ actorId: students, role: "agent" }], evidenceIds: ev("marched through Port Alba"),
      });
      return {
        main: "march",
        facts: [
          ["a march", "happenings:march/kind", "demonstrate"],
          ["thousands: at least 2,000", "happenings:march/quantities/0/exactness", "at-least"],
          ["students", "happenings:march/participants/0/actorId", "students"],
          ["where", "happenings:march/placeId", "port-alba"],
          ["Saturday", "times:t-saturday/resolved/start", "2031-05-10T00:00:00+00:00"],
          ["against fuel prices", null],
        ],
      };
    },
  },
  {
    text: "Dock workers in Vell began a strike at 6 a.m. on Monday.",
    plover: { type: "PROTEST", modes: ["boycott"] }, // CAMEO 143 strike or boycott
    encode({ b, ev }) {
      const workers = b.countedGroup({ id: "dock-workers", name: "dock workers in Vell", criterion: "dock workers of Vell", evidenceIds: ev("Dock workers") });
      const vell = b.place({ id: "vell", name: "Vell", kind: "region", evidenceIds: ev("Vell") });
      const at6 = b.time({ kind: "point", id: "t-6am-monday", text: "at 6 a.m. on Monday", value: { precision: "hour", hour: 6, weekday: "monday", direction: "past" }, evidenceIds: ev("at 6 a.m. on Monday") });
      b.happening({ id: "strike", kind: "strike", description: "Dock workers in Vell went on strike.", placeId: vell, timeId: at6, participants: [{ actorId: workers, role: "agent" }], evidenceIds: ev("began a strike") });
      return {
        main: "strike",
        facts: [
          ["a strike", "happenings:strike/kind", "strike"],
          ["by dock workers", "happenings:strike/participants/0/actorId", "dock-workers"],
          ["in Vell", "happenings:strike/placeId", "vell"],
          ["at 6 a.m. Monday", "times:t-6am-monday/resolved/start", "2031-05-12T06:00:00+00:00"],
          ["it began then", null],
        ],
      };
    },
  },
  {
    text: "Opposition deputies boycotted parliament from 1 to 3 May.",
    plover: { type: "PROTEST", modes: ["boycott"] },
    encode({ b, ev }) {
      const deputies = b.unnamedSource({ id: "deputies", name: "opposition deputies", plural: true, descriptors: [{ text: "Opposition", kind: "stance", evidenceIds: ev("Opposition") }, { text: "deputies", kind: "title", evidenceIds: ev("deputies") }], evidenceIds: ev("Opposition deputies") });
      const parliament = b.organization({ id: "parliament", name: "parliament", organizationKind: "legislature", evidenceIds: ev("parliament") });
      const days = b.time({ kind: "range", id: "t-1-3-may", text: "from 1 to 3 May", from: { precision: "day", month: 5, day: 1, direction: "past" }, to: { precision: "day", month: 5, day: 3, direction: "past" }, evidenceIds: ev("from 1 to 3 May") });
      b.happening({ id: "boycott", kind: "boycott", description: "Opposition deputies boycotted parliament.", timeId: days, participants: [{ actorId: deputies, role: "agent" }, { actorId: parliament, role: "patient" }], evidenceIds: ev("boycotted parliament") });
      return {
        main: "boycott",
        facts: [
          ["a boycott", "happenings:boycott/kind", "boycott"],
          ["of parliament", "happenings:boycott/participants/1/actorId", "parliament"],
          ["by unnamed deputies", "actors:deputies/plural", true],
          ["1 to 3 May", "times:t-1-3-may/resolved/start", "2031-05-01T00:00:00+00:00"],
        ],
      };
    },
  },

  // SANCTION: modes convict, cancel, expel, withdraw, sever.
  {
    text: "Freedonia expelled three Ruritanian diplomats last Thursday.",
    plover: { type: "SANCTION", modes: ["expel"] },
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritanian") });
      const diplomats = b.countedGroup({ id: "diplomats", name: "three Ruritanian diplomats", count: { value: 3, exactness: "exact" }, criterion: "diplomats of Ruritania", affiliations: [{ actorId: ru, relation: "works-for", evidenceIds: ev("Ruritanian diplomats") }], evidenceIds: ev("three Ruritanian diplomats") });
      const thursday = b.time({ kind: "point", id: "t-last-thursday", text: "last Thursday", value: { precision: "day", weekday: "thursday", direction: "past" }, evidenceIds: ev("last Thursday") });
      b.happening({ id: "expulsion", kind: "expel", description: "Freedonia expelled three Ruritanian diplomats.", timeId: thursday, participants: [{ actorId: fr, role: "agent" }, { actorId: diplomats, role: "patient" }], evidenceIds: ev("expelled three Ruritanian diplomats") });
      return {
        main: "expulsion",
        facts: [
          ["expulsion", "happenings:expulsion/kind", "expel"],
          ["three", "actors:diplomats/count/value", 3],
          ["Ruritania's", "actors:diplomats/affiliations/0/actorId", "ruritania"],
          ["last Thursday", "times:t-last-thursday/resolved/start", "2031-05-08T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "Ruritania called off the talks planned for the week of 19 May.",
    plover: { type: "SANCTION", modes: ["withdraw"] }, // CAMEO 164 halt negotiations
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const week = b.time({ kind: "point", id: "t-week-19-may", text: "the week of 19 May", value: { precision: "week", month: 5, day: 19, direction: "future" }, evidenceIds: ev("the week of 19 May") });
      const talks = b.meeting({ id: "talks", label: "the planned talks", status: "cancelled", timeId: week, participants: [{ kind: "actor", actorId: ru, role: "party" }], evidenceIds: ev("the talks planned") });
      b.happening({ id: "call-off", kind: "halt-negotiations", description: "Ruritania called off the talks.", relatedIds: [], participants: [{ actorId: ru, role: "agent" }], evidenceIds: ev("called off the talks") });
      void talks;
      return {
        main: "call-off",
        facts: [
          ["called off", "happenings:call-off/kind", "halt-negotiations"],
          ["the talks cancelled", "meetings:talks/status", "cancelled"],
          ["planned for that week", "times:t-week-19-may/resolved/start", "2031-05-19T00:00:00+00:00"],
          ["the call-off names the talks", null],
        ],
      };
    },
  },
  {
    text: "The Coastal League cut aid to Freedonia in the winter of 2029.",
    plover: { type: "SANCTION", modes: ["discontinue"] }, // CAMEO 162 reduce or stop aid
    encode({ b, ev }) {
      const league = b.organization({ id: "coastal-league", name: "the Coastal League", organizationKind: "intergovernmental", evidenceIds: ev("The Coastal League") });
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const winter = b.time({ kind: "point", id: "t-winter-2029", text: "in the winter of 2029", value: { precision: "season", season: "winter", year: 2029 }, evidenceIds: ev("in the winter of 2029") });
      b.happening({ id: "cut-aid", kind: "cut-aid", description: "The Coastal League cut aid to Freedonia.", timeId: winter, participants: [{ actorId: league, role: "agent" }, { actorId: fr, role: "recipient" }], evidenceIds: ev("cut aid to Freedonia") });
      return {
        main: "cut-aid",
        facts: [
          ["cut aid", "happenings:cut-aid/kind", "cut-aid"],
          ["to Freedonia", "happenings:cut-aid/participants/1/actorId", "freedonia"],
          ["winter 2029", "times:t-winter-2029/resolved/start", "2029-12-01T00:00:00+00:00"],
        ],
      };
    },
  },

  // MOBILIZE: modes troops, weapons, police.
  {
    text: "Ruritania moved 5,000 troops to the border on Monday.",
    plover: { type: "MOBILIZE", modes: ["troops"] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const border = b.place({ id: "border", name: "the border", kind: "area", evidenceIds: ev("the border") });
      const monday = b.time({ kind: "point", id: "t-monday", text: "on Monday", value: { precision: "day", weekday: "monday", direction: "past" }, evidenceIds: ev("on Monday") });
      b.happening({
        id: "troops", kind: "mobilize-forces", description: "Ruritania moved 5,000 troops to the border.", placeId: border, timeId: monday,
        quantities: [{ measure: "troops", value: 5000, exactness: "exact", text: "5,000 troops", evidenceIds: ev("5,000 troops") }], participants: [{ actorId: ru, role: "agent" }], evidenceIds: ev("moved 5,000 troops"),
      });
      return {
        main: "troops",
        facts: [
          ["mobilised", "happenings:troops/kind", "mobilize-forces"],
          ["5,000 troops", "happenings:troops/quantities/0/value", 5000],
          ["to the border", "happenings:troops/placeId", "border"],
          ["Monday", "times:t-monday/resolved/start", "2031-05-12T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "The interior ministry put police on high alert in the capital ahead of Sunday's vote.",
    plover: { type: "MOBILIZE", modes: ["police"] },
    encode({ b, ev }) {
      const ministry = b.organization({ id: "interior", name: "the interior ministry", organizationKind: "ministry", evidenceIds: ev("The interior ministry") });
      const capital = b.place({ id: "capital", name: "the capital", kind: "city", evidenceIds: ev("the capital") });
      const sunday = b.time({ kind: "point", id: "t-sunday-vote", text: "Sunday's vote", value: { precision: "day", weekday: "sunday", direction: "future" }, evidenceIds: ev("Sunday's vote") });
      const ahead = b.time({ kind: "relative", id: "t-ahead-of-vote", text: "ahead of Sunday's vote", relation: "before", anchorId: sunday, evidenceIds: ev("ahead of Sunday's vote") });
      b.happening({ id: "alert", kind: "mobilize-police", description: "The interior ministry put police on high alert in the capital.", placeId: capital, timeId: ahead, participants: [{ actorId: ministry, role: "agent" }], evidenceIds: ev("put police on high alert") });
      return {
        main: "alert",
        facts: [
          ["police mobilised", "happenings:alert/kind", "mobilize-police"],
          ["where", "happenings:alert/placeId", "capital"],
          ["the day before the vote", "times:t-ahead-of-vote/resolved/start", "2031-05-17T00:00:00+00:00"],
          ["high alert", null],
        ],
      };
    },
  },
  {
    text: "Freedonia did not deploy troops to the island, the defence ministry said.",
    plover: { type: "MOBILIZE", modes: ["troops"], auxiliary: "negation" },
    encode({ b, ev }) {
      const fr = b.state({ id: "freedonia", name: "Freedonia", evidenceIds: ev("Freedonia") });
      const ministry = b.organization({ id: "defence", name: "the defence ministry", organizationKind: "ministry", countryId: fr, evidenceIds: ev("the defence ministry") });
      const island = b.place({ id: "island", name: "the island", kind: "area", evidenceIds: ev("the island") });
      const said = b.attribution({ id: "att-defence", sourceId: ministry, certainty: "stated", evidenceIds: ev("the defence ministry said") });
      b.happening({
        id: "no-deploy", kind: "mobilize-forces", description: "Freedonia did not deploy troops to the island.", placeId: island, attributionIds: [said],
        modality: { polarity: "negative", evidenceIds: ev("did not") }, participants: [{ actorId: fr, role: "agent" }], evidenceIds: ev("did not deploy troops"),
      });
      return {
        main: "no-deploy",
        facts: [
          ["did not", "happenings:no-deploy/modality/polarity", "negative"],
          ["deploy troops", "happenings:no-deploy/kind", "mobilize-forces"],
          ["to the island", "happenings:no-deploy/placeId", "island"],
          ["said by the ministry", "attributions:att-defence/sourceId", "defence"],
          ["no date given", "happenings:no-deploy/timeId", undefined],
        ],
      };
    },
  },

  // COERCE: modes confiscate, restrict, ban, censor, curfew, martial-law, arrest, deport, withhold.
  {
    text: "Police in Dor arrested 30 protesters yesterday.",
    plover: { type: "COERCE", modes: ["arrest"] },
    encode({ b, ev }) {
      const police = b.unnamedSource({ id: "police", name: "police in Dor", plural: true, descriptors: [{ text: "Police", kind: "title", evidenceIds: ev("Police") }], evidenceIds: ev("Police") });
      const protesters = b.countedGroup({ id: "protesters", name: "30 protesters", count: { value: 30, exactness: "exact" }, criterion: "protesters", evidenceIds: ev("30 protesters") });
      const dor = b.place({ id: "dor", name: "Dor", kind: "city", evidenceIds: ev("Dor") });
      const yesterday = b.time({ kind: "deictic", id: "t-yesterday", text: "yesterday", unit: "day", offset: -1, evidenceIds: ev("yesterday") });
      b.happening({
        id: "arrests", kind: "arrest", description: "Police in Dor arrested 30 protesters.", placeId: dor, timeId: yesterday,
        quantities: [{ measure: "arrested", value: 30, exactness: "exact", text: "30 protesters", evidenceIds: ev("30") }],
        participants: [{ actorId: police, role: "agent" }, { actorId: protesters, role: "patient" }], evidenceIds: ev("arrested 30 protesters"),
      });
      return {
        main: "arrests",
        facts: [
          ["arrests", "happenings:arrests/kind", "arrest"],
          ["30 arrested", "happenings:arrests/quantities/0/value", 30],
          ["by police", "happenings:arrests/participants/0/actorId", "police"],
          ["in Dor", "happenings:arrests/placeId", "dor"],
          ["yesterday", "times:t-yesterday/resolved/start", "2031-05-13T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "The junta imposed a curfew on the capital from 8 p.m. tonight.",
    plover: { type: "COERCE", modes: ["curfew"] },
    encode({ b, ev }) {
      const junta = b.organization({ id: "junta", name: "the junta", organizationKind: "military", evidenceIds: ev("The junta") });
      const capital = b.place({ id: "capital", name: "the capital", kind: "city", evidenceIds: ev("the capital") });
      const from8 = b.time({ kind: "point", id: "t-8pm", text: "from 8 p.m. tonight", value: { precision: "hour", hour: 20 }, evidenceIds: ev("from 8 p.m. tonight") });
      b.happening({ id: "curfew", kind: "curfew", description: "The junta imposed a curfew on the capital.", placeId: capital, timeId: from8, participants: [{ actorId: junta, role: "agent" }], evidenceIds: ev("imposed a curfew") });
      return {
        main: "curfew",
        facts: [
          ["curfew", "happenings:curfew/kind", "curfew"],
          ["on the capital", "happenings:curfew/placeId", "capital"],
          ["from 8 p.m.", "times:t-8pm/resolved/start", "2031-05-14T20:00:00+00:00"],
          ["it runs on from then", null],
        ],
      };
    },
  },
  {
    text: "Ruritania deported 200 Freedonian migrants during Ramadan.",
    plover: { type: "COERCE", modes: ["deport"] },
    encode({ b, ev }) {
      const ru = b.state({ id: "ruritania", name: "Ruritania", evidenceIds: ev("Ruritania") });
      const migrants = b.countedGroup({ id: "migrants", name: "200 Freedonian migrants", count: { value: 200, exactness: "exact" }, criterion: "migrants from Freedonia", evidenceIds: ev("200 Freedonian migrants") });
      const ramadan = b.time({ kind: "named-period", id: "t-ramadan", text: "during Ramadan", name: "Ramadan", period: "holiday", evidenceIds: ev("during Ramadan") });
      b.happening({ id: "deportation", kind: "deport", description: "Ruritania deported 200 Freedonian migrants.", timeId: ramadan, participants: [{ actorId: ru, role: "agent" }, { actorId: migrants, role: "patient" }], evidenceIds: ev("deported 200 Freedonian migrants") });
      return {
        main: "deportation",
        facts: [
          ["deportation", "happenings:deportation/kind", "deport"],
          ["200 people", "actors:migrants/count/value", 200],
          ["during Ramadan", "times:t-ramadan/name", "Ramadan"],
          ["of Freedonia", null],
        ],
      };
    },
  },

  // ASSAULT: modes abduct, beat, torture, execute, sexual, assassinate, destroy, primitive, firearms, explosives, suicide-attack, heavy-weapons.
  {
    text: "Gunmen killed at least 12 villagers near Dor on Sunday night.",
    plover: { type: "ASSAULT", modes: ["firearms"] }, // CAMEO 193 small arms
    encode({ b, ev }) {
      const gunmen = b.unnamedSource({ id: "gunmen", name: "gunmen", plural: true, descriptors: [{ text: "Gunmen", kind: "title", evidenceIds: ev("Gunmen") }], evidenceIds: ev("Gunmen") });
      const villagers = b.countedGroup({ id: "villagers", name: "at least 12 villagers", count: { value: 12, exactness: "at-least" }, criterion: "villagers near Dor", evidenceIds: ev("at least 12 villagers") });
      const dor = b.place({ id: "near-dor", name: "near Dor", kind: "area", evidenceIds: ev("near Dor") });
      const night = b.time({ kind: "point", id: "t-sunday-night", text: "on Sunday night", value: { precision: "part-of-day", weekday: "sunday", partOfDay: "night", direction: "past" }, evidenceIds: ev("on Sunday night") });
      b.happening({
        id: "killing", kind: "killing", description: "Gunmen killed at least 12 villagers near Dor.", placeId: dor, timeId: night,
        quantities: [{ measure: "dead", value: 12, exactness: "at-least", text: "at least 12 villagers", evidenceIds: ev("at least 12") }],
        participants: [{ actorId: gunmen, role: "agent" }, { actorId: villagers, role: "patient" }], evidenceIds: ev("killed at least 12 villagers"),
      });
      return {
        main: "killing",
        facts: [
          ["killing", "happenings:killing/kind", "killing"],
          ["at least 12 dead", "happenings:killing/quantities/0/exactness", "at-least"],
          ["by gunmen", "happenings:killing/participants/0/actorId", "gunmen"],
          ["near Dor", "happenings:killing/placeId", "near-dor"],
          ["Sunday night", "times:t-sunday-night/resolved/start", "2031-05-11T18:00:00+00:00"],
          ["with guns", null],
        ],
      };
    },
  },
  {
    text: "Rebels abducted two aid workers in Vell province 10 days ago.",
    plover: { type: "ASSAULT", modes: ["abduct"] },
    encode({ b, ev }) {
      const rebels = b.unnamedSource({ id: "rebels", name: "rebels", plural: true, evidenceIds: ev("Rebels") });
      const workers = b.countedGroup({ id: "aid-workers", name: "two aid workers", count: { value: 2, exactness: "exact" }, criterion: "aid workers", evidenceIds: ev("two aid workers") });
      const vell = b.place({ id: "vell", name: "Vell province", kind: "region", evidenceIds: ev("Vell province") });
      const ago = b.time({ kind: "offset", id: "t-10-days-ago", text: "10 days ago", duration: { amount: 10, unit: "day" }, relation: "before", evidenceIds: ev("10 days ago") });
      b.happening({ id: "abduction", kind: "abduction", description: "Rebels abducted two aid workers in Vell province.", placeId: vell, timeId: ago, participants: [{ actorId: rebels, role: "agent" }, { actorId: workers, role: "patient" }], evidenceIds: ev("abducted two aid workers") });
      return {
        main: "abduction",
        facts: [
          ["abduction", "happenings:abduction/kind", "abduction"],
          ["two people", "actors:aid-workers/count/value", 2],
          ["where", "happenings:abduction/placeId", "vell"],
          ["10 days ago", "times:t-10-days-ago/resolved/start", "2031-05-04T00:00:00+00:00"],
        ],
      };
    },
  },
  {
    text: "A suicide bomber killed four soldiers at a checkpoint in Port Alba on the last day of the festival.",
    plover: { type: "ASSAULT", modes: ["suicide-attack"] },
    encode({ b, ev }) {
      const bomber = b.unnamedSource({ id: "bomber", name: "a suicide bomber", plural: false, descriptors: [{ text: "suicide bomber", kind: "title", evidenceIds: ev("suicide bomber") }], evidenceIds: ev("A suicide bomber") });
      const soldiers = b.countedGroup({ id: "soldiers", name: "four soldiers", count: { value: 4, exactness: "exact" }, criterion: "soldiers at the checkpoint", evidenceIds: ev("four soldiers") });
      const alba = b.place({ id: "port-alba", name: "Port Alba", kind: "city", evidenceIds: ev("Port Alba") });
      const checkpoint = b.place({ id: "checkpoint", name: "a checkpoint in Port Alba", kind: "venue", withinId: alba, evidenceIds: ev("a checkpoint") });
      const festival = b.time({
        kind: "named-period", id: "t-festival", text: "the festival", name: "the festival", period: "holiday",
        from: { precision: "day", month: 5, day: 8, direction: "past" }, to: { precision: "day", month: 5, day: 11, direction: "past" },
        inferred: [{ path: "/from", basis: "context", reason: "the festival's days come from the city's calendar, not from the sentence" }, { path: "/to", basis: "context", reason: "as from" }], evidenceIds: ev("the festival"),
      });
      const lastDay = b.time({ kind: "relative", id: "t-last-day", text: "on the last day of the festival", relation: "during", part: { unit: "day", ordinal: -1 }, anchorId: festival, evidenceIds: ev("on the last day of the festival") });
      b.happening({
        id: "bombing", kind: "suicide-attack", description: "A suicide bomber killed four soldiers at a checkpoint in Port Alba.", placeId: checkpoint, timeId: lastDay,
        quantities: [{ measure: "dead", value: 4, exactness: "exact", text: "four soldiers", evidenceIds: ev("four") }],
        participants: [{ actorId: bomber, role: "agent" }, { actorId: soldiers, role: "patient" }], evidenceIds: ev("killed four soldiers"),
      });
      return {
        main: "bombing",
        facts: [
          ["suicide attack", "happenings:bombing/kind", "suicide-attack"],
          ["four dead", "happenings:bombing/quantities/0/value", 4],
          ["at a checkpoint", "happenings:bombing/placeId", "checkpoint"],
          ["in Port Alba", "places:checkpoint/withinId", "port-alba"],
          ["the festival's last day", "times:t-last-day/resolved/start", "2031-05-11T00:00:00+00:00"],
        ],
      };
    },
  },
];
