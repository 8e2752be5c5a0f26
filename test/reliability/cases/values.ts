// Values that are not JSON, or that JSON could not write in any sane size, given to the
// functions that promise never to throw on bad input.
import { fromLlmOutput, migrateDocument, parseDocumentJson, validateDocument } from "../../../src/index.js";
import { smallDocument } from "../../support/small-document.js";
import { outcomeOf, type HostileCase } from "./case.js";

type Loose = { [key: string]: any };

function document(change: (document: Loose) => void): Loose {
  const built = smallDocument() as Loose;
  change(built);
  return built;
}

function throwingGetter(target: Loose, key: string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key}`);
    },
  });
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A Proxy of `target` whose `trap` throws. */
function trapping(target: object, trap: keyof ProxyHandler<object>): object {
  return new Proxy(target, {
    [trap]() {
      throw new Error(`${trap} trap`);
    },
  });
}

/** 41 objects, each holding the next one twice: 2⁴⁰ paths from the top. */
function sharedTwiceOver(levels = 40): Loose {
  let value: Loose = { leaf: true };
  for (let level = 0; level < levels; level++) value = { left: value, right: value };
  return value;
}

function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 0;
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { deeper: value };
  return value;
}

const validated = (input: unknown) => outcomeOf(validateDocument(input));
const migrated = (input: unknown) => outcomeOf(migrateDocument(input));
const threw = /^reading this value threw \(Error: /;
const cycle = /^a cycle: this is the value at /;

const getterCases = Object.fromEntries(
  (
    [
      ["/schemaVersion", (built: Loose) => throwingGetter(built, "schemaVersion")],
      ["/article", (built: Loose) => throwingGetter(built, "article")],
      ["/actors/0/name", (built: Loose) => throwingGetter(built["actors"][0], "name")],
      ["/evidence/3/quote", (built: Loose) => throwingGetter(built["evidence"][3], "quote")],
      ["/extensions/acme:x", (built: Loose) => throwingGetter((built["extensions"] = {}), "acme:x")],
      [
        "/actors/1/extensions/acme:deep/0/value",
        (built: Loose) => {
          const inner: Loose = {};
          built["actors"][1].extensions = { "acme:deep": [inner] };
          throwingGetter(inner, "value");
        },
      ],
    ] as const
  ).map(([pointer, put]): [string, HostileCase] => [
    `a getter that throws at ${pointer} is not JSON, at its place`,
    { run: () => validated(document(put)), promised: { ok: false, problems: [{ code: "not-json", pointer, message: threw }] } },
  ]),
);

/** The hostile inputs of the area "the API never throws", by name. */
export const valueCases: { readonly [name: string]: HostileCase } = {
  ...getterCases,
  "a getter that throws, given to migrateDocument, is not JSON": {
    run: () => migrated(document((built) => throwingGetter(built, "schemaVersion"))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/schemaVersion", message: threw }] },
  },
  "a getter that throws, given to fromLlmOutput, is not JSON": {
    run: () => outcomeOf(fromLlmOutput(document((built) => throwingGetter(built["actors"][0], "name")))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/actors/0/name", message: threw }] },
  },
  "a Proxy whose get trap throws is not JSON, at each key it would not give": {
    run: () => validated(document((built) => (built["issues"][0] = trapping({ id: "x" }, "get")))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/issues/0/id", message: /get trap/ }] },
  },
  "a Proxy whose ownKeys trap throws is not JSON, at its place": {
    run: () => validated(document((built) => (built["actors"][1] = trapping(built["actors"][1], "ownKeys")))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/actors/1", message: /ownKeys trap/ }] },
  },
  "a Proxy whose getOwnPropertyDescriptor trap throws is not JSON, at its place": {
    run: () => validated(document((built) => (built["meetings"][0] = trapping(built["meetings"][0], "getOwnPropertyDescriptor")))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/meetings/0", message: /getOwnPropertyDescriptor trap/ }] },
  },
  "a Proxy whose getPrototypeOf trap throws is not JSON, at its place": {
    run: () => validated(document((built) => (built["article"] = trapping(built["article"], "getPrototypeOf")))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/article", message: /getPrototypeOf trap/ }] },
  },
  // The value is read once into plain objects, so no later step asks the Proxy again.
  "a Proxy whose has trap throws is read once and validates, its trap never asked": {
    run: () => validated(document((built) => (built["actors"][0] = trapping(built["actors"][0], "has")))),
    promised: { ok: true },
  },
  "a Proxy that answers a different value each time is read once and validates": {
    run: () => {
      let reads = 0;
      return validated(document((built) => (built["actors"][0] = new Proxy(built["actors"][0], { get: (target, key) => (key === "name" && reads++ > 0 ? 42 : target[key as string]) }))));
    },
    promised: { ok: true },
  },
  "a revoked Proxy as the document is not JSON": {
    run: () => validated(revoked()),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "", message: /revoked/ }] },
  },
  "a revoked Proxy as the article is not JSON": {
    run: () => validated(document((built) => (built["article"] = revoked()))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/article", message: /revoked/ }] },
  },
  "a revoked Proxy in an array is not JSON": {
    run: () => validated(document((built) => (built["actors"][0].evidenceIds = [revoked()]))),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/actors/0/evidenceIds/0", message: /revoked/ }] },
  },
  "a revoked Proxy given to migrateDocument is not JSON": {
    run: () => migrated(revoked()),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "", message: /revoked/ }] },
  },
  "a cyclic schemaVersion is a cycle, at the key that closes it": {
    run: () =>
      validated(
        document((built) => {
          built["schemaVersion"] = { version: 1 };
          built["schemaVersion"].self = built["schemaVersion"];
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/schemaVersion/self", message: cycle }] },
  },
  "a cyclic schemaVersion given to migrateDocument is a cycle": {
    run: () =>
      migrated(
        document((built) => {
          built["schemaVersion"] = [];
          built["schemaVersion"].push(built["schemaVersion"]);
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/schemaVersion/0", message: cycle }] },
  },
  "a toJSON that throws, as the schemaVersion, is a function, never called": {
    run: () =>
      validated(
        document((built) => {
          built["schemaVersion"] = {
            toJSON() {
              throw new Error("toJSON");
            },
          };
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/schemaVersion/toJSON", message: "a function is not JSON" }] },
  },
  "a toJSON that throws, given to migrateDocument, is a function, never called": {
    run: () =>
      migrated({
        schemaVersion: 1,
        toJSON() {
          throw new Error("toJSON");
        },
      }),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/toJSON", message: "a function is not JSON" }] },
  },
  "an extension object that contains itself is a cycle": {
    run: () =>
      validated(
        document((built) => {
          const loop: Loose = { label: "loop" };
          loop["again"] = loop;
          built["extensions"] = { "acme:loop": loop };
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/extensions/acme:loop/again", message: /value at "\/extensions\/acme:loop"/ }] },
  },
  "an extension array that contains itself, on an actor, is a cycle": {
    run: () =>
      validated(
        document((built) => {
          const loop: unknown[] = [1];
          loop.push(loop);
          built["actors"][0].extensions = { "acme:loop": loop };
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/actors/0/extensions/acme:loop/1", message: cycle }] },
  },
  "a cycle through two extension objects is found where it closes": {
    run: () =>
      validated(
        document((built) => {
          const a: Loose = {};
          const b: Loose = { a };
          a["b"] = b;
          built["meetings"][1].extensions = { "acme:a": a };
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/meetings/1/extensions/acme:a/b/a", message: /value at "\/meetings\/1\/extensions\/acme:a"/ }] },
  },
  "an extension that contains the document itself is a cycle at the root": {
    run: () =>
      validated(
        document((built) => {
          built["extensions"] = { "acme:me": built };
        }),
      ),
    promised: { ok: false, problems: [{ code: "not-json", pointer: "/extensions/acme:me", message: /value at "\/"/ }] },
  },
  "41 objects shared 2^40 ways in an extension are too large, found at once": {
    run: () => validated(document((built) => (built["extensions"] = { "acme:dag": sharedTwiceOver() }))),
    promised: { ok: false, problems: [{ code: "too-large", pointer: /^\/extensions\/acme:dag(\/left){16}$/, message: /would hold 50,331,647 values, counting a shared object once for each place it appears: more than the 33,554,432 a document may hold$/ }] },
  },
  "41 objects shared 2^40 ways, given to migrateDocument, are too large": {
    run: () => migrated(document((built) => (built["actors"][0].extensions = { "acme:dag": sharedTwiceOver() }))),
    promised: { ok: false, problems: [{ code: "too-large", pointer: /^\/actors\/0\/extensions\/acme:dag\//, message: /a document may hold/ }] },
  },
  "41 objects shared 2^40 ways, given to fromLlmOutput, are too large": {
    run: () => outcomeOf(fromLlmOutput(document((built) => (built["extensions"] = { "acme:dag": sharedTwiceOver() })))),
    promised: { ok: false, problems: [{ code: "too-large", pointer: /^\/extensions\/acme:dag\//, message: /a document may hold/ }] },
  },
  "one evidenceIds array shared by two actors is legitimate and validates": {
    run: () =>
      validated(
        document((built) => {
          const shared = ["ev-japan", "ev-north-korea"];
          built["actors"][0].evidenceIds = shared;
          built["actors"][1].evidenceIds = shared;
        }),
      ),
    promised: { ok: true },
  },
  "a small extension object shared ten times over validates": {
    run: () => validated(document((built) => (built["extensions"] = { "acme:dag": sharedTwiceOver(10) }))),
    promised: { ok: true },
  },
  "an array of length 2^32 - 1 in an extension is too large, without a walk of its holes": {
    run: () =>
      validated(
        document((built) => {
          const huge: unknown[] = [];
          huge.length = 2 ** 32 - 1;
          built["extensions"] = { "acme:huge": huge };
        }),
      ),
    promised: { ok: false, problems: [{ code: "too-large", pointer: "/extensions/acme:huge", message: /4,294,967,295 elements/ }] },
  },
  // Most of its time goes to V8 making the key a property (flattening and hashing 512 MiB).
  "an unknown key just under V8's longest string is too large, reported at its object": {
    heavy: true,
    budgetMs: 60_000,
    run: () => validated(document((built) => (built["meetings"][0]["k".repeat(2 ** 29 - 25)] = 1))),
    promised: { ok: false, problems: [{ code: "too-large", pointer: "/meetings/0", message: /^a key of 536,870,887 characters, starting "k{20}", is longer than the 10,000 a key may have$/ }] },
  },
  "a function, a Date, a BigInt, a symbol, NaN, an infinity, undefined and a hole in an extension are each not JSON": {
    run: () =>
      validated(
        document((built) => {
          // eslint-disable-next-line no-sparse-arrays
          built["extensions"] = { "acme:x": [() => 0, new Date(0), 1n, Symbol("s"), Number.NaN, -Infinity, undefined, , "kept"] };
        }),
      ),
    promised: {
      ok: false,
      problems: [
        { code: "not-json", pointer: "/extensions/acme:x/0", message: "a function is not JSON" },
        { code: "not-json", pointer: "/extensions/acme:x/1", message: "a Date is not JSON; write it as a string, such as an ISO 8601 date-time" },
        { code: "not-json", pointer: "/extensions/acme:x/2", message: "the BigInt 1n is not JSON; write it as a number or a string" },
        { code: "not-json", pointer: "/extensions/acme:x/3", message: "a symbol is not JSON" },
        { code: "not-json", pointer: "/extensions/acme:x/4", message: /^NaN is not a JSON number/ },
        { code: "not-json", pointer: "/extensions/acme:x/5", message: /^-Infinity is not a JSON number/ },
        { code: "not-json", pointer: "/extensions/acme:x/6", message: /^undefined is not JSON/ },
        { code: "not-json", pointer: "/extensions/acme:x/7", message: /^a hole in a sparse array is not JSON/ },
      ],
    },
  },
  "a class instance, a Map and a typed array are not JSON, each named": {
    run: () =>
      validated(
        document((built) => {
          class Confidence {
            value = 0.8;
          }
          built["extensions"] = { "acme:c": new Confidence(), "acme:m": new Map([["a", 1]]), "acme:t": new Uint8Array(2) };
        }),
      ),
    promised: {
      ok: false,
      problems: [
        { code: "not-json", pointer: "/extensions/acme:c", message: "an instance of Confidence is not JSON" },
        { code: "not-json", pointer: "/extensions/acme:m", message: "an instance of Map is not JSON" },
        { code: "not-json", pointer: "/extensions/acme:t", message: "an instance of Uint8Array is not JSON" },
      ],
    },
  },
  "a value left undefined in an object is read as absent, as JSON leaves it out": {
    run: () => validated(document((built) => (built["actors"][0].note = undefined))),
    promised: { ok: true },
  },
  "objects without a prototype are plain JSON objects": {
    run: () => validated(document((built) => (built["extensions"] = Object.assign(Object.create(null), { "acme:x": Object.assign(Object.create(null), { a: 1 }) })))),
    promised: { ok: true },
  },
  "10^6 nested arrays in an extension are too deep, found without recursion": {
    run: () => validated(document((built) => (built["extensions"] = { "acme:deep": nested(1_000_000, "array") }))),
    promised: { ok: false, problems: [{ code: "too-deep", pointer: /^\/extensions\/acme:deep(\/0){998}$/, message: /more than 1,000 levels deep/ }] },
  },
  "2·10^5 nested objects as an actor are too deep": {
    run: () => validated(document((built) => (built["actors"][0] = nested(200_000, "object")))),
    promised: { ok: false, problems: [{ code: "too-deep", pointer: /^\/actors\/0(\/deeper){998}$/, message: /more than 1,000 levels deep/ }] },
  },
  "10^6 nested arrays as JSON text are too deep": {
    run: () => outcomeOf(parseDocumentJson(`${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`)),
    promised: { ok: false, problems: [{ code: "too-deep", pointer: /^(\/0){1000}$/ }] },
  },
};
