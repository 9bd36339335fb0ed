/*
 * What the browser tests of the examples share: each example built with its own build.mjs, a static
 * server for examples/ on 127.0.0.1, Debian's Chromium through playwright-core (CHROMIUM_PATH
 * overrides /usr/bin/chromium; no browser is downloaded), and pages opened with a fake clock, a fake
 * speech engine, and every error a person's browser would show: uncaught errors, console errors,
 * failed requests and responses of 400 and above.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

/** When the tests start a session: 09:00 UTC, 10:00 in Berlin, on a Monday. */
export const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/** A page opened by {@link Harness.open}, and what went wrong in it so far. */
export interface OpenedPage {
  readonly page: Page;
  /** Uncaught errors, console errors, failed requests and HTTP errors, in order. */
  readonly errors: string[];
}

export interface Harness {
  /** Opens `examples/<example>/` with the fake clock paused at {@link START}. */
  open(example: string): Promise<OpenedPage>;
}

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = join(examples, path === "" || /[/\\]$/.test(path) ? `${path}index.html` : path);
    if (!file.startsWith(examples)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "text/plain" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Sets up the harness for one test file: builds the examples named (beforeAll), serves examples/,
 * launches Chromium once, and closes both after the file (afterAll).
 */
export function setUpHarness(...toBuild: string[]): Harness {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let base = "";

  beforeAll(async () => {
    for (const example of toBuild) {
      execFileSync(process.execPath, [join(examples, example, "build.mjs")], { stdio: "inherit" });
    }
    server = await serve();
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  return {
    async open(example) {
      if (browser === undefined) throw new Error("The harness has not started: call open() inside a test");
      const context = await browser.newContext({ timezoneId: "Europe/Berlin" });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`console error: ${message.text()}`);
      });
      page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.addInitScript(() => {
        const spoken: string[] = [];
        Object.assign(window, { spoken });
        Object.defineProperty(window, "speechSynthesis", {
          value: { speak: (utterance: { text: string }) => spoken.push(utterance.text) },
        });
        Object.defineProperty(window, "SpeechSynthesisUtterance", {
          value: class {
            constructor(readonly text: string) {}
          },
        });
      });
      // The fake clock starts an hour before START and runs until it is paused at START: installed at
      // START itself, it would already be past START (it keeps running) when pauseAt came, and pauseAt
      // cannot go back in time. An hour leaves room for any delay between the two calls.
      await page.clock.install({ time: START - 3_600_000 });
      await page.clock.pauseAt(START);
      await page.goto(`${base}${example}/`);
      return { page, errors };
    },
  };
}

/** The text of the element with this id ("" when it has none or is not there). */
export async function text(page: Page, id: string): Promise<string> {
  const locator = page.locator(`#${id}`);
  return (await locator.count()) === 0 ? "" : ((await locator.textContent()) ?? "");
}

/**
 * An assertion retried until it holds, for up to 10 s of real time: for a page that renders after a
 * task (React), so that a check waits for the render it follows, however busy the machine.
 * @example await eventually(() => text(page, "status")).toBe("running");
 */
export function eventually<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 20 });
}

/** Waits until the element with this id has this text. */
export async function expectText(page: Page, id: string, expected: string): Promise<void> {
  await eventually(() => text(page, id)).toBe(expected);
}

/** What the fake speech engine was asked to say, in order. */
export function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
}

/** Whether a button looks disabled: greyed, dashed, with the not-allowed cursor (see examples/shared/style.css). */
export function looksOf(page: Page, id: string): Promise<{ cursor: string; color: string; borderStyle: string }> {
  return page.locator(`#${id}`).evaluate((element) => {
    const style = getComputedStyle(element);
    return { cursor: style.cursor, color: style.color, borderStyle: style.borderTopStyle };
  });
}
