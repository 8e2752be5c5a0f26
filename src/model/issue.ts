import * as z from "zod";
import { IssueId } from "./id.js";
import { FactFields } from "./fact.js";

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
export const Issue: z.ZodObject<typeof IssueType.shape, z.core.$strict> = /* @__PURE__ */ z
  .strictObject(IssueShape)
  .register(z.globalRegistry, { title: "Issue", description: "A topic under negotiation, such as the abduction issue; nested through parentId." });
/**
 * What the `Issue` schema parses to: the type zod infers from it, named so that
 * compilers and editors refer to it rather than work it out again.
 * @group Issues
 */
export interface Issue extends z.infer<typeof Issue> {}
