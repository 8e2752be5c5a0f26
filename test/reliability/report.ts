/** Prints one line of figures for the reliability report, in a form easy to grep: `[reliability] name: key=value …`. */
export function report(name: string, figures: { readonly [key: string]: string | number }): void {
  const line = Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(" ");
  console.log(`[reliability] ${name}: ${line}`);
}

/** Keeps the slowest duration seen, in milliseconds. */
export class Slowest {
  ms = 0;
  what = "";
  cases = 0;
  /** Runs `work`, timing it, and returns what it returned. */
  time<Result>(what: string, work: () => Result): Result {
    const start = performance.now();
    try {
      return work();
    } finally {
      const took = performance.now() - start;
      this.cases++;
      if (took > this.ms) {
        this.ms = took;
        this.what = what;
      }
    }
  }
}
