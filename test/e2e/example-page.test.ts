/*
 * Drives the example page (examples/web) in headless Chromium with a fake clock: start, pause,
 * resume, let go of a hold, "it hurts", and the record shown at the end. Needs Debian's `chromium`
 * (CHROMIUM_PATH overrides /usr/bin/chromium); no browser is downloaded.
 * Run: npx vitest run --config vitest.e2e.config.ts
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";

const root = fileURLToPath(new URL("../../examples/web/", import.meta.url));
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript" };
const START = Date.UTC(2026, 10, 23, 9, 0, 0);
const session = scheduleSession(backSpasmRoutine);

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, "build.mjs")], { stdio: "inherit" });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(/^[/\\]+/, "");
    const file = join(root, path === "" ? "index.html" : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "text/plain" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
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

/** A page with a fake clock, paused at START before the page loads, and a fake speech engine that records what it says. */
async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    Object.defineProperty(window, "speechSynthesis", {
      value: { speak: (u: { text: string }) => spoken.push(u.text) },
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
  await page.goto(base);
  return { page, errors };
}

const text = (page: Page, id: string): Promise<string> =>
  page
    .locator(`#${id}`)
    .textContent()
    .then((content) => content ?? "");
const spoken = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

describe("the example page", () => {
  it("plays the built-in session: pause, resume, let go, it hurts, and shows the record", async () => {
    const { page, errors } = await openPage();
    await page.click("#start");
    expect(await text(page, "status")).toBe("running");
    expect(await text(page, "text")).toBe(session.steps[0]?.text);
    expect(await text(page, "countdown")).toBe("10");
    expect(await spoken(page)).toEqual([session.cues[0]?.text]);

    // 4 s into the prepare step, pause for a minute: the countdown stands still.
    await page.clock.runFor(4_000);
    expect(await text(page, "countdown")).toBe("6");
    await page.click("#pause");
    expect(await text(page, "status")).toBe("paused");
    expect(await text(page, "pause")).toBe("Resume");
    await page.clock.runFor(60_000);
    expect(await text(page, "countdown")).toBe("6");

    // Resume: 6 s of prepare and 5 s of ease-in later, the first hold begins.
    await page.click("#pause");
    expect(await text(page, "status")).toBe("running");
    await page.clock.runFor(11_000);
    expect(await text(page, "kind")).toBe("hold");
    expect(await page.locator("#release").isEnabled()).toBe(true);

    // Let go after 12 s of the 20 s hold: the release begins.
    await page.clock.runFor(12_000);
    expect(await text(page, "countdown")).toBe("8");
    await page.click("#release");
    expect(await text(page, "kind")).toBe("release");
    expect(await page.locator("#release").isEnabled()).toBe(false);

    // Skip to the sideways reach, then report pain in its first hold, with a note.
    while ((await text(page, "text")) !== session.steps.find((step) => step.stretchId === "sideways-reach")?.text) {
      await page.click("#skip");
    }
    await page.clock.runFor(15_500);
    expect(await text(page, "kind")).toBe("hold");
    await page.fill("#note", "a pull in my side");
    await page.click("#hurts");
    expect(await text(page, "text")).toBe(session.steps.find((step) => step.stretchId === "spine-rotation")?.text);

    // The rest plays out by the clock; the record appears at the end.
    await page.clock.runFor(session.totalMs);
    expect(await text(page, "status")).toBe("finished");
    expect(await page.locator("#record").isVisible()).toBe(true);
    expect(await text(page, "summary")).toBe("Completed: 18 of 27 holds in full, pain reported 1 time(s).");
    const record = JSON.parse(await text(page, "record-json"));
    expect(SessionRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      routineId: "back-spasm-stretches",
      date: "2026-11-23",
      startedAtMs: START,
      status: "completed",
      pain: [{ stretchId: "sideways-reach", side: "left", note: "a pull in my side" }],
    });
    expect(record.holds[0]).toMatchObject({ achievedMs: 12_000, skipped: false });
    expect(record.holds.slice(1, 3).every((hold: { skipped: boolean }) => hold.skipped)).toBe(true);
    expect(record.holds[3]).toMatchObject({ stretchId: "sideways-reach", achievedMs: 500, skipped: true });

    // Cues were spoken: the countdown of a hold, and no cue twice.
    const said = await spoken(page);
    expect(said).toEqual(expect.arrayContaining(["3", "2", "1", "Halfway there."]));
    expect(said.filter((line) => line === session.cues[0]?.text)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("stopping early shows a stopped record", async () => {
    const { page, errors } = await openPage();
    await page.click("#start");
    await page.clock.runFor(30_000);
    await page.click("#stop");
    expect(await text(page, "status")).toBe("finished");
    expect(await text(page, "summary")).toBe("Stopped: 0 of 27 holds in full.");
    const record = JSON.parse(await text(page, "record-json"));
    expect(record).toMatchObject({ status: "stopped", endedAtMs: START + 30_000 });
    expect(record.holds[0]).toMatchObject({ achievedMs: 15_000, skipped: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
