#!/usr/bin/env node
// The news-events command: validate, describe and export news-event documents.
import { performance } from "node:perf_hooks";
import { Output } from "./output.js";
import { run } from "./run.js";

const stdout = new Output(process.stdout);
const stderr = new Output(process.stderr);
const code = await run(process.argv.slice(2), { stdin: process.stdin, stdout, stderr, now: () => performance.now() });
// Everything written is handed on before the process ends; a reader that has gone
// (| head) no longer counts, and the command has already chosen its code for that.
await Promise.all([stdout.flush(), stderr.flush()]);
process.exit(code);
