// The example UI: plain DOM, no framework. The page owns the clock; stretchkit's player is a pure
// reducer that this script calls on every timer tick and button press. The session is scheduled in
// the language picked (a locale pack), and the page's safety texts are that pack's.
import {
  advancePlayer,
  backSpasmRoutine,
  en,
  planSessions,
  playerProgress,
  StretchKitError,
  scheduleSession,
  startPlayer,
  toSessionRecord,
} from "stretchkit";
import { recordsToCsv } from "stretchkit/csv";
import { planToICalendar } from "stretchkit/ical";
import { de } from "stretchkit/locales/de";
import { es } from "stretchkit/locales/es";
import { fr } from "stretchkit/locales/fr";
import "../shared/style.css";
import { localDate, recordSummary, sessionSummary, startHint, stepTitle } from "../shared/words.js";

const TICK_MS = 100;
/** The languages of the picker, by the value of its options: English is built in, the others are subpath exports. */
const PACKS = { en, de, es, fr };
/** The plan that "Add to calendar" writes: this many weeks of the routine's sessions. */
const CALENDAR_WEEKS = 4;

/**
 * The locale pack picked, and the session scheduled in its language: set by pickLanguage, on load
 * and when the picker changes (before a start, or once the session has finished).
 */
let pack = en;
let session = null;

/** The page's clock: whole milliseconds that never go backwards, even if the system clock does. */
let lastNow = 0;
function now() {
  lastNow = Math.max(lastNow, Date.now());
  return lastNow;
}

const $ = (id) => document.getElementById(id);

let state = null;
let timer = null;
/** The index of the next cue to give, in session.cues (sorted by atMs). */
let nextCue = 0;
/**
 * After "It hurts": `{ recorded }` until the user goes on (Resume, Skip step, Let go now, Start). On the
 * summary screen it stays until Start again.
 */
let painNotice = null;
/** The last cue given: shown until the step it is about has passed, and never once finished. */
let lastCue = null;
/** The record of the session that finished last, for the CSV downloads; `null` before. */
let record = null;

/**
 * Sends one event to the player. An event that the state does not allow (a `release` just after
 * the hold ended by the clock, anything but `pain` once finished) is refused with a StretchKitError of
 * code `invalid_state` and leaves the state as it was; anything else is a bug and is thrown. Every
 * event's `atMs` comes from now(), which never goes backwards: the player refuses an event earlier
 * than the previous one (`invalid_event`).
 */
function send(event) {
  try {
    state = advancePlayer(state, event);
    return true;
  } catch (error) {
    if (error instanceof StretchKitError && error.code === "invalid_state") return false;
    throw error;
  }
}

function say(cue) {
  lastCue = cue;
  if ("speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function") {
    const utterance = new SpeechSynthesisUtterance(cue.text);
    utterance.lang = pack.tag; // the session's language: the picker cannot change while it runs
    window.speechSynthesis.speak(utterance);
  }
}

/**
 * Gives the cues whose time has come, up to the player's position in the session. Not while paused:
 * after a jump made while paused (a pain report), the next stretch's cue waits for Resume.
 */
function giveCues() {
  if (state.status !== "running") return;
  const { positionMs } = playerProgress(state);
  while (nextCue < session.cues.length && session.cues[nextCue].atMs <= positionMs) {
    say(session.cues[nextCue]);
    nextCue += 1;
  }
}

/** After a jump (skip, let go, pain), drops the cues of the part that was skipped. */
function dropSkippedCues() {
  const { positionMs } = playerProgress(state);
  while (nextCue < session.cues.length && session.cues[nextCue].atMs < positionMs) nextCue += 1;
}

function render() {
  const progress = playerProgress(state);
  const { step } = progress;
  const finished = state.status === "finished";
  $("status").textContent = state.status;
  $("kind").textContent = finished || step === null ? "Done" : step.kind.replace("-", " ");
  $("title").textContent = finished || step === null ? "" : stepTitle(step, pack.tag);
  $("text").textContent =
    finished || step === null ? (state.lastStepReached ? "Well done." : "Session stopped.") : step.text;
  // Once finished there is no step to count down: no digit is left behind.
  $("countdown").textContent = finished ? "" : String(Math.ceil(progress.remainingInStepMs / 1000));
  $("countdown").hidden = finished;
  $("progress").value = progress.progress;
  // A cue is about a step (the one it falls in, or the one it announces): a "1" of a hold's countdown
  // does not stay on screen after the hold, nor after the session.
  $("cue").textContent = lastCue !== null && !finished && progress.stepIndex <= lastCue.stepIndex ? lastCue.text : "";
  $("pause").textContent = state.status === "paused" ? "Resume" : "Pause";
  $("start").disabled = !finished;
  $("start").textContent = finished ? "Start again" : "Start";
  $("pause").disabled = finished;
  $("skip").disabled = finished;
  $("stop").disabled = finished;
  // "It hurts" stays one tap away on the summary screen too: the player keeps a report made once the
  // session has finished, for the last stretch and side played, and the record is made again with it.
  $("hurts").disabled = false;
  $("release").disabled = finished || step === null || step.kind !== "hold" || !step.endsOnUser;
  $("pain-notice").hidden = painNotice === null;
  $("pain-recorded").hidden = painNotice === null || !painNotice.recorded;
  $("pain-go-on").hidden = finished;
  $("language").disabled = !finished;
  if (finished) showRecord();
}

/**
 * Shows the record of the finished session. Made again on every render once finished, so that a pain
 * report made on the summary screen is in it; its id comes from the session's start, so it is the
 * same record, never a second one.
 */
