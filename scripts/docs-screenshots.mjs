// `npm run docs:screenshots [-- dir]`: screenshots of the built API site (default `docs/api`, as `npm run docs`
// writes it), to look at what a reader sees without opening a browser. It builds nothing: it serves the site
// on 127.0.0.1, opens it in headless Chromium through playwright-core (Debian's `chromium` at
// /usr/bin/chromium, or CHROMIUM_PATH; no browser is downloaded) at 1280×900, and writes PNGs to
// `docs/screenshots/` (gitignored):
//
// - `home.png`: the home page (the README), as it first shows;
// - `function.png`: the page of `scheduleSession`, the sidebar open at it;
// - `navigation.png`: the main module's page, the sidebar with every module open and their categories closed;
// - `navigation-expanded-1.png`, `-2.png`, ...: the same page with every category open too, the sidebar
//   scrolled one screen further in each.
//
// Exits 1 when the site is not built, when a page is missing, or when a page logs an error or fails a request.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, relative, resolve, sep } from "node:path";
import { chromium } from "playwright-core";

const site = resolve(process.argv[2] ?? "docs/api");
const out = resolve("docs/screenshots");
const VIEWPORT = { width: 1280, height: 900 };
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

/** The pages to take, by their path in the site. */
const PAGES = { home: "index.html", function: "functions/scheduleSession.html", module: "modules/stretchkit.html" };

for (const page of Object.values(PAGES)) {
  if (!existsSync(join(site, page))) {
    console.error(`docs-screenshots: no ${relative(process.cwd(), join(site, page))}; run npm run docs first`);
    process.exit(1);
  }
}

/** A static server for the site, on a free port of 127.0.0.1. */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    // typedoc ships no favicon: the browser's own request for one gets an empty answer, not an error.
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const file = resolve(site, `.${path.endsWith("/") ? `${path}index.html` : path}`);
    if (file !== site && !file.startsWith(site + sep)) {
      response.writeHead(403).end();
      return;
    }
    let body;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
});
const errors = [];
const written = [];

try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // A light theme and no stored sidebar state, as a first visit shows them.
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: "light", reducedMotion: "reduce" });
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  /** Opens a page of the site and waits until typedoc's script has drawn the sidebar. */
  async function open(path) {
    await page.goto(base + path);
    await page.locator(".tsd-navigation a").first().waitFor();
    await page.waitForLoadState("networkidle");
  }

  async function shoot(name) {
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  }

  await open(PAGES.home);
  await shoot("home");

  await open(PAGES.function);
  await shoot("function");

  // The overview: every module open, its categories closed.
  await open(PAGES.module);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll(".site-menu details")) {
      details.open = details.parentElement?.closest("details") === null;
    }
  });
  await shoot("navigation");

  // Every module and category open, then the sidebar screen by screen.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll(".site-menu details")) details.open = true;
  });
  // At 1280 px typedoc shows two sidebars; the left one, the site menu, scrolls on its own.
  const sidebar = page.locator(".site-menu");
  const { scrollHeight, clientHeight } = await sidebar.evaluate((element) => ({
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  const screens = Math.max(1, Math.ceil(scrollHeight / clientHeight));
  for (let screen = 0; screen < screens; screen += 1) {
    await sidebar.evaluate((element, top) => element.scrollTo(0, top), screen * clientHeight);
    await shoot(`navigation-expanded-${screen + 1}`);
  }
  await context.close();
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}

if (errors.length > 0) {
  console.error(`docs-screenshots: ${errors.length} errors in the pages:`);
  for (const error of errors) console.error(`  ${error}`);
  process.exit(1);
}
for (const file of written) console.log(relative(process.cwd(), file));
