import { StretchKitError, type StretchKitIssue } from "../errors.js";
import { isInstant } from "../internal/instant.js";
import { refuseUnreadable } from "../internal/issues.js";
import {
  assertPlayerState,
  type Draft,
  draftOf,
  elapse,
  elapsedInStep,
  enterStep,
  finish,
  instantIssue,
  leaveHold,
  leaveStretch,
  MAX_NOTE_LENGTH,
  painReport,
  settle,
  stepOf,
} from "./internal.js";
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

/**
 * Moves a session player by one event and returns the next state; the state passed in is never
 * changed, so an app may keep it (undo, history) or store either one.
 *
 * Every event first lets time pass up to its `atMs`, as a `tick` does: steps whose end has passed
 * end (holds achieved in full), several at once after a long gap; paused time counts toward no step.
 * Then the event acts on the step current at that instant:
 *
 * - `tick`: nothing more;
 * - `pause` / `resume`: paused time counts toward no step;
 * - `skip`: ends the current step now (a hold achieves what was held so far, marked skipped);
 * - `skip-stretch`: ends the current stretch (its remaining holds skipped), on to the next `prepare`;
 * - `release`: ends the current hold early at the user's comfortable limit (achieved so far, not
 *   skipped), on to the `release` step;
 * - `pain`: records pain for the current stretch and side, then acts as `skip-stretch`;
 * - `stop`: ends the session now.
 *
 * An action that arrives after its step or session already ended by the clock (a `release` just after
 * the hold's end) finds nothing left to act on and only lets the time pass.
 *
 * Per tick this is cheap: no validation of the session, no copy of it (every state shares the
 * session), a shallow state copy.
 *
 * @param state - A state from `startPlayer` or `advancePlayer` (or one of them through JSON).
 * @param event - What happened, at the caller's clock: `{ type, atMs }` (and `note` for `pain`).
 * @returns The next state.
 * @throws {@link StretchKitError} and leaves `state` as it was:
 * `invalid_event` for an event that is not one (not an object, an array, an unknown type or key,
 * `atMs` not a whole number of milliseconds >= 0, a note that is not a text of at most 1,000
 * characters or on an event other than `pain`) or whose `atMs` is earlier than the previous
 * event's; `invalid_state` for an event the state does not allow (any event once finished, `pause`
 * when paused, `resume` when not paused, `release` when the current step is not a hold that ends
 * on the user), for a `state` that is not a player state, and for a state or an event that throws
 * when read (a getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * let state = startPlayer(session, 1_000);
 * state = advancePlayer(state, { type: "pause", atMs: 2_000 });
 * state = advancePlayer(state, { type: "resume", atMs: 60_000 });
 * state = advancePlayer(state, { type: "tick", atMs: 1_000 + session.totalMs + 58_000 });
 * state.status; //=> "finished"
 * toSessionRecord(state, { id: "s1", date: "2026-11-23" }).status; //=> "completed"
 */
export function advancePlayer(state: PlayerState, event: PlayerEvent): PlayerState {
  return refuseUnreadable("invalid_state", "Not a player state", () => {
    assertPlayerState(state);
    if (typeof event !== "object" || event === null || Array.isArray(event)) throw invalidEvent(event);
    const type = event.type;
    const atMs = event.atMs;
    if (!isInstant(atMs) || !EVENT_TYPES.includes(type) || !hasOnlyEventKeys(event, type)) throw invalidEvent(event);
    let note: string | undefined;
    if (type === "pain") {
      note = (event as { readonly note?: unknown }).note as string | undefined;
      if (note !== undefined && (typeof note !== "string" || note.length > MAX_NOTE_LENGTH)) throw invalidEvent(event);
    }
    if (state.status === "finished") {
      throw refused(type, "the session has finished; start a new player to play it again");
    }
    if (atMs < state.lastAtMs) {
      throw new StretchKitError(
        "invalid_event",
        [
          {
            path: ["atMs"],
            code: "out_of_order",
            message: `must not be before the previous event's time, ${state.lastAtMs}`,
          },
        ],
        "Event out of order",
      );
    }

    // The fast path: a tick within the current step, the frame-by-frame case.
    if (type === "tick") {
      if (
        state.status === "paused" ||
        atMs < state.stepStartedAtMs + state.pausedInStepMs + stepOf(state, state.stepIndex).durationMs
      ) {
        return withTime(state, atMs);
      }
    }

    const draft = draftOf(state);
    switch (type) {
      case "tick":
        elapse(draft, atMs);
        break;
      case "pause":
        if (state.status === "paused") throw refused(type, "the player is already paused");
        elapse(draft, atMs);
        if (draft.status === "running") {
          draft.status = "paused";
          draft.pausedAtMs = atMs;
        }
        break;
      case "resume":
        if (draft.pausedAtMs === null) throw refused(type, "the player is not paused");
        draft.pausedInStepMs += atMs - draft.pausedAtMs;
        draft.pausedAtMs = null;
        draft.status = "running";
        break;
      case "release":
        release(state, draft, atMs);
        break;
      default:
        act(draft, type, atMs, note);
    }
    draft.lastAtMs = atMs;
    return settle(draft);
  });
}

