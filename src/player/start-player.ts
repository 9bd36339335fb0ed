import { StretchKitError } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import { isInstant } from "../internal/instant.js";
import { refuseUnreadable } from "../internal/issues.js";
import type { Session } from "../schedule/types.js";
import { instantIssue } from "./internal.js";
import type { PlayerState } from "./types.js";
import { sessionIssues } from "./validate-session.js";

/**
 * Starts playing a session at an instant of the caller's clock: the first step begins at `atMs`.
 *
 * The session is validated once here (steps tiling `[0, totalMs)` with whole positive durations,
 * holds that fit a session record) and copied into the state, frozen; every later state shares that
 * copy, so `advancePlayer` never validates or copies it again.
 *
 * @param session - A session from `scheduleSession` (or one of them through JSON).
 * @param atMs - The caller's clock at the start, in whole milliseconds (e.g. `Date.now()`).
 * @returns A running player on the session's first step.
 * @throws {@link StretchKitError} with code `invalid_session` listing the issues of the session (at
 * most 100 of them), also for a session of more than 50,000 cues, one holding data that JSON cannot
 * copy (e.g. a BigInt or a cycle) and one that throws when read (a getter or a Proxy); or
 * `invalid_event` when `atMs` is not a whole number of milliseconds >= 0.
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const state = startPlayer(session, 1_000);
 * state.status; //=> "running"
 * session.steps[state.stepIndex]?.kind; //=> "prepare"
 * JSON.parse(JSON.stringify(state)).stepStartedAtMs; //=> 1_000
 */
export function startPlayer(session: Session, atMs: number): PlayerState {
  return refuseUnreadable("invalid_session", "Invalid session", () => {
    const issues = sessionIssues(session);
    if (issues.length > 0) throw new StretchKitError("invalid_session", issues, "Invalid session");
    if (!isInstant(atMs))
      throw new StretchKitError("invalid_event", [instantIssue(atMs, ["atMs"])], "Invalid start time");
    let copy: Session;
    try {
      copy = deepFreeze(JSON.parse(JSON.stringify(session)) as Session) as Session;
    } catch {
      // A field the checks above do not read holds what JSON cannot (a BigInt, a cycle, a getter that throws).
      throw new StretchKitError(
        "invalid_session",
        [{ path: [], code: "invalid_value", message: "must be plain JSON data, as scheduleSession makes it" }],
        "Invalid session",
      );
    }
    return {
      version: 1,
      session: copy,
      status: "running",
      stepIndex: 0,
      startedAtMs: atMs,
      stepStartedAtMs: atMs,
      pausedInStepMs: 0,
      pausedAtMs: null,
      lastAtMs: atMs,
      endedAtMs: null,
      lastStepReached: copy.steps.length === 1,
      holds: [],
      pain: [],
    };
  });
}
