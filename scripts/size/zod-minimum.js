// zod's own minimum: the smallest useful zod program, the floor one schema's cost is measured from.
import * as z from "zod";

console.log(z.string());
