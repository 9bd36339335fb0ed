/*
 * Drives the React example (examples/react: useStretchSession) in headless Chromium with a fake clock,
 * as a person would use it: start, pause and resume with the clock paused, let go of a hold (also just
 * after the clock ended it), "It hurts" and its acknowledgement, a reload in the middle that goes on
 * from localStorage, the record at the end (saved, the session cleared), "It hurts" on the summary
 * screen (with a score or none: the record made again and saved over the stored one, never a second
 * one), a clock set back across a reload, and no error of any kind.
 * React renders after a task, so each check waits for its text (expectText). The setup is in harness.ts.
 * Run: npx vitest run --config vitest.e2e.config.ts
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { en } from "../../src/i18n/en.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";
import { eventually, expectText, looksOf, START, setUpHarness, spoken, text } from "./harness.js";

const session = scheduleSession(backSpasmRoutine);
const { safety } = en;
const harness = setUpHarness("react");

const prepareOf = (stretchId: string): string =>
  session.steps.find((step) => step.kind === "prepare" && step.stretchId === stretchId)?.text ?? "";
const stored = (page: Page, key: string): Promise<string | null> =>
  page.evaluate((name) => localStorage.getItem(name), key);
const expectVisible = (page: Page, id: string, shown: boolean): Promise<void> =>
  eventually(() => page.locator(`#${id}`).isVisible()).toBe(shown);

/** The keys of the records stored, in order. */
const storedRecordKeys = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("stretchkit-record-"))
      .sort(),
  );
/** The record shown under "What you did", read back from its JSON. */
const shownRecord = async (page: Page) => JSON.parse(await text(page, "record-json"));
/** The stretch and side that a report on the summary screen of a completed session is recorded for. */
const lastPlayed = { stretchId: session.steps.at(-1)?.stretchId, side: session.steps.at(-1)?.side };
const RECORD_KEY = `stretchkit-record-session-${START}`;

/** Clicks "Skip step" until the step's text is this one, waiting for each render. */
async function skipTo(page: Page, stepText: string): Promise<void> {
  for (let clicks = 0; (await text(page, "text")) !== stepText; clicks += 1) {
    if (clicks > session.steps.length) throw new Error(`never reached: ${stepText}`);
    const before = await text(page, "text");
    await page.click("#skip");
    await eventually(() => text(page, "text")).not.toBe(before);
  }
}