function showRecord() {
  clearInterval(timer);
  record = toSessionRecord(state, { id: `session-${state.startedAtMs}`, date: localDate(state.startedAtMs) });
  $("summary").textContent = recordSummary(record);
  $("record-json").textContent = JSON.stringify(record, null, 2);
  $("download-pain").disabled = (record.pain ?? []).length === 0;
  $("record").hidden = false;
}

function tick() {
  send({ type: "tick", atMs: now() });
  giveCues();
  render();
}

/**
 * A button press. The clock is read once: a tick at that instant lets time catch up (and gives its
 * cues), then the action is sent at the same instant and acts on the step current then (a `release`
 * pressed just after the clock ended the hold is refused, and nothing happens).
 */
function act(type, extra = {}) {
  if (state === null) return;
  const atMs = now();
  send({ type: "tick", atMs });
  giveCues();
  if (type === "pain") {
    // Always sent, even if the tick just ended the session or it had finished before (the tick is then
    // refused): the report is kept for the last stretch and side played.
    const before = state.pain.length;
    send({ type, atMs, ...extra });
    // The stretch is stopped; the next one waits until the user is ready and presses Resume.
    if (state.status === "running") send({ type: "pause", atMs });
    painNotice = { recorded: state.pain.length > before };
  } else if (state.status !== "finished" && send({ type, atMs }) && type !== "pause" && type !== "stop") {
    painNotice = null;
  }
  if (type !== "pause" && type !== "resume") dropSkippedCues();
  giveCues();
  render();
}

/** Shows the pack's safety texts wherever the page has them, and the words before the start. */
function showTexts() {
  $("intro").textContent = `${sessionSummary(session)} ${pack.safety.holdComfortably} ${pack.safety.avoidIfPain}`;
  $("about").textContent = pack.safety.notMedicalAdvice;
  $("pain-recorded").textContent = pack.safety.painRecorded;
  $("pain-stop").textContent = pack.safety.stopWhenItHurts;
  $("pain-professional").textContent = pack.safety.seeAProfessional;
  if (state === null) $("text").textContent = startHint(session, pack.tag);
}

/** Picks a language: the session is scheduled again in it, and the page shows its safety texts. */
function pickLanguage(value) {
  if (state !== null && state.status !== "finished") return; // the picker is disabled while a session runs
  pack = Object.hasOwn(PACKS, value) ? PACKS[value] : en;
  session = scheduleSession(backSpasmRoutine, { locale: pack });
  document.documentElement.lang = pack.tag;
  showTexts();
}

/**
 * Downloads a text as a file: a Blob, an object URL, and a temporary `<a download>` clicked once.
 * The URL is let go of after the click has handed it to the browser.
 */
function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The first day of the calendar's plan: the user's local today if it is a Monday, else the next Monday. */
function nextMonday(atMs) {
  const today = new Date(atMs);
  const daysToGo = (8 - today.getDay()) % 7;
  // Noon, so that a change of summer time on the way does not move the date.
  return localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + daysToGo, 12).getTime());
}

/** The plan of the calendar, from the page's clock now. */
function calendarPlan(atMs) {
  return planSessions(backSpasmRoutine, { start: nextMonday(atMs), weeks: CALENDAR_WEEKS });
}

function showCalendarPlan() {
  const plan = calendarPlan(now());
  $("calendar-plan").textContent =
    `${plan.sessions.length} sessions over ${CALENDAR_WEEKS} weeks, from Monday ${plan.start} to ${plan.end}.`;
}

/**
 * "Add to calendar": the plan as an iCalendar file, its DTSTAMP read from the page's clock, at the
 * time of day chosen (none: whole-day events), with the stretches' names in the language picked.
 */
function downloadCalendar() {
  const dtstampMs = now();
  const plan = calendarPlan(dtstampMs);
  const time = $("time").value;
  const ics = planToICalendar(plan, {
    routine: backSpasmRoutine,
    dtstampMs,
    ...(time === "" ? {} : { timeOfDay: time }),
    schedule: { locale: pack },
  });
  download("back-stretches.ics", ics, "text/calendar;charset=utf-8");
  showCalendarPlan();
}

/** "Download CSV": a table of the last record, its holds or its pain reports. */
function downloadCsv(table) {
  if (record === null) return;
  download(`back-stretches-${record.date}-${table}.csv`, recordsToCsv([record], { table }), "text/csv;charset=utf-8");
}

// The picker's value after a reload may be the one picked before it: the page starts in that language.
pickLanguage($("language").value);
showCalendarPlan();

$("language").addEventListener("change", () => pickLanguage($("language").value));
$("add-to-calendar").addEventListener("click", downloadCalendar);
$("download-holds").addEventListener("click", () => downloadCsv("holds"));
$("download-pain").addEventListener("click", () => downloadCsv("pain"));
$("start").addEventListener("click", () => {
  state = startPlayer(session, now());
  nextCue = 0;
  painNotice = null;
  lastCue = null;
  $("record").hidden = true;
  giveCues();
  render();
  timer = setInterval(tick, TICK_MS);
});
$("pause").addEventListener("click", () => act(state?.status === "paused" ? "resume" : "pause"));
$("skip").addEventListener("click", () => act("skip"));
$("release").addEventListener("click", () => act("release"));
$("stop").addEventListener("click", () => act("stop"));
/**
 * "It hurts": one tap is enough. The note and the 0 to 10 score are optional, and each goes on the
 * pain event only when the user gave it; both are cleared for the next report.
 */
$("hurts").addEventListener("click", () => {
  const note = $("note").value.trim();
  const score = $("score").value;
  act("pain", { ...(note === "" ? {} : { note }), ...(score === "" ? {} : { score: Number(score) }) });
  $("note").value = "";
  $("score").value = "";
});
