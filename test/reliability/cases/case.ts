// What a hostile case is: an input built inside the worker that runs it (a Proxy, a
// getter or a cycle cannot be posted to a worker), what it is run through, and the
// outcome promised. Nothing here imports the test runner, so the worker can load it.

/** The part of a problem a case promises: its code, its pointer, and what its message says. */
export interface PromisedProblem {
  readonly code: string;
  readonly pointer?: string | RegExp;
  readonly message?: string | RegExp;
}

/** What a case promises: a result (`ok`, or exactly these problems), or the Error a builder method throws. */
export type Promised =
  | { readonly ok: true; readonly value?: unknown }
  | { readonly ok: false; readonly problems: readonly PromisedProblem[] }
  | { readonly throws: RegExp };

/** One hostile input and the outcome it must have. */
export interface HostileCase {
  /** Builds the input and runs it; returns a value that can be posted back from the worker. */
  readonly run: () => unknown;
  /** The outcome promised. */
  readonly promised: Promised;
  /** Set where the input is too large to build twice: the case then runs in the worker only. */
  readonly heavy?: boolean;
  /** A budget of its own, where building the input alone takes seconds. */
  readonly budgetMs?: number;
}

/** A result as posted back: `ok` and its problems, each cut down to code, pointer and message. */
export function outcomeOf(result: { readonly ok: boolean; readonly problems?: readonly { code: string; pointer: string; message: string }[] }): unknown {
  return result.ok ? { ok: true } : { ok: false, problems: result.problems!.map(({ code, pointer, message }) => ({ code, pointer, message })) };
}

/** Runs a builder call: what it returned, or the Error it threw, as `{ threw: "Error: …" }`. */
export function thrownBy(call: () => unknown): unknown {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}
