// zod's own code for the kinds of schema `Meeting` is built from: those of `Issue`
// (scripts/size/zod-issue-kinds.js), and a discriminated union of objects, literals,
// integers with bounds and a boolean, with none of the package's code: the floor that
// `import { Meeting }` is compared with, beside zod's minimum.
import * as z from "zod";

const Id = z.string().regex(/^[a-z]+$/).brand("Id");
const Mark = z.strictObject({ path: z.string().regex(/^\//), basis: z.enum(["a", "b"]), reason: z.string().min(1) });
const Participant = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("actor"), actorId: Id }),
  z.strictObject({ kind: z.literal("delegation"), delegationId: Id }),
]);
console.log(
  z.strictObject({
    id: Id.meta({ description: "an id" }),
    name: z.string().min(1).register(z.globalRegistry, { description: "a name" }),
    number: z.int().positive().max(100).optional(),
    informal: z.boolean().optional(),
    participants: z.array(Participant),
    evidenceIds: z.array(Id).min(1),
    inferred: z.array(Mark).optional(),
    extensions: z.record(z.string().min(1), z.json()).optional(),
  }),
);
