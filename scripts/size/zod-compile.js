// zod's minimum plus z.compile, to show what the compiled path adds.
import * as z from "zod";

console.log(z.string(), z.compile);
