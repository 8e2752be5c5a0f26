import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserChecks } from "./chromium.js";

// The generated API site (`npm run docs`, in docs-site/) as a reader sees it: served
// over HTTP and opened in Debian's Chromium. Screenshots go to .tmp/screenshots/.

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const site = join(root, "docs-site");
const screenshots = join(root, ".tmp", "screenshots");
const checks = browserChecks();

const TYPES: { readonly [extension: string]: string } = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** A guide's title as the site shows it: its front matter's `title`, else its first heading. */
function guideTitle(markdown: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(markdown)?.[1];
  const title = front && /^title:\s*(.+)$/m.exec(front)?.[1]?.trim().replace(/^(["'])(.*)\1$/, "$2");
  return title || (/^#\s+(.+)$/m.exec(markdown)?.[1] ?? "").replace(/`/g, "").trim();
}

const guides = readdirSync(join(root, "docs"))
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ file: `docs/${name}`, title: guideTitle(readFileSync(join(root, "docs", name), "utf8")) }));

describe.skipIf(!checks.run)("the generated API docs in a browser", () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    // Under CI with no Chromium the checks run, and fail here saying what is missing.
    const executablePath = checks.run ? checks.executablePath : undefined;
    if (executablePath === undefined) throw new Error("missing" in checks ? checks.missing : "no Chromium");
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
      executablePath,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  /** Opens a page of the site, collecting console errors and failed requests. */
  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    const response = await page.goto(`${origin}/${path}`, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    return { page, errors };
  }

  it("shows the home page with its title once and no console errors", async () => {
    const { page, errors } = await open("index.html");
    expect(await page.title()).toMatch(/news-event-models/);
    const headings = await page.locator("h1:visible").allTextContents();
    expect(headings.filter((text) => text.trim() === "news-event-models")).toHaveLength(1);
    await page.screenshot({ path: join(screenshots, "home.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists every guide in docs/ in the sidebar under its title", async () => {
    const { page, errors } = await open("index.html");
    const sidebar = page.locator("#tsd-nav-container");
    await sidebar.locator("a").first().waitFor({ state: "attached" });
    const links = (await sidebar.locator("a").allTextContents()).map((text) => text.trim());
    for (const guide of guides) expect(links, `${guide.file} in the sidebar as "${guide.title}"`).toContain(guide.title);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a schema and its type as one entry, with its fields and what they mean", async () => {
    // One page for Meeting; no second page for the schema constant.
    const pages = readdirSync(site, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${entry.name}/news-event-models.Meeting.html`)
      .filter((path) => existsSync(join(site, path)));
    expect(pages).toHaveLength(1);
    const { page, errors } = await open(pages[0]!);
    expect(await page.locator("h1").first().textContent()).toMatch(/Meeting/);
    // Each field is a member of the page, with its type and its comment.
    const field = page.locator("section.tsd-member").filter({ has: page.locator("#sidelinesofid") });
    await expect(field.isVisible()).resolves.toBe(true);
    expect(await field.textContent()).toMatch(/sidelinesOfId\?: string.*The meeting it was held on the sidelines of\./s);
    expect(await field.textContent()).not.toMatch(/= \.\.\./);
    expect(await page.locator("body").textContent()).toMatch(/Meeting is also the zod schema/);
    await page.locator("#sidelinesofid").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, "meeting.png") });

    // The module's index names each concept once.
    const module = await open("modules/news-event-models.html");
    const names = (await module.page.locator(".tsd-member-summary-name a:not(.tsd-anchor-icon)").allTextContents()).map((text) => text.trim());
    expect(names.filter((name) => name === "Meeting")).toHaveLength(1);
    expect(names.length).toBe(new Set(names).size);
    await module.page.close();
    expect([...errors, ...module.errors]).toEqual([]);
    await page.close();
  });

  it('finds a guide by its words: searching "sidelines" lists one', async () => {
    const { page, errors } = await open("index.html");
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill("sidelines");
    const results = page.locator("#tsd-search-results li a");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    expect(hrefs.some((href) => href.includes("documents/"))).toBe(true);
    await page.screenshot({ path: join(screenshots, "search-sidelines.png") });
    expect(errors).toEqual([]);
    await page.close();
  });
});
