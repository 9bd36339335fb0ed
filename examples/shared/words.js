// Words that both examples show around the player, made from the session's own data: the title of a
// step ("Sideways reach · left arm · repetition 2 of 3"), where a stretch is done (seated or standing),
// the length of a session, and "once" / "2 times". No text here is a safety text (see safety.js).
// The stretch's name comes from the session, in its language; the other words here are the
// examples' own English ones, and a session in another language gets a title without them.
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
 * The name of a step's stretch as the session gives it, in the session's language ("Seitneigung").
 * Every step message has it; the stretch's id stands in for a message without one.
 * @param {SessionStep} step
 * @returns {string}
 */
function nameOf(step) {
  const { params } = step.message;
  return "stretch" in params ? params.stretch : step.stretchId;
}

/**
 * Whether a language tag is English ("en", "en-GB"): only then do the titles carry this file's words.
 * @param {string} tag
 * @returns {boolean}
 */
function isEnglish(tag) {
  return tag === "en" || tag.startsWith("en-");
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
 * The title of a step. In an English session: the stretch, the side, and the repetition where the
 * step has one, or on a prepare step where the stretch is done, e.g.
 * "Sideways reach · left arm · repetition 2 of 3" or "Forward roll · seated". In a session in
 * another language, only what needs no English word: the stretch's name as the session gives it
 * and the repetition in digits, e.g. "Seitneigung · 2/3" (the prepare, stretch and switch-side
 * texts say the side, in that language).
 * @param {SessionStep} step
 * @param {string} [tag] The language tag of the session's locale pack. Default: "en".
 * @returns {string}
 */
export function stepTitle(step, tag = "en") {
  const parts = [nameOf(step)];
  if (!isEnglish(tag)) {
    if (step.repetition > 0) parts.push(`${step.repetition}/${step.repetitions}`);
    return parts.join(" · ");
  }
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
 * What to say before the start: the first stretch, by its name in the session's language, and in
 * an English session where it is done, from its own data, e.g.
 * "The first stretch, Forward roll, is done seated. Press Start when you are ready." or
 * "The first stretch: Rumpfbeuge nach vorn. Press Start when you are ready."
 * @param {import("stretchkit").Session} session
 * @param {string} [tag] The language tag of the session's locale pack. Default: "en".
 * @returns {string}
 */
export function startHint(session, tag = "en") {
  const ready = "Press Start when you are ready.";
  const first = session.steps[0];
  if (first === undefined) return ready;
  const name = nameOf(first);
  if (!isEnglish(tag)) return `The first stretch: ${name}. ${ready}`;
  const position = stretchOf(first.stretchId)?.position;
  return position === undefined
    ? `The first stretch: ${name}. ${ready}`
    : `The first stretch, ${name}, is done ${position}. ${ready}`;
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
 * The line under a session record: "Completed: 18 of 27 holds in full, pain reported once." When a
 * report has a 0 to 10 score, the scores follow in the reports' order: "pain reported 2 times (6/10,
 * no score)".
 * @param {import("stretchkit").SessionRecord} record
 * @returns {string}
 */
export function recordSummary(record) {
  const holds = record.holds ?? [];
  const full = holds.filter((hold) => hold.achievedMs === hold.plannedMs).length;
  const reports = record.pain ?? [];
  const scores = reports.some((report) => report.score !== undefined)
    ? ` (${reports.map((report) => (report.score === undefined ? "no score" : `${report.score}/10`)).join(", ")})`
    : "";
  const pain = reports.length > 0 ? `, pain reported ${times(reports.length)}${scores}` : "";
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
