#!/usr/bin/env node
// Real consumers: packs the built package, then for each project under
// test/package/consumers/fixture-* makes a fresh project in a temporary directory that
// installs the tarball and zod, and type-checks, bundles or runs it there. The browser
// consumer runs in headless Chromium (Debian's `chromium`, driven by playwright-core) and
// is skipped, saying so, only where no chromium is installed.
//
// Installs prefer the local npm cache (`--prefer-offline`): offline once zod's versions
// are cached, fetching them once where they are not.
//
//   npm run build && node scripts/consumers.mjs [--only=ts-esm,browser] [--keep] [--tarball=<file>]
//
// The zod-floor consumer is the ts-esm one on the lowest zod of the peer range.
import { execFile, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

const root = fileURLToPath(new URL("..", import.meta.url));
const templates = join(root, "test/package/consumers");
const args = process.argv.slice(2);
const only = args.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",");
const keep = args.includes("--keep");
/** A tarball packed elsewhere, instead of packing this checkout's build. */
const givenTarball = args.find((arg) => arg.startsWith("--tarball="))?.slice("--tarball=".length);

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const zodVersion = JSON.parse(readFileSync(join(root, "node_modules/zod/package.json"), "utf8")).version;
/** The lowest zod the package declares: the first version in its peer range. */
const zodFloor = pkg.peerDependencies.zod.match(/\d+\.\d+\.\d+/)[0];
const tsc = join(root, "node_modules/typescript/bin/tsc");
/** The TypeScript consumers are Node projects: they get the same Node types as the package. */
const nodeTypes = JSON.parse(readFileSync(join(root, "node_modules/@types/node/package.json"), "utf8")).version;

