// Drafts that the builder built wrongly, or threw on with a bare TypeError, where it
// promises an Error naming the method, the id and the field.
import { createDocumentBuilder, validateDocument } from "../../../src/index.js";
import { smallDocument } from "../../support/small-document.js";
import { outcomeOf, thrownBy, type HostileCase } from "./case.js";

const TEXT = "Ruritania and Freedonia met in Geneva on Tuesday. A😀B";
type Loose = { [key: string]: any };

function builder() {
  return createDocumentBuilder(TEXT, { referenceDate: "2031-03-12" });
}

/** Runs a builder call as a programmer might write it, types aside. */
function call(method: (b: Loose) => unknown) {
  return thrownBy(() => method(builder() as unknown as Loose));
}

/** The hostile drafts of the area "the builder", by name. */
export const builderCases: { readonly [name: string]: HostileCase } = {
  'a "__proto__" extension key is refused, not dropped': {
    run: () => call((b) => b.state({ id: "ruritania", name: "Ruritania", evidenceIds: [], extensions: JSON.parse('{"acme:x": 1, "__proto__": {"polluted": true}}') })),
    promised: { throws: /^Error: state\("ruritania"\): \/extensions\/__proto__: the key "__proto__" cannot be kept/ },
  },
  "a URL is kept exactly as given, as validateDocument keeps it": {
    run: () => {
      const url = " https://example.org/news?id=1 ";
      const built = createDocumentBuilder(TEXT, { url }).build();
      const checked = validateDocument({ ...smallDocument(), article: { ...smallDocument().article, url } });
      return { ok: true, value: [built.ok ? built.document.article.url : built.problems, checked.ok ? checked.document.article.url : checked.problems] };
    },
    promised: { ok: true, value: [" https://example.org/news?id=1 ", " https://example.org/news?id=1 "] },
  },
  "reserve with an unknown kind is refused": {
    run: () => call((b) => b.reserve("wizard", "merlin")),
    promised: { throws: /^Error: reserve\("wizard", "merlin"\): the kind must be one of "person", "state", .*"evidence"$/ },
  },
  "reserve with an id that is not a string is refused": {
    run: () => call((b) => b.reserve("state", 7n)),
    promised: { throws: /^Error: reserve\("state", 7n\): the id must be a letter or digit/ },
  },
  "state(null) is refused with the method and what was given": {
    run: () => call((b) => b.state(null)),
    promised: { throws: /^Error: state\(null\): the draft must be an object with an id and the fields of a state, not null$/ },
  },
  "a BigInt id is refused with the method, the id and the field": {
    run: () => call((b) => b.state({ id: 12n, name: "Ruritania", evidenceIds: [] })),
    promised: { throws: /^Error: state\(12n\): the draft is not JSON data: \/id: the BigInt 12n is not JSON/ },
  },
  "a cyclic id is refused with the method and the field where it loops": {
    run: () => {
      const id: Loose = {};
      id["self"] = id;
      return call((b) => b.person({ id, name: "Li Gun", evidenceIds: [] }));
    },
    promised: { throws: /^Error: person\(an object\): the draft is not JSON data: \/id\/self: a cycle: this is the value at "\/id"/ },
  },
  "an id whose getter throws is refused with the field": {
    run: () =>
      call((b) =>
        b.issue(
          Object.defineProperty({ name: "x", evidenceIds: [] }, "id", {
            enumerable: true,
            get() {
              throw new Error("no id");
            },
          }),
        ),
      ),
    promised: { throws: /^Error: issue\(undefined\): the draft is not JSON data: \/id: reading this value threw \(Error: no id\)/ },
  },
  'state({ kind: "person" }) is refused, not built as a state': {
    run: () => call((b) => b.state({ kind: "person", id: "li-gun", name: "Li Gun", evidenceIds: [] })),
    promised: { throws: /^Error: state\("li-gun"\): \/kind: the draft is a "person", but state\(\) adds a state; leave out "kind", or call actor\(\) with the kind you mean$/ },
  },
  'person({ kind: "person" }) is the same as person() without a kind': {
    run: () => ({ ok: true, value: call((b) => b.person({ kind: "person", id: "li-gun", name: "Li Gun", evidenceIds: [] })) }),
    promised: { ok: true, value: { returned: "li-gun" } },
  },
  "a quote that starts inside a character of two code units is refused": {
    run: () => call((b) => b.evidence("\uDE00B")),
    promised: { throws: /^Error: evidence\("\\ude00B"\): the quote starts inside the character "😀" at offset \d+, which takes two UTF-16 code units; quote the whole character$/ },
  },
  "a quote that ends inside a character of two code units is refused": {
    run: () => call((b) => b.evidence("A\uD83D")),
    promised: { throws: /^Error: evidence\("A\\ud83d"\): the quote ends inside the character "😀"/ },
  },
  "a quote that is not a string is refused": {
    run: () => call((b) => b.evidence(42)),
    promised: { throws: /^Error: evidence\(42\): the quote must be a string/ },
  },
  "a span [1, 2) of \"A😀B\" is refused by validation: it splits the emoji": {
    run: () =>
      outcomeOf(
        validateDocument({
          ...smallDocument(),
          article: { text: "A😀B", offsetUnit: "utf-16-code-unit" },
          actors: [],
          places: [],
          series: [],
          meetings: [],
          issues: [],
          times: [],
          attributions: [],
          evidence: [{ id: "ev-half", start: 1, end: 2, quote: "\uD83D" }],
        }),
      ),
    promised: {
      ok: false,
      problems: [
        {
          code: "span-splits-character",
          pointer: "/evidence/0/end",
          message: 'span [1, 2) ends inside the character "😀" at offsets 1 to 3: offsets count UTF-16 code units, and this character takes two; move the end to 1 or 3',
        },
      ],
    },
  },
};