/** `skip`, `skip-stretch`, `pain` and `stop`: let time pass, then act on the step current then. */
function act(
  draft: Draft,
  type: "skip" | "skip-stretch" | "pain" | "stop",
  atMs: number,
  note: string | undefined,
): void {
  elapse(draft, atMs);
  if (draft.status === "finished") return;
  const step = stepOf(draft, draft.stepIndex);
  switch (type) {
    case "skip":
      leaveHold(draft, step, elapsedInStep(draft, step, atMs), true);
      enterStep(draft, draft.stepIndex + 1, atMs);
      break;
    case "stop":
      leaveHold(draft, step, elapsedInStep(draft, step, atMs), true);
      finish(draft, atMs);
      break;
    case "pain":
      draft.pain = [...draft.pain, painReport(step, atMs, note)];
      leaveStretch(draft, atMs);
      break;
    default:
      leaveStretch(draft, atMs);
  }
}

/** `release`: allowed when the step the caller saw is a hold that ends on the user. */
function release(state: PlayerState, draft: Draft, atMs: number): void {
  const seen = stepOf(state, state.stepIndex);
  if (seen.kind !== "hold" || !seen.endsOnUser) {
    throw refused(
      "release",
      seen.kind === "hold"
        ? "this hold does not end on the user; skip it instead"
        : `a release ends a hold, but the current step is a ${seen.kind} step`,
    );
  }
  elapse(draft, atMs);
  // Ended by the clock already: the hold was achieved in full, nothing is left to release.
  if (draft.status === "finished" || draft.stepIndex !== state.stepIndex) return;
  leaveHold(draft, seen, elapsedInStep(draft, seen, atMs), false);
  enterStep(draft, draft.stepIndex + 1, atMs);
}

/** The state with only the time of its last event changed. */
function withTime(state: PlayerState, atMs: number): PlayerState {
  return {
    version: 1,
    session: state.session,
    status: state.status,
    stepIndex: state.stepIndex,
    startedAtMs: state.startedAtMs,
    stepStartedAtMs: state.stepStartedAtMs,
    pausedInStepMs: state.pausedInStepMs,
    pausedAtMs: state.pausedAtMs,
    lastAtMs: atMs,
    endedAtMs: state.endedAtMs,
    lastStepReached: state.lastStepReached,
    holds: state.holds,
    pain: state.pain,
  };
}

function refused(type: PlayerEventType, message: string): StretchKitError {
  return new StretchKitError(
    "invalid_state",
    [{ path: ["type"], code: "invalid_state", message }],
    `Cannot ${type} now`,
  );
}

/**
 * Whether an event has no key but `type`, `atMs` and, on a pain event, `note` (a `note` left
 * `undefined` is allowed on any event): events are as strict as every other input.
 */
function hasOnlyEventKeys(event: object, type: PlayerEventType): boolean {
  for (const key in event) {
    if (key === "type" || key === "atMs") continue;
    if (key === "note" && (type === "pain" || (event as { readonly note?: unknown }).note === undefined)) continue;
    return false;
  }
  return true;
}

/** The error for an event that is not one, with every issue found. */
function invalidEvent(event: unknown): StretchKitError {
  const issues: StretchKitIssue[] = [];
  // An array is refused as a whole: its items are not unknown keys to list one by one (there may be 100,000).
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    issues.push({ path: [], code: "invalid_type", message: "must be an event object { type, atMs }" });
  } else {
    const { type, atMs, note } = event as { readonly type?: unknown; readonly atMs?: unknown; readonly note?: unknown };
    if (!EVENT_TYPES.includes(type as PlayerEventType)) {
      issues.push({
        path: ["type"],
        code: "invalid_value",
        message: `must be one of ${EVENT_TYPES.map((known) => JSON.stringify(known)).join(", ")}`,
      });
    }
    if (!isInstant(atMs)) issues.push(instantIssue(atMs, ["atMs"]));
    for (const key in event) {
      if (key === "type" || key === "atMs" || (key === "note" && (type === "pain" || note === undefined))) continue;
      issues.push(
        key === "note"
          ? { path: ["note"], code: "invalid_value", message: "only a pain event takes a note" }
          : { path: [key], code: "unrecognized_key", message: `unknown key ${JSON.stringify(key)}` },
      );
    }
    if (type === "pain" && note !== undefined) {
      if (typeof note !== "string") {
        issues.push({ path: ["note"], code: "invalid_type", message: "must be a text" });
      } else if (note.length > MAX_NOTE_LENGTH) {
        issues.push({ path: ["note"], code: "too_big", message: `must be at most ${MAX_NOTE_LENGTH} characters long` });
      }
    }
  }
  return new StretchKitError("invalid_event", issues, "Invalid player event");
}