/** Runs a command to its end and gives its standard output; fails with all it printed. */
async function run(command, commandArgs, cwd) {
  try {
    const { stdout } = await execFileAsync(command, commandArgs, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim();
    throw new Error(`${[command, ...commandArgs].join(" ")} failed (exit ${error.code}):\n${output}`);
  }
}

/** The last line a consumer printed, as JSON. */
function report(output) {
  return JSON.parse(output.trim().split("\n").at(-1));
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

function which(command) {
  const found = spawnSync("which", [command], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

async function inChromium(directory, bundle) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: which("chromium"),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const results = {};
  try {
    for (const [name, policy] of [
      ["no policy", undefined],
      ["script-src 'self' (no eval)", "script-src 'self'"],
    ]) {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route("http://consumer.test/**", (route) => {
        const path = new URL(route.request().url()).pathname;
        const headers = policy ? { "content-security-policy": policy } : {};
        if (path === "/bundle.js") return route.fulfill({ status: 200, contentType: "text/javascript", headers, body: readFileSync(bundle, "utf8") });
        return route.fulfill({ status: 200, contentType: "text/html", headers, body: '<!doctype html><title>consumer</title><script src="/bundle.js"></script>' });
      });
      await page.goto("http://consumer.test/");
      await page.waitForFunction(() => globalThis.consumerResult !== undefined || document.readyState === "complete", undefined, { timeout: 60_000 });
      const result = await page.evaluate(() => globalThis.consumerResult);
      await page.close();
      expect(errors.length === 0, `the page threw under ${name}: ${errors.join("; ")}`);
      expect(result?.ok === true, `the fixture did not validate in Chromium under ${name}: ${JSON.stringify(result)}`);
      expect(result.codeGeneration === (policy === undefined), `new Function should ${policy ? "fail" : "work"} under ${name}`);
      results[name] = { checked: result.checked, codeGeneration: result.codeGeneration };
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Whether every module of the installed fixtures entry imports only its own neighbours. */
function fixturesImportNothing(directory) {
  const fixtures = join(directory, "node_modules/news-event-models/dist/fixtures");
  return readdirSync(fixtures)
    .filter((file) => file.endsWith(".js"))
    .every((file) => [...readFileSync(join(fixtures, file), "utf8").matchAll(/\bfrom\s*"([^"]+)"/g)].every(([, specifier]) => specifier.startsWith("./")));
}

/** Each consumer: its template folder, its package type, its zod, and what to do once installed. */
const CONSUMERS = [
  {
    name: "ts-esm",
    type: "module",
    zod: zodVersion,
    extra: [`@types/node@${nodeTypes}`],
    async check(directory) {
      await run(process.execPath, [tsc, "-p", "."], directory);
      const result = report(await run(process.execPath, ["out/index.js"], directory));
      expect(result.ok && result.zod === zodVersion, `unexpected result ${JSON.stringify(result)}`);
      return result;
    },
  },
  {
    name: "ts-cjs",
    type: "commonjs",
    zod: zodVersion,
    extra: [`@types/node@${nodeTypes}`],
    async check(directory) {
      await run(process.execPath, [tsc, "-p", "."], directory);
      expect(readFileSync(join(directory, "out/index.js"), "utf8").includes('require("news-event-models")'), "the output does not require the package");
      return report(await run(process.execPath, ["out/index.js"], directory));
    },
  },
  {
    name: "js-esm",
    type: "module",
    zod: zodVersion,
    async check(directory) {
      // node takes the bundled file through the `node` condition; the fixtures entry
      // beside it imports nothing, so the two never hold two copies of anything stateful.
      const entry = (await run(process.execPath, ["--input-type=module", "-e", 'console.log(import.meta.resolve("news-event-models"))'], directory)).trim();
      expect(entry.endsWith("/dist/index.node.js"), `node resolved the package to ${entry}, not its bundled file`);
      expect(fixturesImportNothing(directory), "the fixtures entry imports other modules of the package");
      const plain = report(await run(process.execPath, ["index.mjs"], directory));
      expect(plain.codeGeneration, "new Function should work in plain node");
      const forbidden = report(await run(process.execPath, ["--disallow-code-generation-from-strings", "index.mjs"], directory));
      expect(!forbidden.codeGeneration, "new Function should be forbidden");
      return { plain, withoutCodeGeneration: forbidden };
    },
  },
  {
    name: "js-cjs",
    type: "commonjs",
    zod: zodVersion,
    async check(directory) {
      return report(await run(process.execPath, ["index.cjs"], directory));
    },
  },
  {
    name: "browser",
    type: "module",
    zod: zodVersion,
    needs: () => (which("chromium") ? undefined : "no chromium on this machine (Debian: apt-get install chromium)"),
    async check(directory) {
      const esbuild = await import("esbuild");
      const bundle = join(directory, "bundle.js");
      const { metafile } = await esbuild.build({
        entryPoints: [join(directory, "entry.js")],
        absWorkingDir: directory,
        bundle: true,
        format: "iife",
        platform: "browser",
        minify: true,
        metafile: true,
        outfile: bundle,
        logLevel: "error",
      });
      // a bundler takes the one-file-per-module build, which it can tree-shake, never node's bundled file
      const inputs = Object.keys(metafile.inputs).filter((input) => input.includes("news-event-models/"));
      expect(!inputs.some((input) => input.endsWith("index.node.js")), "the browser bundle took the package's node file");
      expect(inputs.some((input) => input.includes("/dist/model/")), "the browser bundle did not take the package's per-module build");
      return inChromium(directory, bundle);
    },
  },
  {
    name: "zod-floor",
    // the ts-esm consumer, on the lowest zod the package declares
    template: "ts-esm",
    type: "module",
    zod: zodFloor,
    extra: [`@types/node@${nodeTypes}`],
    async check(directory) {
      await run(process.execPath, [tsc, "-p", "."], directory);
      const result = report(await run(process.execPath, ["out/index.js"], directory));
      // the package ran on the floor zod itself, where the shape check stays on zod's parser
      expect(result.ok && result.zod === zodFloor, `unexpected result ${JSON.stringify(result)}`);
      return result;
    },
  },
  {
    name: "ts7-esm",
    // the ts-esm consumer, type-checked by TypeScript 7: what `npm install typescript` gives now
    template: "ts-esm",
    type: "module",
    zod: zodVersion,
    extra: [`@types/node@${nodeTypes}`, "typescript@~7.0.2"],
    async check(directory) {
      const typescript = JSON.parse(readFileSync(join(directory, "node_modules/typescript/package.json"), "utf8")).version;
      expect(typescript.startsWith("7."), `installed TypeScript ${typescript}, not 7`);
      await run(process.execPath, [join(directory, "node_modules/typescript/bin/tsc"), "-p", "."], directory);
      const result = report(await run(process.execPath, ["out/index.js"], directory));
      expect(result.ok && result.zod === zodVersion, `unexpected result ${JSON.stringify(result)}`);
      return { typescript, ...result };
    },
  },
];

if (!givenTarball && !existsSync(join(root, "dist/index.js"))) {
  process.stderr.write("no build: run `npm run build` first\n");
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), "nem-consumers-"));
let failed = 0;
try {
  let tarball = givenTarball;
  if (tarball) process.stdout.write(`using ${tarball}; zod ${zodVersion}, floor ${zodFloor}\n`);
  else {
    const packed = JSON.parse(await run("npm", ["pack", "--json", "--pack-destination", work], root));
    tarball = join(work, packed[0].filename);
    process.stdout.write(`packed ${packed[0].filename} (${packed[0].entryCount} files); zod ${zodVersion}, floor ${zodFloor}\n`);
    // The README is the package's page on the registry and in node_modules: each file it
    // links to by a relative path must be in the package, or the link is dead there.
    const shipped = new Set(packed[0].files.map((file) => file.path));
    const linked = [...readFileSync(join(root, "README.md"), "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target));
    const dead = linked.filter((target) => !shipped.has(target.replace(/^\.\//, "")));
    if (dead.length > 0) {
      process.stdout.write(`✗ the README links to files the package does not ship: ${dead.join(", ")}\n`);
      failed++;
    } else process.stdout.write(`✓ every file the README links to (${linked.length}) is in the package\n`);
  }
  const chosen = CONSUMERS.filter((consumer) => !only || only.includes(consumer.name));
  // The consumers are independent projects, each in its own directory: one at a time
  // per core, since each mostly waits on npm or on one tsc.
  let next = 0;
  const checkNext = async () => {
    for (let consumer = chosen[next++]; consumer; consumer = chosen[next++]) await checkConsumer(consumer, tarball);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), chosen.length) }, checkNext));
} finally {
  if (keep) process.stdout.write(`consumers kept in ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;

/** Installs one consumer in its own directory and checks it; prints one line either way. */
async function checkConsumer(consumer, tarball) {
  const missing = consumer.needs?.();
  if (missing) {
    process.stdout.write(`- ${consumer.name}: skipped, ${missing}\n`);
    return;
  }
  const directory = join(work, consumer.name);
  const started = performance.now();
  try {
    cpSync(join(templates, `fixture-${consumer.template ?? consumer.name}`), directory, { recursive: true });
    writeFileSync(join(directory, "package.json"), JSON.stringify({ name: `consumer-${consumer.name}`, private: true, type: consumer.type }, null, 2));
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, `zod@${consumer.zod}`, ...(consumer.extra ?? [])], directory);
    const installedZod = JSON.parse(readFileSync(join(directory, "node_modules/zod/package.json"), "utf8")).version;
    expect(installedZod === consumer.zod, `installed zod ${installedZod}, not ${consumer.zod}`);
    const result = await consumer.check(directory);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`✓ ${consumer.name} (zod ${installedZod}, ${seconds} s): ${JSON.stringify(result)}\n`);
  } catch (error) {
    failed++;
    process.stdout.write(`✗ ${consumer.name} (zod ${consumer.zod}): ${error.message}\n`);
  }
}
