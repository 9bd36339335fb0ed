import type { StretchKitIssue } from "../errors.js";
import { fail, failWith, issue, refuseUnreadable, unknownKey } from "../internal/issues.js";
import { MAX_SCORE, MAX_TEXT_LENGTH } from "../schema/bounds.js";
import { isInstant, isIntIn } from "../schema/common.js";
import { oneOf } from "../schema/session-check.js";
import {
  type Draft,
  elapse,
  elapsedInStep,
  enterStep,
  finish,
  instantIssue,
  leaveHold,
  leaveStretch,
  makeState,
  readState,
  recordPain,
  stepOf,
} from "./state.js";
import type { PlayerEvent, PlayerEventType, PlayerState } from "./types.js";

const EVENT_TYPES: readonly PlayerEventType[] = [
  "tick",
  "pause",
  "resume",
  "skip",
  "skip-stretch",
  "release",
  "pain",
  "stop",
];

/** The check of an event's type: one of {@link EVENT_TYPES}. */
const eventType = /* @__PURE__ */ oneOf(EVENT_TYPES);

/** An event, read once. */
interface Event {
  readonly type: PlayerEventType;
  readonly atMs: number;
  readonly note: string | undefined;
  readonly score: number | undefined;
}

/** Reads an event once and checks it, or throws `invalid_event` with every issue. */
function readEvent(event: unknown): Event {
  // An array is refused as a whole: its items are not unknown keys to list one by one (there may be 100,000).
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    return failWith(
      "invalid_event",
      "Invalid player event",
      [],
      "invalid_type",
      "must be an event object { type, atMs }",
    );
  }
  // Each field read once; the keys alone are walked for unknown ones (a key such as "__proto__" is only a name).
  const { type, atMs, note, score } = event as Readonly<Record<string, unknown>>;
  const issues: StretchKitIssue[] = [];
  const wrongType = eventType(type);
  if (wrongType !== null) issues.push(issue(["type"], ...wrongType));
  if (!isInstant(atMs)) issues.push(instantIssue(atMs, ["atMs"]));
  const pain = type === "pain";
  for (const key in event) {
    if (key === "note" || key === "score") {
      if (!pain && (key === "note" ? note : score) !== undefined)
        issues.push(issue([key], "invalid_value", `only a pain event takes a ${key}`));
    } else if (key !== "type" && key !== "atMs") issues.push(unknownKey([], key));
  }
  if (pain) {
    if (note !== undefined && typeof note !== "string") {
      issues.push(issue(["note"], "invalid_type", "must be a text"));
    } else if (typeof note === "string" && note.length > MAX_TEXT_LENGTH) {
      issues.push(issue(["note"], "too_big", `must be at most ${MAX_TEXT_LENGTH} characters long`));
    }
    if (score !== undefined && !isIntIn(score, 0, MAX_SCORE)) {
      issues.push(issue(["score"], "invalid_value", "must be a whole number from 0 to 10 (the numeric rating scale)"));
    }
  }
  if (issues.length > 0) fail("invalid_event", issues, "Invalid player event");
  return { type, atMs, note, score } as Event;
}

function refused(type: PlayerEventType, message: string): never {
  return failWith("invalid_state", `Cannot ${type} now`, ["type"], "invalid_state", message);
}

