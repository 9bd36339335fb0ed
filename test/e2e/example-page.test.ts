/*
 * Drives the plain example page (examples/web) in headless Chromium with a fake clock, as a person
 * would use it: the words before the start, start, pause, resume, the step titles, let go of a hold
 * (also just after the clock ended it), "It hurts" and what it says, Resume, the record at the end,
 * "It hurts" on the summary screen (with a score or none, the record made again under the same id, a
 * clock set back),
 * the language picker (the session's texts, the safety texts and <html lang> in the pack picked),
 * "Add to calendar" (an .ics file of 4 weeks) and "Download CSV" (the record's holds and pain
 * reports), and no error of any kind (uncaught, console, failed or 404 request). The setup is in
 * harness.ts.
 * Run: npx vitest run --config vitest.e2e.config.ts
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { recordsToCsv } from "../../src/export/csv/index.js";
import { planToICalendar } from "../../src/export/ical/index.js";
import { en } from "../../src/i18n/en.js";
import { de } from "../../src/locales/de/index.js";
import { fr } from "../../src/locales/fr/index.js";
import { planSessions } from "../../src/plan/plan-sessions.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";
import { looksOf, START, setUpHarness, spoken, text } from "./harness.js";

const session = scheduleSession(backSpasmRoutine);
const { safety } = en;
const harness = setUpHarness("web");

const prepareOf = (stretchId: string): string =>
  session.steps.find((step) => step.kind === "prepare" && step.stretchId === stretchId)?.text ?? "";
const visible = (page: Page, id: string): Promise<boolean> => page.locator(`#${id}`).isVisible();
const pickerEnabled = (page: Page): Promise<boolean> => page.locator("#language").isEnabled();
const htmlLang = (page: Page): Promise<string | null> => page.locator("html").getAttribute("lang");

/** The header row of the holds table of stretchkit/csv, as a spreadsheet sees it. */
const HOLDS_HEADER =
  '"record_id","routine_id","date","status","stretch_id","side","repetition","planned_ms","achieved_ms","skipped"';

/** Clicks the button with this id and waits for the download it starts: its file name and its text. */
async function downloadOf(page: Page, id: string): Promise<{ name: string; content: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`#${id}`)]);
  const path = await download.path(); // waits until the file is complete
  return { name: download.suggestedFilename(), content: await readFile(path, "utf8") };
}

/** The lines of an iCalendar or CSV text (both end their lines in CRLF), the empty one after the last left out. */
const linesOf = (content: string): string[] => content.split("\r\n").filter((line) => line !== "");

/** The record shown under "What you did", read back from its JSON. */
const shownRecord = async (page: Page) => JSON.parse(await text(page, "record-json"));
/** The page's clock now (the fake one). */
const clockNow = (page: Page): Promise<number> => page.evaluate(() => Date.now());
/** The stretch and side that a report on the summary screen of a completed session is recorded for. */
const lastPlayed = { stretchId: session.steps.at(-1)?.stretchId, side: session.steps.at(-1)?.side };

/** Clicks "Skip step" until the step's text is this one. */
async function skipTo(page: Page, stepText: string): Promise<void> {
  for (let clicks = 0; (await text(page, "text")) !== stepText; clicks += 1) {
    if (clicks > session.steps.length) throw new Error(`never reached: ${stepText}`);
    await page.click("#skip");
  }
}

