// Words that both examples show around the player, made from the session's own data: the title of a
// step ("Sideways reach · left arm · repetition 2 of 3"), where a stretch is done (seated or standing),
// the length of a session, and "once" / "2 times". No text here is a safety text (see safety.js).
import { getStretch } from "stretchkit";

/** @typedef {import("stretchkit").SessionStep} SessionStep */
/** @typedef {import("stretchkit").Stretch} Stretch */

/**
 * The built-in stretch with this id, or `null` for a stretch the app defined itself.
 * @param {string} stretchId
 * @returns {Stretch | null}
 */
function stretchOf(stretchId) {
  try {
    return getStretch(/** @type {import("stretchkit").BuiltInStretchId} */ (stretchId));
  } catch {
    return null;
  }
}

/**
 * The stretch's name ("Sideways reach"), or its id for a stretch that is not built in.
 * @param {string} stretchId
 * @returns {string}
 */
export function stretchName(stretchId) {
  return stretchOf(stretchId)?.name ?? stretchId;
}

/**
 * "left arm", "right hand and leg": the side and the limb that changes, or `null` without a side.
 * @param {SessionStep} step
 * @returns {string | null}
 */
function sideOf(step) {
  if (step.side === null) return null;
  const laterality = stretchOf(step.stretchId)?.laterality;
  const limb = laterality?.kind === "unilateral" ? laterality.changes.replace(/-/g, " ") : "side";
  return `${step.side} ${limb}`;
}

/**
 * The title of a step: the stretch, the side, and the repetition where the step has one, e.g.
 * "Sideways reach · left arm · repetition 2 of 3" or "Forward roll · repetition 1 of 3".
 * @param {SessionStep} step
 * @returns {string}
 */
export function stepTitle(step) {
  const parts = [stretchName(step.stretchId)];
  const side = sideOf(step);
  if (side !== null) parts.push(side);
  if (step.repetition > 0) parts.push(`repetition ${step.repetition} of ${step.repetitions}`);
  else if (step.kind === "prepare") {
    const position = stretchOf(step.stretchId)?.position;
    if (position !== undefined) parts.push(position);
  }
  return parts.join(" · ");
}

/**
 * What to say before the start: where the first stretch is done, from its own data, e.g.
 * "The first stretch, Forward roll, is done seated. Press Start when you are ready."
 * @param {import("stretchkit").Session} session
 * @returns {string}
 */
export function startHint(session) {
  const first = session.steps[0];
  const stretch = first === undefined ? null : stretchOf(first.stretchId);
  return stretch === null
    ? "Press Start when you are ready."
    : `The first stretch, ${stretch.name}, is done ${stretch.position}. Press Start when you are ready.`;
}

/**
 * "Five stretches, about 16 minutes.": the number of stretches and the length of the session.
 * @param {import("stretchkit").Session} session
 * @returns {string}
 */
export function sessionSummary(session) {
  const count = new Set(session.steps.map((step) => step.stretchId)).size;
  const words = ["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"];
  const minutes = Math.max(1, Math.round(session.totalMs / 60_000));
  return `${words[count] ?? String(count)} ${count === 1 ? "stretch" : "stretches"}, about ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/**
 * How many times, in words: "once", "2 times", "3 times".
 * @param {number} count
 * @returns {string}
 */
export function times(count) {
  return count === 1 ? "once" : `${count} times`;
}

/**
 * The line under a session record: "Completed: 18 of 27 holds in full, pain reported once."
 * @param {import("stretchkit").SessionRecord} record
 * @returns {string}
 */
export function recordSummary(record) {
  const holds = record.holds ?? [];
  const full = holds.filter((hold) => hold.achievedMs === hold.plannedMs).length;
  const reports = record.pain ?? [];
  const pain = reports.length > 0 ? `, pain reported ${times(reports.length)}` : "";
  return `${record.status === "completed" ? "Completed" : "Stopped"}: ${full} of ${holds.length} holds in full${pain}.`;
}

/**
 * The user's local civil date of an instant, YYYY-MM-DD, as a session record wants it.
 * @param {number} atMs
 * @returns {string}
 */
export function localDate(atMs) {
  const date = new Date(atMs);
  /** @param {number} n */
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
