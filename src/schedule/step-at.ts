import { fail, failWith, refuseUnreadable, tooMany } from "../internal/issues.js";
import { MAX_SESSION_STEPS } from "../schema/bounds.js";
import type { Session, SessionStep } from "../schema/session.js";
import { isTimedStep } from "../schema/session-check.js";

/**
 * Where an instant falls in a {@link Session}: the step under it, how far into that step, and how
 * far into the whole session. What `stepAt` returns.
 *
 * @example
 * const position: StepPosition | null = stepAt(scheduleSession(backSpasmRoutine), 12_000);
 * position?.step.kind; //=> "stretch"
 * position?.elapsedInStepMs; //=> 2000
 * @category Schedule
 */
export interface StepPosition {
  /** The step under the instant. */
  readonly step: SessionStep;
  /** Milliseconds since the step started: `0 <= elapsedInStepMs < step.durationMs`. */
  readonly elapsedInStepMs: number;
  /** Milliseconds until the step ends: `step.durationMs - elapsedInStepMs`, above 0. */
  readonly remainingInStepMs: number;
  /** How far into the session, from 0 (its start) up to but excluding 1 (its end): `elapsedMs / totalMs`. */
  readonly progress: number;
}

/**
 * Finds the step under an instant of a session, by binary search over the steps' starts (O(log n)).
 *
 * It does not check the whole session (it trusts one that `scheduleSession` built), only what it
 * reads, and imports no zod, so it stays small for a UI's animation frame. An instant may be
 * fractional (e.g. from `performance.now()`); it is measured from the session's start.
 *
 * @param session - A session from `scheduleSession`.
 * @param elapsedMs - Milliseconds since the session started: a finite number, 0 or more.
 * @returns The step with `elapsedInStepMs`, `remainingInStepMs` and the session's `progress`
 * (`elapsedMs / totalMs`, from 0 up to but excluding 1); `null` at or past `totalMs`.
 * @throws {@link StretchKitError} with code `invalid_event` and an issue at path `["elapsedMs"]`
 * when `elapsedMs` is negative, NaN, infinite or not a number; with code `invalid_session` when
 * `session` is not an object with a `steps` array of at most 20,000 steps and a numeric `totalMs`
 * (a cheap check of the shape, O(1)), when a step the search visits has no numeric start or the
 * step found is not a step (an issue at `["steps", index]`), or when reading the session
 * throws (a getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const position = stepAt(session, 25_000);
 * position?.step.kind; //=> "hold"
 * position?.elapsedInStepMs; //=> 10000
 * position?.remainingInStepMs; //=> 10000
 * stepAt(session, 970_000); //=> null
 * @category Schedule
 */
export function stepAt(session: Session, elapsedMs: number): StepPosition | null {
  return refuseUnreadable("invalid_session", "Invalid session", () => {
    if (typeof elapsedMs !== "number" || !(elapsedMs >= 0) || elapsedMs === Number.POSITIVE_INFINITY) {
      const code = typeof elapsedMs === "number" && elapsedMs < 0 ? "too_small" : "invalid_type";
      failWith(
        "invalid_event",
        "Invalid instant",
        ["elapsedMs"],
        code,
        "must be a finite number of milliseconds, 0 or more",
      );
    }
    const { steps, totalMs } = (typeof session === "object" && session !== null ? session : {}) as Partial<Session>;
    if (!Array.isArray(steps) || typeof totalMs !== "number") {
      const message = "must be a session from scheduleSession, with steps and totalMs";
      failWith("invalid_session", "Invalid session", [], "invalid_type", message);
    }
    if (steps.length > MAX_SESSION_STEPS)
      fail("invalid_session", [tooMany(["steps"], MAX_SESSION_STEPS)], "Invalid session");
    if (elapsedMs >= totalMs || steps.length === 0) return null;
    // The last step that starts at or before the instant: each visited step's start is read once;
    // the step found is checked in full before it is used.
    let low = 0;
    let high = steps.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (startOf(steps[middle], middle) <= elapsedMs) low = middle;
      else high = middle - 1;
    }
    const step = steps[low];
    if (!isTimedStep(step)) return refuseStep(low);
    const elapsedInStepMs = elapsedMs - step.startMs;
    return {
      step,
      elapsedInStepMs,
      remainingInStepMs: step.durationMs - elapsedInStepMs,
      progress: elapsedMs / totalMs,
    };
  });
}

/** The start of a step the search visits, or refused when it has none. */
function startOf(step: unknown, index: number): number {
  const startMs = typeof step === "object" && step !== null ? (step as { startMs?: unknown }).startMs : undefined;
  return typeof startMs === "number" ? startMs : refuseStep(index);
}

function refuseStep(index: number): never {
  return failWith(
    "invalid_session",
    "Invalid session",
    ["steps", index],
    "invalid_type",
    "must be a step of the session",
  );
}
