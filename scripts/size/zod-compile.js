// zod's minimum plus z.compile: what zod's own compiled validator would add, against the check the package generates at build time.
import * as z from "zod";

console.log(z.string(), z.compile);
