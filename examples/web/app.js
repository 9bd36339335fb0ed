// The example UI: plain DOM, no framework. The page owns the clock; stretchkit's player is a pure
// reducer that this script calls on every timer tick and button press.
import {
  advancePlayer,
  backSpasmRoutine,
  playerProgress,
  StretchKitError,
  scheduleSession,
  startPlayer,
  toSessionRecord,
} from "stretchkit";
import { safety } from "../shared/safety.js";
import "../shared/style.css";
import { localDate, recordSummary, sessionSummary, startHint, stepTitle } from "../shared/words.js";

const TICK_MS = 100;
const session = scheduleSession(backSpasmRoutine);

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
/** After "It hurts": `{ recorded }` until the user goes on (Resume, Skip step, Let go now, Start). */
let painNotice = null;
/** The last cue given: shown until the step it is about has passed, and never once finished. */
let lastCue = null;

/**
 * Sends one event to the player. An event that the state does not allow (a `release` just after
 * the hold ended by the clock, anything once finished) is refused with a StretchKitError of code
 * `invalid_state` and leaves the state as it was; anything else is a bug and is thrown.
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
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(cue.text));
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
  $("title").textContent = finished || step === null ? "" : stepTitle(step);
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
  $("hurts").disabled = finished;
  $("release").disabled = finished || step === null || step.kind !== "hold" || !step.endsOnUser;
  $("pain-notice").hidden = painNotice === null;
  $("pain-recorded").hidden = painNotice === null || !painNotice.recorded;
  $("pain-go-on").hidden = finished;
  if (finished) showRecord();
}

function showRecord() {
  clearInterval(timer);
  const record = toSessionRecord(state, { id: `session-${state.startedAtMs}`, date: localDate(state.startedAtMs) });
  $("summary").textContent = recordSummary(record);
  $("record-json").textContent = JSON.stringify(record, null, 2);
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
    // Always sent, even if the tick just ended the session: the report is kept for the last stretch.
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

$("intro").textContent = `${sessionSummary(session)} ${safety.holdComfortably} ${safety.avoidIfPain}`;
$("about").textContent = safety.notMedicalAdvice;
$("text").textContent = startHint(session);
$("pain-recorded").textContent = safety.painRecorded;
$("pain-stop").textContent = safety.stopWhenItHurts;
$("pain-professional").textContent = safety.seeAProfessional;

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
$("hurts").addEventListener("click", () => {
  const note = $("note").value.trim();
  act("pain", note === "" ? {} : { note });
  $("note").value = "";
});
