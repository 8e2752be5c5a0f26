import * as z from "zod";
import {
  Meeting,
  NewsDocument,
  formatProblem,
  validateDocument,
  type ActorId,
  type NewsDocumentInput,
  type Problem,
  type ValidationResult,
} from "news-event-models";
import { japanNorthKorea2004 } from "news-event-models/fixtures";
import { toJsonLd } from "news-event-models/jsonld";

type Inferred = z.infer<typeof NewsDocument>;

const input: NewsDocumentInput = japanNorthKorea2004;
const result: ValidationResult = validateDocument(structuredClone(input));
if (!result.ok) throw new Error(result.problems.map((found: Problem) => formatProblem(found)).join("\n"));
const document: Inferred = result.document;
const firstActor: ActorId | undefined = document.actors[0]?.id;

const broken = validateDocument({ ...structuredClone(input), meetings: [{ id: "m" }] });
if (broken.ok || broken.problems[0]?.code !== "shape") throw new Error("a broken meeting was accepted");
if (Meeting.safeParse(document.meetings[0]).success !== true) throw new Error("the first meeting does not parse");
if (toJsonLd(document)["@graph"].length === 0) throw new Error("the JSON-LD graph is empty");

// the zod the package's schemas were built with: the consumer's own, which the runner checks
const { major, minor, patch } = NewsDocument._zod.version;
console.log(JSON.stringify({ ok: true, meetings: document.meetings.length, firstActor, zod: `${major}.${minor}.${patch}` }));
