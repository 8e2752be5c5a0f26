// zod's own code for the kinds of schema `Issue` is built from (a strict object,
// patterned and branded strings, an enum, arrays, optionals, a record of JSON values,
// descriptions in the registry), with none of the package's code: the floor that
// `import { Issue }` is compared with, beside zod's minimum.
import * as z from "zod";

const Id = z.string().regex(/^[a-z]+$/).brand("Id");
const Mark = z.strictObject({ path: z.string().regex(/^\//), basis: z.enum(["a", "b"]), reason: z.string().min(1) });
console.log(
  z.strictObject({
    id: Id.meta({ description: "an id" }),
    name: z.string().min(1).register(z.globalRegistry, { description: "a name" }),
    parentId: Id.optional(),
    evidenceIds: z.array(Id).min(1),
    inferred: z.array(Mark).optional(),
    extensions: z.record(z.string().min(1), z.json()).optional(),
  }),
);