/**
 * Moves a session player by one event and returns the next state; the state passed in is never
 * changed, and no two states share anything that can change, so an app may keep every state (undo,
 * history) or store any of them.
 *
 * Every event first lets time pass up to its `atMs`, as a `tick` does: steps whose end has passed
 * end (holds achieved in full), several at once after a long gap; paused time counts toward no step.
 * Then the event acts on the step current at that instant, so that an event means the same whether
 * or not a tick came just before it:
 *
 * - `tick`: nothing more (also on a finished state: a timer needs no guard);
 * - `pause` / `resume`: paused time counts toward no step;
 * - `skip`: ends the current step now (a hold achieves what was held so far, marked skipped);
 * - `skip-stretch`: ends the current stretch (its remaining holds skipped), on to the next `prepare`;
 * - `release`: ends the current hold early at the user's comfortable limit (achieved so far, not
 *   skipped), on to the `release` step; refused unless the step current at `atMs` is a hold that
 *   ends on the user (send a `tick` and the `release` with the same `atMs` to act on what the user saw);
 * - `pain`: records pain for the current stretch and side (during a `switch-side` step, the side
 *   just done) with the optional `note` and 0–10 `score`, then acts as `skip-stretch`. A pain
 *   report is never lost: at or past the session's end, or on a finished state (a user on the
 *   summary screen), it is recorded for the last stretch and side played, and the state is finished;
 * - `stop`: ends the session now.
 *
 * Per tick this is cheap: the state's own fields and its current step are checked (O(1)), the
 * session is shared, never copied or checked again.
 *
 * @param state - A state from `startPlayer` or `advancePlayer` (or one of them through JSON: a
 * state that is not frozen is checked in full and copied, once).
 * @param event - What happened, at the caller's clock: `{ type, atMs }` (and `note`, `score` for `pain`).
 * @returns The next state, deeply frozen.
 * @throws {@link StretchKitError} and leaves `state` as it was: `invalid_event` for an event that
 * is not one (not an object, an array, an unknown type or key, `atMs` not a whole number of
 * milliseconds >= 0, a note that is not a text of at most 1,000 characters, a score that is not a
 * whole number from 0 to 10, a note or score on an event other than `pain`) or whose `atMs` is
 * earlier than the previous event's; `invalid_state` for an event the state does not allow at that
 * instant (any event but `pain` and `tick` once finished, `pause` when paused, `resume` when not paused,
 * `release` outside a hold that ends on the user), for a `state` that is not a player state, and
 * for a state or an event that throws when read (a getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * let state = startPlayer(session, 1_000);
 * state = advancePlayer(state, { type: "pause", atMs: 2_000 });
 * state = advancePlayer(state, { type: "resume", atMs: 60_000 });
 * state = advancePlayer(state, { type: "tick", atMs: 1_000 + session.totalMs + 58_000 });
 * state.status; //=> "finished"
 * toSessionRecord(state, { id: "s1", date: "2026-11-23" }).status; //=> "completed"
 * @category Player
 */
export function advancePlayer(state: PlayerState, event: PlayerEvent): PlayerState {
  return refuseUnreadable("invalid_state", "Not a player state", () => {
    const draft = readState(state);
    const { type, atMs, note, score } = readEvent(event);
    if (atMs < draft.lastAtMs) {
      const message = `must not be before the previous event's time, ${draft.lastAtMs}`;
      failWith("invalid_event", "Event out of order", ["atMs"], "out_of_order", message);
    }
    // Time passes first; on a state already finished it changes nothing (it only runs a running player).
    elapse(draft, atMs);
    if (type === "pain") {
      const finished = draft.status === "finished";
      const step = stepOf(draft, Math.min(draft.stepIndex, draft.session.steps.length - 1));
      recordPain(draft, step, atMs, note, score);
      if (!finished) leaveStretch(draft, atMs);
    } else if (draft.status === "finished") {
      if (type !== "tick") refused(type, "the session has finished; start a new player to play it again");
    } else act(draft, type, atMs);
    draft.lastAtMs = atMs;
    return makeState(draft);
  });
}

/** The events but `pain` on a session not finished at `atMs`, after time has passed to it (a pause goes on). */
function act(draft: Draft, type: Exclude<PlayerEventType, "pain">, atMs: number): void {
  const step = stepOf(draft, draft.stepIndex);
  if (type === "tick") return;
  if (type === "pause") {
    if (draft.pausedAtMs !== null) refused(type, "the player is already paused");
    draft.status = "paused";
    draft.pausedAtMs = atMs;
  } else if (type === "resume") {
    if (draft.pausedAtMs === null) refused(type, "the player is not paused");
    draft.pausedInStepMs += atMs - draft.pausedAtMs;
    draft.pausedAtMs = null;
    draft.status = "running";
  } else if (type === "skip-stretch") {
    leaveStretch(draft, atMs);
  } else {
    // `release`, `skip` and `stop` end the current step now; a release only a hold that ends on the user.
    if (type === "release" && (step.kind !== "hold" || !step.endsOnUser)) {
      refused(
        type,
        step.kind === "hold"
          ? "this hold does not end on the user; skip it instead"
          : `a release ends a hold, but the step at that instant is a ${step.kind} step`,
      );
    }
    leaveHold(draft, step, elapsedInStep(draft, step, atMs), type !== "release");
    if (type === "stop") finish(draft, atMs);
    else enterStep(draft, draft.stepIndex + 1, atMs);
  }
}
