import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { root, runCli } from "./cli.js";
import { minimalLine } from "./documents.js";

const minimal = minimalLine;

describe("news-events exit codes", () => {
  it("are listed with their meanings in --help, one code each", () => {
    const help = runCli(["--help"]).stdout;
    const listed = help.slice(help.indexOf("Exit codes:")).split("\n").filter((line) => /^ +\d+  /.test(line));
    expect(listed.map((line) => Number(line.trim().split(" ")[0]))).toEqual(Object.values(EXIT_CODES).map(({ code }) => code));
    for (const { meaning } of Object.values(EXIT_CODES)) expect(help.replace(/\n +/g, " ")).toContain(meaning);
  });

  it("are documented in docs/cli.md, each code with a row of the table", () => {
    const guide = readFileSync(join(root, "docs", "cli.md"), "utf8");
    const rows = [...guide.matchAll(/^\| *(\d+) *\| (.+) \|$/gm)].map((row) => Number(row[1]));
    expect(rows).toEqual(Object.values(EXIT_CODES).map(({ code }) => code));
  });

  it("tell a valid document (0), an invalid one (1), a usage error (2) and an input error (3) apart", () => {
    expect(runCli(["validate", "-"], minimal).status).toBe(EXIT_CODES.success.code);
    expect(runCli(["validate", "-"], minimal.replace('"x"', "7")).status).toBe(EXIT_CODES.invalid.code);
    expect(runCli(["validate", "--strict"]).status).toBe(EXIT_CODES.usage.code);
    expect(runCli(["validate", join(root, "no-such-file.json")]).status).toBe(EXIT_CODES.input.code);
    expect(runCli(["validate", "-"], "{not json").status).toBe(EXIT_CODES.input.code);
    expect(runCli(["validate", "-"], "").status).toBe(EXIT_CODES.input.code);
  });

  it("give an input error precedence over an invalid document, since not everything could be checked", () => {
    const run = runCli(["validate", "--ndjson", "-"], `${minimal.replace('"x"', "7")}\n{\n`);
    expect(run.stdout).toMatch(/\n<stdin>: 2 documents, 0 valid, 1 invalid, 2 problems, 1 unreadable\n/);
    expect(run.status).toBe(EXIT_CODES.input.code);
  });
});
