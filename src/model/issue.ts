import * as z from "zod";
import { IssueId, reference } from "./id.js";
import { factFields } from "./fact.js";

const IssueShape = {
  /** Unique id of this issue. */
  id: IssueId,
  /** Its name ("the abduction issue"). */
  name: z.string().min(1).meta({ description: "The name of the issue, such as \"the abduction issue\"." }),
  /** The broader issue it is part of. */
  parentId: reference(IssueId, { role: "the parent of an issue", description: "Id of the broader issue this one is part of." }).optional(),
  ...factFields("an issue"),
};

/** The type of the {@link Issue} schema: zod's strict object of its fields, under a name that declarations refer to. */
export interface IssueSchema extends z.ZodObject<typeof IssueShape, z.core.$strict> {}

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
export const Issue: IssueSchema = /* @__PURE__ */ z
  .strictObject(IssueShape)
  .meta({ title: "Issue", description: "A topic under negotiation, such as the abduction issue; nested through parentId." });
export type Issue = z.infer<typeof Issue>;
export type IssueInput = z.input<typeof Issue>;
