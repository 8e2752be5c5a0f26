import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserChecks } from "./chromium.js";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const site = join(root, "docs-site");
const screenshots = join(root, ".tmp", "screenshots");

const TYPES: { readonly [extension: string]: string } = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

function findPage(dir: string, pattern: RegExp): string | undefined {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const found = findPage(path, pattern);
      if (found) return found;
    } else if (pattern.test(entry)) {
      return path;
    }
  }
  return undefined;
}

const checks = browserChecks();

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  if (checks.run && checks.executablePath === undefined) throw new Error(checks.missing);
  if (!existsSync(join(site, "index.html"))) throw new Error("docs-site/index.html is missing: run `npm run docs` first");
  mkdirSync(screenshots, { recursive: true });
  server = createServer((request, response) => {
    const path = join(site, decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname));
    const file = path.endsWith("/") ? join(path, "index.html") : path;
    // Browsers ask for a favicon the docs do not ship; that is the test server's business.
    if (request.url === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    if (!file.startsWith(site) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: checks.run ? checks.executablePath : undefined,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

async function visit(path: string, screenshot: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(`${origin}/${path}`, { waitUntil: "networkidle" });
  const title = await page.title();
  const heading = (await page.locator("h1").first().textContent()) ?? "";
  await page.screenshot({ path: join(screenshots, screenshot), fullPage: false });
  await page.close();
  return { status: response?.status(), title, heading, errors };
}

describe("the generated API docs in a browser", () => {
  it("renders the home page with no console errors", async () => {
    const home = await visit("index.html", "docs-home.png");
    expect(home.status).toBe(200);
    expect(home.title).toMatch(/news-event-models/);
    expect(home.errors).toEqual([]);
  });

  it("renders a schema page with its real shape and no console errors", async () => {
    const meetingPage = findPage(site, /^(?:[\w-]+\.)?Meeting\.html$/);
    expect(meetingPage, "a page for the Meeting schema").toBeDefined();
    const path = relative(site, meetingPage!).split("\\").join("/");
    const meeting = await visit(path, "docs-meeting.png");
    expect(meeting.status).toBe(200);
    expect(meeting.heading).toMatch(/Meeting/);
    expect(meeting.errors).toEqual([]);
    // typedoc-plugin-zod renders the inferred shape, so the page names the fields.
    expect(readFileSync(meetingPage!, "utf8")).toMatch(/sidelinesOfId/);
  });
});
