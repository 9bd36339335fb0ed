// The example UI: plain DOM, no framework. The page owns the clock; stretchkit's player is a pure
// reducer that this script calls on every timer tick and button press.
import {
  advancePlayer,
  backSpasmRoutine,
  playerProgress,
  scheduleSession,
  startPlayer,
  toSessionRecord,
} from "stretchkit";

const TICK_MS = 100;
const session = scheduleSession(backSpasmRoutine);

/** The page's clock: whole milliseconds that never go backwards, even if the system clock does. */
let lastNow = 0;
function now() {
  lastNow = Math.max(lastNow, Date.now());
  return lastNow;
}

/** The user's local civil date, YYYY-MM-DD. */
function localDate() {
  const date = new Date(now());
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const $ = (id) => document.getElementById(id);

let state = null;
let timer = null;
/** The index of the next cue to give, in session.cues (sorted by atMs). */
let nextCue = 0;

function say(text) {
  $("cue").textContent = text;
  if ("speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function") {
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
}

/** Gives the cues whose time has come, up to the player's position in the session. */
function giveCues() {
  const { positionMs } = playerProgress(state);
  while (nextCue < session.cues.length && session.cues[nextCue].atMs <= positionMs) {
    say(session.cues[nextCue].text);
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
  $("status").textContent = state.status;
  $("kind").textContent = step === null ? "Done" : step.kind.replace("-", " ");
  $("text").textContent = step === null ? "Well done." : step.text;
  $("countdown").textContent = String(Math.ceil(progress.remainingInStepMs / 1000));
  $("progress").value = progress.progress;
  const finished = state.status === "finished";
  $("pause").textContent = state.status === "paused" ? "Resume" : "Pause";
  $("pause").disabled = finished;
  $("skip").disabled = finished;
  $("stop").disabled = finished;
  $("hurts").disabled = finished;
  $("release").disabled = finished || step === null || step.kind !== "hold" || !step.endsOnUser;
  if (finished) showRecord();
}

function showRecord() {
  clearInterval(timer);
  const record = toSessionRecord(state, { id: `session-${state.startedAtMs}`, date: localDate() });
  const holds = record.holds ?? [];
  const full = holds.filter((hold) => hold.achievedMs === hold.plannedMs).length;
  $("summary").textContent =
    `${record.status === "completed" ? "Completed" : "Stopped"}: ${full} of ${holds.length} holds in full` +
    (record.pain.length > 0 ? `, pain reported ${record.pain.length} time(s).` : ".");
  $("record-json").textContent = JSON.stringify(record, null, 2);
  $("record").hidden = false;
}

function tick() {
  state = advancePlayer(state, { type: "tick", atMs: now() });
  giveCues();
  render();
}

/** A button press: let time catch up first (and give its cues), then act. */
function act(type, extra) {
  if (state === null || state.status === "finished") return;
  tick();
  if (state.status === "finished") return;
  state = advancePlayer(state, { type, atMs: now(), ...extra });
  if (type !== "pause" && type !== "resume") dropSkippedCues();
  giveCues();
  render();
}

$("start").addEventListener("click", () => {
  state = startPlayer(session, now());
  nextCue = 0;
  $("start").disabled = true;
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
