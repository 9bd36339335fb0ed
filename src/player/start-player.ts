import { deepFreeze } from "../internal/freeze.js";
import { fail, issue, type Parsed, refuseUnreadable, tooMany } from "../internal/issues.js";
import { MAX_SESSION_CUES, MAX_SESSION_STEPS } from "../schema/bounds.js";
import { isInstant } from "../schema/common.js";
import type { Session } from "../schema/session.js";
import { sessionIssues } from "../schema/session-check.js";
import { instantIssue, makeState } from "./state.js";
import type { PlayerState } from "./types.js";

/** A copy of a session as plain frozen JSON, its lists bounded before they are read; or the issue why not. */
function copyOf(session: unknown): Parsed<unknown> {
  const { steps, cues } = (typeof session === "object" && session !== null ? session : {}) as Partial<Session>;
  for (const [key, list, max] of [
    ["steps", steps, MAX_SESSION_STEPS],
    ["cues", cues, MAX_SESSION_CUES],
  ] as const) {
    if (Array.isArray(list) && list.length > max) {
      return { ok: false, issues: [tooMany([key], max)] };
    }
  }
  try {
    return { ok: true, value: deepFreeze(JSON.parse(JSON.stringify(session)) as unknown) };
  } catch {
    return {
      ok: false,
      issues: [issue([], "invalid_value", "must be plain JSON data, as scheduleSession makes it")],
    };
  }
}

/**
 * Starts playing a session at an instant of the caller's clock: the first step begins at `atMs`.
 *
 * The session is copied once into frozen plain data and the copy is checked in full, against the
 * same definition as `SessionSchema` (without zod): steps tiling `[0, totalMs)` with whole positive
 * durations, valid messages, holds that fit a session record. Every later state shares that copy,
 * so `advancePlayer` never copies or checks it again.
 *
 * @param session - A session from `scheduleSession` (or one of them through JSON).
 * @param atMs - The caller's clock at the start, in whole milliseconds (e.g. `Date.now()`).
 * @returns A running player on the session's first step, deeply frozen.
 * @throws {@link StretchKitError} with code `invalid_session` listing the issues of the session (at
 * most 100 of them), also for a session of more than 20,000 steps or 50,000 cues (refused before
 * any is read), one holding data that JSON cannot copy (e.g. a BigInt or a cycle) and one that
 * throws when read (a getter or a Proxy); or `invalid_event` when `atMs` is not a whole number of
 * milliseconds >= 0.
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const state = startPlayer(session, 1_000);
 * state.status; //=> "running"
 * session.steps[state.stepIndex]?.kind; //=> "prepare"
 * JSON.parse(JSON.stringify(state)).stepStartedAtMs; //=> 1_000
 * @category Player
 */
export function startPlayer(session: Session, atMs: number): PlayerState {
  return refuseUnreadable("invalid_session", "Invalid session", () => {
    const copy = copyOf(session);
    const issues = copy.ok ? sessionIssues(copy.value) : copy.issues;
    if (!copy.ok || issues.length > 0) return fail("invalid_session", issues, "Invalid session");
    if (!isInstant(atMs)) fail("invalid_event", [instantIssue(atMs, ["atMs"])], "Invalid start time");
    return makeState({
      version: 1,
      session: copy.value as Session,
      status: "running",
      stepIndex: 0,
      startedAtMs: atMs,
      stepStartedAtMs: atMs,
      pausedInStepMs: 0,
      pausedAtMs: null,
      lastAtMs: atMs,
      endedAtMs: null,
      lastStepReached: (copy.value as Session).steps.length === 1,
      holds: Object.freeze([]),
      pain: Object.freeze([]),
    });
  });
}
