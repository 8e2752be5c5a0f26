#!/usr/bin/env node
// The news-events command: validate, describe and export news-event documents.
import { performance } from "node:perf_hooks";
import { run } from "./run.js";

// A reader that stops early (news-events summary | head) closes the pipe: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => performance.now(),
});