describe("the example page", () => {
  it("plays the built-in session: pause, resume, let go, it hurts, and shows the record", async () => {
    const { page, errors } = await harness.open("web");

    // Before the start: true words only (the first stretch is done seated), and the safety texts.
    expect(await text(page, "text")).toBe(
      "The first stretch, Forward roll, is done seated. Press Start when you are ready.",
    );
    expect(await text(page, "intro")).toBe(
      `Five stretches, about 16 minutes. ${safety.holdComfortably} ${safety.avoidIfPain}`,
    );
    expect(await text(page, "about")).toBe(safety.notMedicalAdvice);
    expect(await visible(page, "pain-notice")).toBe(false);

    // A disabled button looks disabled, the red "It hurts" too; an enabled one does not.
    const enabled = await looksOf(page, "start");
    const disabled = await looksOf(page, "pause");
    expect(enabled).toMatchObject({ cursor: "pointer", borderStyle: "solid" });
    expect(disabled).toMatchObject({ cursor: "not-allowed", borderStyle: "dashed" });
    expect(disabled.color).not.toBe(enabled.color);
    expect(await looksOf(page, "hurts")).toEqual(disabled);

    await page.click("#start");
    expect(await text(page, "status")).toBe("running");
    expect(await text(page, "title")).toBe("Forward roll · seated");
    expect(await text(page, "text")).toBe(session.steps[0]?.text);
    expect(await text(page, "countdown")).toBe("10");
    expect(await spoken(page)).toEqual([session.cues[0]?.text]);
    expect(await looksOf(page, "start")).toEqual(disabled);
    expect(await looksOf(page, "hurts")).toMatchObject({ cursor: "pointer", borderStyle: "solid" });

    // 4 s into the prepare step, pause for a minute: the countdown stands still.
    await page.clock.runFor(4_000);
    expect(await text(page, "countdown")).toBe("6");
    await page.click("#pause");
    expect(await text(page, "status")).toBe("paused");
    expect(await text(page, "pause")).toBe("Resume");
    await page.clock.runFor(60_000);
    expect(await text(page, "countdown")).toBe("6");

    // Resume: 6 s of prepare and 5 s of ease-in later, the first hold begins, with its title.
    await page.click("#pause");
    expect(await text(page, "status")).toBe("running");
    await page.clock.runFor(11_000);
    expect(await text(page, "kind")).toBe("hold");
    expect(await text(page, "title")).toBe("Forward roll · repetition 1 of 3");
    expect(await page.locator("#release").isEnabled()).toBe(true);

    // Let go after 12 s of the 20 s hold: the release begins.
    await page.clock.runFor(12_000);
    expect(await text(page, "countdown")).toBe("8");
    await page.click("#release");
    expect(await text(page, "kind")).toBe("release");
    expect(await page.locator("#release").isEnabled()).toBe(false);

    // The second hold, 19.5 s in. The system clock jumps 1 s (no timer fires): the hold has ended by
    // the clock when "Let go now" is pressed. The page sends a tick and the release at the same
    // instant: the tick ends the hold (held in full), the release is refused, and nothing breaks.
    await page.clock.runFor(5_000 + 5_000 + 5_000 + 19_500);
    expect(await text(page, "title")).toBe("Forward roll · repetition 2 of 3");
    expect(await text(page, "countdown")).toBe("1");
    expect(await text(page, "cue")).toBe("1");
    await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 1_000);
    await page.click("#release");
    expect(await text(page, "kind")).toBe("release");
    expect(await text(page, "title")).toBe("Forward roll · repetition 2 of 3");
    expect(await text(page, "cue")).toBe(""); // the hold's "1" went with the hold

    // Skip to the sideways reach; in its second hold, report pain with a note.
    await skipTo(page, prepareOf("sideways-reach"));
    expect(await text(page, "title")).toBe("Sideways reach · left arm · seated");
    await page.clock.runFor(15_500);
    expect(await text(page, "title")).toBe("Sideways reach · left arm · repetition 1 of 3");
    await page.clock.runFor(35_000);
    expect(await text(page, "kind")).toBe("hold");
    expect(await text(page, "title")).toBe("Sideways reach · left arm · repetition 2 of 3");
    await page.fill("#note", "a pull in my side");
    await page.click("#hurts");

    // The report is acknowledged with the safety advice; the stretch is stopped and the next one
    // waits, paused, with the notice in view, for as long as the user needs.
    expect(await visible(page, "pain-notice")).toBe(true);
    expect(await text(page, "pain-recorded")).toBe(safety.painRecorded);
    expect(await text(page, "pain-stop")).toBe(safety.stopWhenItHurts);
    expect(await text(page, "pain-professional")).toBe(safety.seeAProfessional);
    expect(await visible(page, "pain-go-on")).toBe(true);
    expect(await text(page, "status")).toBe("paused");
    expect(await text(page, "text")).toBe(prepareOf("spine-rotation"));
    expect(await text(page, "title")).toBe("Spine rotation · left hand · seated");
    expect(await page.inputValue("#note")).toBe("");
    const saidBefore = (await spoken(page)).length;
    await page.clock.runFor(120_000);
    expect(await visible(page, "pain-notice")).toBe(true);
    expect(await text(page, "countdown")).toBe("10");
    expect(await spoken(page)).toHaveLength(saidBefore);

    // The user goes on: the notice goes, the next stretch's cue is given.
    await page.click("#pause");
    expect(await text(page, "status")).toBe("running");
    expect(await visible(page, "pain-notice")).toBe(false);
    const spineRotation = session.steps.findIndex((step) => step.text === prepareOf("spine-rotation"));
    expect((await spoken(page)).at(-1)).toBe(
      session.cues.find((cue) => cue.kind === "prepare" && cue.stepIndex === spineRotation)?.text,
    );

    // On the way, the standing stretch says so.
    await page.clock.runFor(
      (session.steps.find((step) => step.stretchId === "quadriceps-stretch")?.startMs ?? 0) -
        (session.steps.find((step) => step.stretchId === "spine-rotation")?.startMs ?? 0) +
        1_000,
    );
    expect(await text(page, "title")).toBe("Quadriceps stretch · left hand and leg · standing");

    // The rest plays out by the clock; the record appears at the end, and no digit is left: neither
    // the countdown's nor the last hold's spoken "1".
    await page.clock.runFor(session.totalMs);
    expect(await text(page, "status")).toBe("finished");
    expect(await text(page, "kind")).toBe("Done");
    expect(await text(page, "text")).toBe("Well done.");
    expect(await text(page, "countdown")).toBe("");
    expect(await visible(page, "countdown")).toBe(false);
    expect(await text(page, "cue")).toBe("");
    expect((await spoken(page)).at(-1)).toBe("1");
    expect(await text(page, "title")).toBe("");
    expect(await page.locator("#start").isEnabled()).toBe(true);
    expect(await text(page, "start")).toBe("Start again");
    for (const id of ["pause", "skip", "release", "stop"]) {
      expect(await page.locator(`#${id}`).isEnabled()).toBe(false);
    }
    // "It hurts" stays one tap away on the summary screen (see the tests below).
    expect(await page.locator("#hurts").isEnabled()).toBe(true);
    expect(await page.locator("#record").isVisible()).toBe(true);
    expect(await text(page, "summary")).toBe("Completed: 20 of 27 holds in full, pain reported once.");
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
    expect(record.holds[1]).toMatchObject({ achievedMs: 20_000, skipped: false });
    expect(record.holds[2]).toMatchObject({ achievedMs: 0, skipped: true });
    expect(record.holds[3]).toMatchObject({ stretchId: "sideways-reach", achievedMs: 20_000, skipped: false });
    expect(record.holds[4]).toMatchObject({ stretchId: "sideways-reach", achievedMs: 500, skipped: true });

    // Cues were spoken: the countdown of a hold, and no cue twice.
    const said = await spoken(page);
    expect(said).toEqual(expect.arrayContaining(["3", "2", "1", "Halfway there."]));
    expect(said.filter((line) => line === session.cues[0]?.text)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("stopping early shows a stopped record; Start again starts afresh", async () => {
    const { page, errors } = await harness.open("web");
    await page.click("#start");
    await page.clock.runFor(30_000);
    await page.click("#stop");
    expect(await text(page, "status")).toBe("finished");
    expect(await text(page, "text")).toBe("Session stopped.");
    expect(await text(page, "countdown")).toBe("");
    expect(await visible(page, "countdown")).toBe(false);
    expect(await text(page, "summary")).toBe("Stopped: 0 of 27 holds in full.");
    const record = JSON.parse(await text(page, "record-json"));
    expect(record).toMatchObject({ status: "stopped", endedAtMs: START + 30_000 });
    expect(record.holds[0]).toMatchObject({ achievedMs: 15_000, skipped: true });

    // Start again: a new session, the old record put away.
    expect(await text(page, "start")).toBe("Start again");
    await page.click("#start");
    expect(await text(page, "status")).toBe("running");
    expect(await text(page, "countdown")).toBe("10");
    expect(await visible(page, "record")).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("pain reported twice, then stopped: the notice stays, the summary counts 2 times", async () => {
    const { page, errors } = await harness.open("web");
    await page.click("#start");
    await page.click("#hurts"); // at once, in the forward roll's prepare step, without a note
    expect(await text(page, "status")).toBe("paused");
    expect(await text(page, "pain-recorded")).toBe(safety.painRecorded);
    await page.click("#pause");
    expect(await visible(page, "pain-notice")).toBe(false);
    await page.clock.runFor(3_000);
    await page.click("#hurts"); // 3 s into the sideways reach
    expect(await visible(page, "pain-notice")).toBe(true);
    await page.click("#stop");
    expect(await text(page, "status")).toBe("finished");
    expect(await visible(page, "pain-notice")).toBe(true);
    expect(await visible(page, "pain-go-on")).toBe(false);
    expect(await text(page, "summary")).toBe("Stopped: 0 of 27 holds in full, pain reported 2 times.");
    const record = JSON.parse(await text(page, "record-json"));
    expect(record.pain).toEqual([
      { stretchId: "forward-roll", side: null, atMs: START },
      { stretchId: "sideways-reach", side: "left", atMs: START + 3_000 },
    ]);

    // The pain reports as CSV: a header and a row for each.
    const csv = await downloadOf(page, "download-pain");
    expect(csv.name).toBe("back-stretches-2026-11-23-pain.csv");
    expect(linesOf(csv.content)).toEqual([
      '"record_id","routine_id","date","stretch_id","side","at_ms","score","note"',
      `"session-${START}","back-spasm-stretches","2026-11-23","forward-roll",,${START},,`,
      `"session-${START}","back-spasm-stretches","2026-11-23","sideways-reach","left",${START + 3_000},,`,
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("in Deutsch: the session's texts, the safety texts and <html lang>; no language change during a session", async () => {
    const { page, errors } = await harness.open("web");
    const german = scheduleSession(backSpasmRoutine, { locale: de });
    expect(await htmlLang(page)).toBe("en");
    expect(await pickerEnabled(page)).toBe(true);

    await page.selectOption("#language", "de");
    expect(await htmlLang(page)).toBe("de");
    expect(await text(page, "intro")).toBe(
      `Five stretches, about 16 minutes. ${de.safety.holdComfortably} ${de.safety.avoidIfPain}`,
    );
    expect(await text(page, "about")).toBe(de.safety.notMedicalAdvice);
    expect(await text(page, "about")).toBe(
      "Dies ist eine allgemeine Anleitung zum Dehnen, keine medizinische Beratung.",
    );
    expect(await text(page, "text")).toBe("The first stretch: Rumpfbeuge nach vorn. Press Start when you are ready.");

    // The first step and its cue are German; the title has the German name and no English word.
    await page.click("#start");
    expect(await text(page, "status")).toBe("running");
    expect(await text(page, "text")).toBe(german.steps[0]?.text);
    expect(await text(page, "text")).toMatch(/^Rumpfbeuge nach vorn\. Setzen Sie sich aufrecht hin/);
    expect(await text(page, "title")).toBe("Rumpfbeuge nach vorn");
    expect(await spoken(page)).toEqual([german.cues[0]?.text]);

    // While the session runs, running or paused, the language cannot change.
    expect(await pickerEnabled(page)).toBe(false);
    await page.click("#pause");
    expect(await text(page, "status")).toBe("paused");
    expect(await pickerEnabled(page)).toBe(false);
    await page.click("#pause");
    await page.clock.runFor(15_000);
    expect(await text(page, "kind")).toBe("hold");
    expect(await text(page, "title")).toBe("Rumpfbeuge nach vorn · 1/3");
    expect(await text(page, "text")).toBe(german.steps[2]?.text);
    expect(await text(page, "text")).toMatch(/^Atmen Sie ein und halten Sie die Position/);

    // In the sideways reach, "It hurts": the German safety advice.
    await skipTo(page, german.steps.find((step) => step.stretchId === "sideways-reach")?.text ?? "");
    expect(await text(page, "title")).toBe("Seitneigung");
    await page.click("#hurts");
    expect(await text(page, "pain-recorded")).toBe(de.safety.painRecorded);
    expect(await text(page, "pain-stop")).toBe(de.safety.stopWhenItHurts);
    expect(await text(page, "pain-professional")).toBe(de.safety.seeAProfessional);
    expect(await pickerEnabled(page)).toBe(false);

    // Once finished, another language can be picked, and the next session is in it.
    await page.click("#stop");
    expect(await text(page, "status")).toBe("finished");
    expect(await pickerEnabled(page)).toBe(true);
    await page.selectOption("#language", "fr");
    expect(await htmlLang(page)).toBe("fr");
    expect(await text(page, "about")).toBe(fr.safety.notMedicalAdvice);
    expect(await text(page, "pain-stop")).toBe(fr.safety.stopWhenItHurts);
    await page.click("#start");
    expect(await text(page, "text")).toBe(scheduleSession(backSpasmRoutine, { locale: fr }).steps[0]?.text);
    expect(await text(page, "title")).toBe(fr.stretches["forward-roll"].name);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Add to calendar: an .ics file of the next 4 weeks, at the time chosen, in the language picked", async () => {
    const { page, errors } = await harness.open("web");
    // START is a Monday: the plan starts that day.
    expect(await text(page, "calendar-plan")).toBe("12 sessions over 4 weeks, from Monday 2026-11-23 to 2026-12-20.");
    const ics = await downloadOf(page, "add-to-calendar");
    expect(ics.name).toBe("back-stretches.ics");
    expect(ics.content.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const lines = linesOf(ics.content);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(12);
    expect(lines.filter((line) => line.startsWith("DTSTART")).slice(0, 3)).toEqual([
      "DTSTART:20261123T073000",
      "DTSTART:20261125T073000",
      "DTSTART:20261127T073000",
    ]);
    expect(lines).toContain("DTSTAMP:20261123T090000Z"); // the page's clock, at START
    const plan = planSessions(backSpasmRoutine, { start: "2026-11-23", weeks: 4 });
    expect(ics.content).toBe(
      planToICalendar(plan, { routine: backSpasmRoutine, dtstampMs: START, timeOfDay: "07:30" }),
    );

    // In German, at 18:15: the stretches' names in the description are German.
    await page.selectOption("#language", "de");
    await page.fill("#time", "18:15");
    const german = linesOf((await downloadOf(page, "add-to-calendar")).content);
    expect(german.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(12);
    expect(german).toContain("DTSTART:20261123T181500");
    expect(german.find((line) => line.startsWith("DESCRIPTION:"))).toMatch(/^DESCRIPTION:Rumpfbeuge nach vorn\\n/);

    // No time of day: whole-day events. On a Tuesday, the plan starts the next Monday.
    await page.fill("#time", "");
    await page.clock.setSystemTime(START + 86_400_000);
    const wholeDays = linesOf((await downloadOf(page, "add-to-calendar")).content);
    expect(wholeDays.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(12);
    expect(wholeDays.find((line) => line.startsWith("DTSTART"))).toBe("DTSTART;VALUE=DATE:20261130");
    expect(wholeDays.some((line) => line.startsWith("DURATION"))).toBe(false);
    expect(await text(page, "calendar-plan")).toBe("12 sessions over 4 weeks, from Monday 2026-11-30 to 2026-12-27.");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("Download CSV: after a session, the record's holds as a CSV table", async () => {
    const { page, errors } = await harness.open("web");
    await page.click("#start");
    await page.clock.runFor(40_000); // the first hold, held in full, and into the second
    await page.click("#stop");
    expect(await text(page, "status")).toBe("finished");
    expect(await page.locator("#download-pain").isEnabled()).toBe(false); // no pain reported: no table

    const csv = await downloadOf(page, "download-holds");
    expect(csv.name).toBe("back-stretches-2026-11-23-holds.csv");
    const lines = linesOf(csv.content);
    expect(lines[0]).toBe(HOLDS_HEADER);
    expect(lines).toHaveLength(1 + 27);
    expect(lines[1]).toBe(
      `"session-${START}","back-spasm-stretches","2026-11-23","stopped","forward-roll",,1,20000,20000,false`,
    );
    const record = JSON.parse(await text(page, "record-json"));
    expect(csv.content).toBe(recordsToCsv([record], { table: "holds" }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("It hurts on the summary screen of a completed session: with a score, then without; the same record made again", async () => {
    const { page, errors } = await harness.open("web");
    expect(await page.inputValue("#score")).toBe(""); // no score by default

    // During the session, one report with a score: the forward roll, 1 s in.
    await page.click("#start");
    await page.clock.runFor(1_000);
    await page.selectOption("#score", "3");
    await page.click("#hurts");
    expect(await text(page, "pain-recorded")).toBe(safety.painRecorded);
    expect(await page.inputValue("#score")).toBe(""); // back to no score for the next report
    await page.click("#pause"); // Resume
    await page.clock.runFor(session.totalMs);
    expect(await text(page, "status")).toBe("finished");
    expect(await text(page, "text")).toBe("Well done.");
    expect(await visible(page, "pain-notice")).toBe(false);
    const before = await shownRecord(page);
    expect(before).toMatchObject({ id: `session-${START}`, status: "completed" });
    expect(before.pain).toEqual([{ stretchId: "forward-roll", side: null, atMs: START + 1_000, score: 3 }]);
    expect(await text(page, "summary")).toMatch(/, pain reported once \(3\/10\)\.$/);

    // On the summary screen, "It hurts" is enabled and looks it; with a score of 7.
    expect(await page.locator("#hurts").isEnabled()).toBe(true);
    expect(await looksOf(page, "hurts")).toMatchObject({ cursor: "pointer", borderStyle: "solid" });
    const lateAt = await clockNow(page);
    await page.selectOption("#score", "7");
    await page.click("#hurts");
    expect(await visible(page, "pain-notice")).toBe(true);
    expect(await text(page, "pain-recorded")).toBe(safety.painRecorded);
    expect(await visible(page, "pain-recorded")).toBe(true);
    expect(await text(page, "pain-stop")).toBe(safety.stopWhenItHurts);
    expect(await text(page, "pain-professional")).toBe(safety.seeAProfessional);
    expect(await visible(page, "pain-go-on")).toBe(false); // nothing to go on to
    expect(await text(page, "status")).toBe("finished");
    expect(await page.inputValue("#score")).toBe("");

    // The record shown is the same one (same id, same holds), now with the report for the last
    // stretch and side played, and its score; a single record on the page.
    const late = { ...lastPlayed, atMs: lateAt, score: 7 };
    const withScore = await shownRecord(page);
    expect(SessionRecordSchema.safeParse(withScore).success).toBe(true);
    expect(withScore).toEqual({ ...before, pain: [...before.pain, late] });
    expect(await page.locator("#record-json").count()).toBe(1);
    expect(await text(page, "summary")).toMatch(/, pain reported 2 times \(3\/10, 7\/10\)\.$/);

    // One tap with no score (and a note): the report has no score at all.
    await page.clock.runFor(2_000);
    await page.fill("#note", "still sore");
    await page.click("#hurts");
    const noScore = { ...lastPlayed, atMs: lateAt + 2_000, note: "still sore" };
    const withoutScore = await shownRecord(page);
    expect(withoutScore).toEqual({ ...before, pain: [...before.pain, late, noScore] });
    expect(Object.hasOwn(withoutScore.pain[2], "score")).toBe(false);
    expect(await text(page, "summary")).toMatch(/, pain reported 3 times \(3\/10, 7\/10, no score\)\.$/);
    expect(await text(page, "pain-recorded")).toBe(safety.painRecorded);

    // The pain CSV is made from the record made again: a row for each report.
    const csv = linesOf((await downloadOf(page, "download-pain")).content);
    expect(csv).toHaveLength(1 + 3);
    expect(csv.join("\n")).toBe(linesOf(recordsToCsv([withoutScore], { table: "pain" })).join("\n"));

    // Start again: the notice goes, and the next record is another one.
    await page.click("#start");
    expect(await visible(page, "pain-notice")).toBe(false);
    expect(await visible(page, "record")).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("It hurts on the summary screen of a stopped session: no score by one tap, then a score with the clock set back", async () => {
    const { page, errors } = await harness.open("web");
    await page.click("#start");
    await page.clock.runFor(30_000);
    await page.click("#stop");
    expect(await text(page, "status")).toBe("finished");
    const before = await shownRecord(page);
    expect(before).toMatchObject({ id: `session-${START}`, status: "stopped", endedAtMs: START + 30_000, pain: [] });
    expect(await page.locator("#download-pain").isEnabled()).toBe(false);

    // One tap, nothing chosen: a report for the forward roll, the stretch stopped in, with no score.
    await page.clock.runFor(5_000);
    await page.click("#hurts");
    expect(await visible(page, "pain-notice")).toBe(true);
    expect(await text(page, "pain-recorded")).toBe(safety.painRecorded);
    expect(await visible(page, "pain-go-on")).toBe(false);
    const first = { stretchId: "forward-roll", side: null, atMs: START + 35_000 };
    expect(await shownRecord(page)).toEqual({ ...before, pain: [first] });
    expect(await text(page, "summary")).toBe("Stopped: 0 of 27 holds in full, pain reported once.");
    expect(await page.locator("#download-pain").isEnabled()).toBe(true);

    // The system clock is set back 20 s; the page's clock does not go back, so the report with a
    // score of 4 is kept at the last instant instead of being refused as out of order.
    await page.clock.setSystemTime(START + 15_000);
    await page.selectOption("#score", "4");
    await page.click("#hurts");
    expect(await shownRecord(page)).toEqual({
      ...before,
      pain: [first, { stretchId: "forward-roll", side: null, atMs: START + 35_000, score: 4 }],
    });
    expect(await text(page, "summary")).toBe("Stopped: 0 of 27 holds in full, pain reported 2 times (no score, 4/10).");
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
