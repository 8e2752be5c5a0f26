// JSON text whose values JSON.parse would lose or change without a word, and the one rule
// fromLlmOutput and validateDocument follow for extension values.
import { fromLlmOutput, parseDocumentJson, toLlmOutput, validateDocument, type NewsDocument } from "../../../src/index.js";
import { smallDocument } from "../../support/small-document.js";
import { outcomeOf, type HostileCase } from "./case.js";

/** The small document as JSON text, two spaces an indent, with an extension `"acme:x": 0` to replace. */
const TEXT = JSON.stringify({ ...smallDocument(), extensions: { "acme:x": 0 } }, null, 2);

function edited(from: string, to: string): string {
  if (!TEXT.includes(from)) throw new Error(`not in the text: ${from}`);
  return TEXT.replace(from, to);
}

/** The line and column where `written` starts in `text`, counted from 1. */
function placeOf(text: string, written: string, occurrence = 0): string {
  let at = -1;
  for (let count = 0; count <= occurrence; count++) at = text.indexOf(written, at + 1);
  const before = text.slice(0, at);
  return `line ${before.split("\n").length}, column ${at - before.lastIndexOf("\n")}`;
}

const parsed = (text: string) => outcomeOf(parseDocumentJson(text));
const duplicateQuote = edited('"quote": "Japan"', '"quote": "WRONG", "quote": "Japan"');
const duplicateExtension = edited('"acme:x": 0', '"acme:x": "first", "acme:x": "second", "acme:x": "third"');
const spaced = edited('"acme:x": 0', '"acme:y" : 1,\n    "acme:y"\n     : 2');
const repeatedInArray = edited('"quote": "North Korea"', '"quote": "North Korea", "quote": "North Korea"');

/** The hostile texts of the area "values lost without a word", by name. */
export const textCases: { readonly [name: string]: HostileCase } = {
  "a quote given twice in one span is a duplicate key, with both places": {
    run: () => parsed(duplicateQuote),
    promised: {
      ok: false,
      problems: [
        {
          code: "duplicate-key",
          pointer: "/evidence/0/quote",
          message: `the key "quote" is given again at ${placeOf(duplicateQuote, '"quote"', 1)}, after ${placeOf(duplicateQuote, '"quote"')}: JSON.parse keeps only the last value, so the earlier one would be lost; remove one of them`,
        },
      ],
    },
  },
  "an extension key given three times is two duplicate keys, each with its place": {
    run: () => parsed(duplicateExtension),
    promised: {
      ok: false,
      problems: [
        { code: "duplicate-key", pointer: "/extensions/acme:x", message: new RegExp(`given again at ${placeOf(duplicateExtension, '"acme:x"', 1)}, after ${placeOf(duplicateExtension, '"acme:x"')}`) },
        { code: "duplicate-key", pointer: "/extensions/acme:x", message: new RegExp(`given again at ${placeOf(duplicateExtension, '"acme:x"', 2)}, after`) },
      ],
    },
  },
  "a key given twice with white space before its colons is found too": {
    run: () => parsed(spaced),
    promised: { ok: false, problems: [{ code: "duplicate-key", pointer: "/extensions/acme:y", message: new RegExp(`given again at ${placeOf(spaced, '"acme:y"', 1)}`) }] },
  },
  "a key given twice with the same value is still a duplicate key, at its index in the array": {
    run: () => parsed(repeatedInArray),
    promised: { ok: false, problems: [{ code: "duplicate-key", pointer: "/evidence/1/quote" }] },
  },
  "a string that holds a quote and a colon is not taken for a key": {
    run: () => parsed(edited('"acme:x": 0', '"acme:x": "he said \\": no\\":"')),
    promised: { ok: true },
  },
  "the integer 12345678901234567890 in an extension is an inexact number, with its place": {
    run: () => parsed(edited('"acme:x": 0', '"acme:x": 12345678901234567890')),
    promised: {
      ok: false,
      problems: [
        {
          code: "inexact-number",
          pointer: "/extensions/acme:x",
          message: `the number 12345678901234567890 at ${placeOf(TEXT, '"acme:x"').replace(/column (\d+)/, (_, column) => `column ${Number(column) + 10}`)} cannot be held exactly by a JavaScript number, which reads it as 12345678901234567000; write it as a string to keep it exactly`,
        },
      ],
    },
  },
  "1e-400 in an extension is an inexact number: JSON.parse reads it as 0": {
    run: () => parsed(edited('"acme:x": 0', '"acme:x": [1, 1e-400]')),
    promised: { ok: false, problems: [{ code: "inexact-number", pointer: "/extensions/acme:x/1", message: /^the number 1e-400 at line \d+, column \d+ cannot be held exactly by a JavaScript number, which reads it as 0;/ }] },
  },
  "1e400 in an extension is an inexact number: JSON.parse reads it as Infinity": {
    run: () => parsed(edited('"acme:x": 0', '"acme:x": {"big": 1e400}')),
    promised: { ok: false, problems: [{ code: "inexact-number", pointer: "/extensions/acme:x/big", message: /reads it as Infinity/ }] },
  },
  "numbers written another way but equal are kept: 24.0, 2.4e1, 1E2, -0, 0.1, 1.0000000000000000": {
    run: () => parsed(edited('"acme:x": 0', '"acme:x": [24.0, 2.4e1, 1E2, -0, 0.1, 1.0000000000000000, 9007199254740991]')),
    promised: { ok: true },
  },
  "a number of 16 digits that a double holds exactly is kept": {
    run: () => parsed(edited('"acme:x": 0', '"acme:x": 1234567890123456')),
    promised: { ok: true },
  },
  "an inexact offset outside extensions is left to the schema, which refuses it": {
    run: () => parsed(edited('"start": 0', '"start": 12345678901234567890')),
    promised: { ok: false, problems: [{ code: "shape", pointer: "/evidence/0/start", message: /Too big/ }] },
  },
  "fromLlmOutput reports a key given twice in its text, as parseDocumentJson does": {
    run: () => outcomeOf(fromLlmOutput(duplicateQuote)),
    promised: { ok: false, problems: [{ code: "duplicate-key", pointer: "/evidence/0/quote" }] },
  },
  // One rule for a Date and for null in extension values, asked of both functions.
  "fromLlmOutput reports a Date in an extension as not JSON, as validateDocument does": {
    run: () => {
      const outcomes = [fromLlmOutput, validateDocument].map((check) => outcomeOf(check({ ...smallDocument(), extensions: { "acme:when": new Date(0) } })));
      return JSON.stringify(outcomes[0]) === JSON.stringify(outcomes[1]) ? outcomes[0] : { differ: outcomes };
    },
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/extensions/acme:when", message: "a Date is not JSON; write it as a string, such as an ISO 8601 date-time" }] },
  },
  "fromLlmOutput keeps a null extension value, from a value and from text, as validateDocument does": {
    run: () => {
      const input = { ...smallDocument(), extensions: { "acme:none": null, "acme:list": [null] } };
      // The answer form gives evidence by quote and leaves the text out; the article is given beside it.
      const answer = { ...(toLlmOutput(smallDocument() as unknown as NewsDocument) as object), extensions: input.extensions };
      const article = { article: input.article.text };
      const kept = [fromLlmOutput(answer, article), fromLlmOutput(JSON.stringify(answer), article), validateDocument(input)].map((result) => (result.ok ? result.document.extensions : result.problems));
      return { ok: true, value: kept };
    },
    promised: { ok: true, value: Array.from({ length: 3 }, () => ({ "acme:none": null, "acme:list": [null] })) },
  },
};
