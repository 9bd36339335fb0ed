import { refuseUnreadable } from "../internal/issues.js";
import { elapsedInStep, readState } from "./state.js";
import type { PlayerProgress, PlayerState } from "./types.js";

/**
 * Where a player stands, as of its last event: the current step, the time spent in it and left
 * (paused time excluded) and the position in the whole session. A UI ticks the player to its clock,
 * then draws from this: the step's text, a countdown from `remainingInStepMs`, a progress bar from
 * `progress`.
 *
 * @param state - A player state.
 * @returns The step, its elapsed and remaining time, and the session's position and progress.
 * @throws {@link StretchKitError} with code `invalid_state` for a `state` that is not a player state,
 * or that throws when read (a getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * let state = startPlayer(session, 0);
 * state = advancePlayer(state, { type: "tick", atMs: 1_500 });
 * const now = playerProgress(state);
 * now.step?.kind; //=> "prepare"
 * now.elapsedInStepMs; //=> 1_500
 * now.elapsedInStepMs + now.remainingInStepMs === now.step?.durationMs; //=> true
 * now.positionMs; //=> 1_500
 * @category Player
 */
export function playerProgress(state: PlayerState): PlayerProgress {
  return refuseUnreadable("invalid_state", "Not a player state", () => {
    const draft = readState(state);
    const { session, stepIndex, status } = draft;
    const step = session.steps[stepIndex];
    // Past the last step (finished), no step: the whole session is behind.
    const elapsedInStepMs = step === undefined ? 0 : elapsedInStep(draft, step, draft.endedAtMs ?? draft.lastAtMs);
    const positionMs = step === undefined ? session.totalMs : step.startMs + elapsedInStepMs;
    return {
      status,
      step: step ?? null,
      stepIndex,
      elapsedInStepMs,
      remainingInStepMs: step === undefined ? 0 : step.durationMs - elapsedInStepMs,
      positionMs,
      progress: step === undefined ? 1 : positionMs / session.totalMs,
    };
  });
}
