import * as z from "zod";
import type { NamedObject } from "./named-schema.js";
import { IssueId, type AttributionId, type EvidenceId } from "./id.js";
import { FactFields, type Fact, type FactInput } from "./fact.js";
import type { Extensions } from "./extensions.js";
import type { Inference, InferenceInput } from "./inference.js";

const IssueShape = {
  /** Unique id of this issue. */
  id: IssueId as typeof IssueId,
  /** Its name ("the abduction issue"). */
  name: z.string().min(1).register(z.globalRegistry, { description: "The name of the issue, such as \"the abduction issue\"." }),
  /** The broader issue it is part of. */
  parentId: IssueId.optional().register(z.globalRegistry, { description: "Id of the broader issue this one is part of." }),
  ...FactFields,
};
// Issue's type, for its annotation below: the declarations then name the shape instead of spelling it out.
declare const IssueType: z.ZodObject<typeof IssueShape, z.core.$strict>;

/**
 * A topic under negotiation: the abduction issue, the North's nuclear programme, the
 * scheduling of talks.
 *
 * @remarks Issues nest through `parentId` ("the families' travel" within "the
 * abduction issue"); {@link validateDocument} rejects a cycle.
 * @example
 * ```ts
 * Issue.parse({ id: "abduction-issue", name: "the abduction issue", evidenceIds: ["ev-abduction-issue"] });
 * ```
 * @group Issues
 */
export const Issue: NamedObject<typeof IssueType.shape, Issue, IssueInput> = /* @__PURE__ */ z
  .strictObject(IssueShape)
  .register(z.globalRegistry, { title: "Issue", description: "A topic under negotiation, such as the abduction issue; nested through parentId." });
/**
 * What the `Issue` schema parses to, written out so that compilers and editors
 * read the type as it stands instead of working it out from the schema. The type
 * tests check that it is exactly what zod infers from the schema.
 * @group Issues
 */
export type Issue = Fact & {
  /** Unique id of this issue. */
  id: IssueId;
  /** Its name ("the abduction issue"). */
  name: string;
  /** The broader issue it is part of. */
  parentId?: IssueId | undefined;
};
/**
 * What the `Issue` schema accepts: {@link Issue} before parsing, with ids as plain
 * strings (parsing checks and brands them) and each nested object in its own input form.
 * @group Issues
 */
export type IssueInput = FactInput & {
  /** Unique id of this issue. */
  id: string;
  /** Its name ("the abduction issue"). */
  name: string;
  /** The broader issue it is part of. */
  parentId?: string | undefined;
};