describe("the React example", () => {
  it("plays the session: pause, resume, let go, it hurts, a reload in the middle, and the record", async () => {
    const { page, errors } = await harness.open("react");
    await expectText(page, "text", "The first stretch, Forward roll, is done seated. Press Start when you are ready.");
    expect(await text(page, "intro")).toBe(
      `Five stretches, about 16 minutes. ${safety.holdComfortably} ${safety.avoidIfPain}`,
    );
    expect(await text(page, "about")).toBe(safety.notMedicalAdvice);
    expect(await looksOf(page, "pause")).toMatchObject({ cursor: "not-allowed", borderStyle: "dashed" });

    await page.click("#start");
    await expectText(page, "status", "running");
    await expectText(page, "title", "Forward roll · seated");
    expect(await text(page, "text")).toBe(session.steps[0]?.text);
    expect(await text(page, "countdown")).toBe("10");
    await eventually(() => spoken(page)).toEqual([session.cues[0]?.text]);
    await eventually(() => stored(page, "stretchkit-session")).not.toBeNull();

    // The screen shows the last animation frame (at most 16 ms old), a button press the clock's very
    // instant (tick and action at the same atMs): the checks below read the screen away from a step's
    // or a second's edge, and the record's figures come from the presses.

    // 4 s in, pause for a minute: the countdown stands still.
    await page.clock.runFor(4_000);
    await page.click("#pause");
    await expectText(page, "status", "paused");
    await expectText(page, "pause", "Resume");
    await expectText(page, "countdown", "6");
    await page.clock.runFor(60_000);
    await expectText(page, "countdown", "6");

    // Resume: 6 s of prepare and 5 s of ease-in later, the first hold begins.
    await page.click("#pause");
    await expectText(page, "status", "running");
    await page.clock.runFor(11_500);
    await expectText(page, "kind", "hold");
    await expectText(page, "title", "Forward roll · repetition 1 of 3");
    await expectText(page, "countdown", "20");

    // Let go after 12 s of the 20 s hold.
    await page.clock.runFor(11_500);
    await page.click("#release");
    await expectText(page, "kind", "release");
    expect(await page.locator("#release").isEnabled()).toBe(false);

    // The second hold, 19.5 s in; the system clock jumps 1 s with no frame: "Let go now" comes just
    // after the clock ended the hold. Tick and release share the instant: the hold counts in full.
    await page.clock.runFor(5_000 + 5_000 + 5_000 + 19_500);
    await expectText(page, "title", "Forward roll · repetition 2 of 3");
    await expectText(page, "countdown", "1");
    await expectText(page, "cue", "1");
    await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 1_000);
    await page.click("#release");
    await expectText(page, "kind", "release");
    await expectText(page, "cue", ""); // the hold's "1" went with the hold

    // The sideways reach, 0.5 s into its first hold: it hurts, with a note.
    await skipTo(page, prepareOf("sideways-reach"));
    await page.clock.runFor(15_500);
    await expectText(page, "title", "Sideways reach · left arm · repetition 1 of 3");
    await page.fill("#note", "a pull in my side");
    await page.click("#hurts");
    await expectText(page, "pain-recorded", safety.painRecorded);
    expect(await text(page, "pain-stop")).toBe(safety.stopWhenItHurts);
    expect(await text(page, "pain-professional")).toBe(safety.seeAProfessional);
    await expectVisible(page, "pain-go-on", true);
    await expectText(page, "status", "paused");
    await expectText(page, "text", prepareOf("spine-rotation"));
    expect(await page.inputValue("#note")).toBe("");

    // Cues so far: the hold's halfway and countdown, each once; the next stretch's waits for Resume.
    const said = await spoken(page);
    expect(said).toEqual(expect.arrayContaining(["Halfway there.", "3", "2", "1"]));
    expect(said.filter((line) => line === session.cues[0]?.text)).toHaveLength(1);
    const spineRotation = session.cues.find((cue) => cue.kind === "prepare" && cue.text.startsWith("Spine rotation"));
    expect(said).not.toContain(spineRotation?.text);

    // A reload while the notice is up: the session and the notice come back from localStorage.
    await page.reload();
    await expectText(page, "status", "paused");
    await expectText(page, "text", prepareOf("spine-rotation"));
    await expectText(page, "pain-recorded", safety.painRecorded);
    await expectText(page, "countdown", "10");

    // The user goes on; 4 s later, another reload while running: it catches up from the clock.
    await page.click("#pause");
    await expectText(page, "status", "running");
    await expectVisible(page, "pain-notice", false);
    await eventually(() => spoken(page)).toEqual([spineRotation?.text]);
    await page.clock.runFor(4_500);
    await expectText(page, "countdown", "6");
    await page.reload();
    await expectText(page, "status", "running");
    await expectText(page, "text", prepareOf("spine-rotation"));
    await page.clock.runFor(1_000);
    await expectText(page, "countdown", "5");
    await page.clock.runFor(10_000);
    await expectText(page, "title", "Spine rotation · left hand · repetition 1 of 3");
    await expectText(page, "kind", "hold");

    // Then the rest at once, as for a tab that comes back from the background: one frame catches up,
    // and the cues it passed are not all said at once.
    await page.clock.fastForward(session.totalMs);
    await expectText(page, "status", "finished");
    await expectText(page, "text", "Well done.");
    await expectText(page, "countdown", "");
    await expectVisible(page, "countdown", false);
    expect(await text(page, "cue")).toBe("");
    await expectText(page, "summary", "Completed: 19 of 27 holds in full, pain reported once.");
    const record = JSON.parse(await text(page, "record-json"));
    expect(SessionRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      id: `session-${START}`,
      routineId: "back-spasm-stretches",
      date: "2026-11-23",
      startedAtMs: START,
      status: "completed",
      pain: [{ stretchId: "sideways-reach", side: "left", note: "a pull in my side" }],
    });
    expect(record.holds.slice(0, 4)).toMatchObject([
      { achievedMs: 12_000, skipped: false },
      { achievedMs: 20_000, skipped: false },
      { achievedMs: 0, skipped: true },
      { stretchId: "sideways-reach", achievedMs: 500, skipped: true },
    ]);

    // The record is saved; the session is cleared, so a reload starts afresh.
    expect(await spoken(page)).toEqual([]);
    await eventually(() => stored(page, "stretchkit-session")).toBeNull();
    expect(JSON.parse((await stored(page, `stretchkit-record-session-${START}`)) ?? "null")).toEqual(record);
    await page.reload();
    await expectText(page, "status", "not started");
    expect(await page.locator("#start").isEnabled()).toBe(true);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("stop, then start again", async () => {
    const { page, errors } = await harness.open("react");
    await page.click("#start");
    await expectText(page, "status", "running");
    await page.clock.runFor(30_000);
    await expectText(page, "kind", "hold");
    await page.click("#stop");
    await expectText(page, "status", "finished");
    await expectText(page, "text", "Session stopped.");
    await expectText(page, "summary", "Stopped: 0 of 27 holds in full.");
    expect(await text(page, "countdown")).toBe("");
    const record = JSON.parse(await text(page, "record-json"));
    expect(record).toMatchObject({ status: "stopped", endedAtMs: START + 30_000 });
    expect(record.holds[0]).toMatchObject({ achievedMs: 15_000, skipped: true });

    // "It hurts" on the summary screen, one tap, no score: kept for the forward roll, with no score.
    await expectVisible(page, "pain-notice", false);
    expect(await page.locator("#hurts").isEnabled()).toBe(true);
    await page.clock.runFor(5_000);
    await page.click("#hurts");
    await expectText(page, "pain-recorded", safety.painRecorded);
    await expectVisible(page, "pain-go-on", false);
    await expectText(page, "summary", "Stopped: 0 of 27 holds in full, pain reported once.");
    const late = await shownRecord(page);
    expect(late).toEqual({ ...record, pain: [{ stretchId: "forward-roll", side: null, atMs: START + 35_000 }] });
    await eventually(async () => JSON.parse((await stored(page, RECORD_KEY)) ?? "null")).toEqual(late);
    expect(await storedRecordKeys(page)).toEqual([RECORD_KEY]);

    await expectText(page, "start", "Start again");
    await page.click("#start");
    await expectText(page, "status", "running");
    await expectVisible(page, "record", false);
    await expectVisible(page, "pain-notice", false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("It hurts on the summary screen: with a score, then without; one record, saved again, after a reload too", async () => {
    const { page, errors } = await harness.open("react");
    expect(await page.inputValue("#score")).toBe(""); // no score by default
    expect(await page.locator("#hurts").isEnabled()).toBe(false); // nothing to report on before the start

    // The whole session by the clock (one frame catches up, as for a tab back from the background),
    // then the summary screen.
    await page.click("#start");
    await expectText(page, "status", "running");
    await page.clock.runFor(1_000);
    await page.clock.fastForward(session.totalMs);
    await expectText(page, "status", "finished");
    await expectText(page, "text", "Well done.");
    await expectText(page, "summary", "Completed: 27 of 27 holds in full.");
    const before = await shownRecord(page);
    expect(before).toMatchObject({ id: `session-${START}`, status: "completed", pain: [] });
    await eventually(() => stored(page, "stretchkit-session")).toBeNull();
    expect(JSON.parse((await stored(page, RECORD_KEY)) ?? "null")).toEqual(before);

    // "It hurts", with a score of 6: the notice, and the record made again with the report.
    expect(await page.locator("#hurts").isEnabled()).toBe(true);
    expect(await looksOf(page, "hurts")).toMatchObject({ cursor: "pointer", borderStyle: "solid" });
    const lateAt = await page.evaluate(() => Date.now());
    await page.selectOption("#score", "6");
    await page.click("#hurts");
    await expectText(page, "pain-recorded", safety.painRecorded);
    expect(await text(page, "pain-stop")).toBe(safety.stopWhenItHurts);
    expect(await text(page, "pain-professional")).toBe(safety.seeAProfessional);
    await expectVisible(page, "pain-go-on", false);
    await expectText(page, "summary", "Completed: 27 of 27 holds in full, pain reported once (6/10).");
    expect(await text(page, "status")).toBe("finished");
    expect(await page.inputValue("#score")).toBe("");
    const scored = { ...lastPlayed, atMs: lateAt, score: 6 };
    const withScore = await shownRecord(page);
    expect(SessionRecordSchema.safeParse(withScore).success).toBe(true);
    expect(withScore).toEqual({ ...before, pain: [scored] });
    await eventually(async () => JSON.parse((await stored(page, RECORD_KEY)) ?? "null")).toEqual(withScore);
    expect(await storedRecordKeys(page)).toEqual([RECORD_KEY]);
    expect(await stored(page, "stretchkit-session")).toBeNull();

    // One tap with no score: the report has no score at all.
    await page.clock.runFor(2_000);
    await page.click("#hurts");
    await expectText(page, "summary", "Completed: 27 of 27 holds in full, pain reported 2 times (6/10, no score).");
    const unscored = { ...lastPlayed, atMs: lateAt + 2_000 };
    const withoutScore = await shownRecord(page);
    expect(withoutScore).toEqual({ ...before, pain: [scored, unscored] });
    expect(Object.hasOwn(withoutScore.pain[1], "score")).toBe(false);
    await eventually(async () => JSON.parse((await stored(page, RECORD_KEY)) ?? "null")).toEqual(withoutScore);

    // A reload: a new start screen, and one stored record that holds each late report once.
    await page.reload();
    await expectText(page, "status", "not started");
    expect(await storedRecordKeys(page)).toEqual([RECORD_KEY]);
    expect(JSON.parse((await stored(page, RECORD_KEY)) ?? "null")).toEqual(withoutScore);
    expect(await stored(page, "stretchkit-session")).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("a clock set back across a reload: It hurts, during the session and on the summary screen, is kept", async () => {
    const { page, errors } = await harness.open("react");
    await page.click("#start");
    await expectText(page, "status", "running");
    await page.clock.runFor(30_000);
    await page.click("#pause"); // stored at START + 30 s
    await expectText(page, "status", "paused");
    await eventually(
      async () => JSON.parse((await stored(page, "stretchkit-session")) ?? "null")?.player?.lastAtMs,
    ).toBe(START + 30_000);

    // The device's clock is set back 20 s, and the page reloaded: the hook's clock starts afresh
    // behind the stored state. The reports are sent at the stored instant, not refused.
    await page.clock.setSystemTime(START + 10_000);
    await page.reload();
    await expectText(page, "status", "paused");
    await page.selectOption("#score", "5");
    await page.click("#hurts");
    await expectText(page, "pain-recorded", safety.painRecorded);
    await page.click("#stop");
    await expectText(page, "status", "finished");
    await page.click("#hurts");
    await expectText(page, "summary", "Stopped: 0 of 27 holds in full, pain reported 2 times (5/10, no score).");
    const record = await shownRecord(page);
    expect(record).toMatchObject({ id: `session-${START}`, endedAtMs: START + 30_000 });
    expect(record.pain).toEqual([
      { stretchId: "forward-roll", side: null, atMs: START + 30_000, score: 5 },
      { stretchId: "sideways-reach", side: "left", atMs: START + 30_000 },
    ]);
    await eventually(async () => JSON.parse((await stored(page, RECORD_KEY)) ?? "null")).toEqual(record);
    expect(await storedRecordKeys(page)).toEqual([RECORD_KEY]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
