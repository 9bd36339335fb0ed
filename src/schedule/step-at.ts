import { StretchKitError } from "../errors.js";
import { refuseUnreadable } from "../internal/issues.js";
import type { Session, SessionStep, StepPosition } from "./types.js";

/**
 * Finds the step under an instant of a session, by binary search over the steps' starts (O(log n)).
 *
 * It does not check the whole session (it trusts one that `scheduleSession` built), only what it
 * reads, and imports no zod, so it stays small for a UI's animation frame. An instant may be fractional (e.g. from
 * `performance.now()`); it is measured from the session's start.
 *
 * @param session - A session from `scheduleSession`.
 * @param elapsedMs - Milliseconds since the session started: a finite number, 0 or more.
 * @returns The step with `elapsedInStepMs`, `remainingInStepMs` and the session's `progress`
 * (`elapsedMs / totalMs`, from 0 up to but excluding 1); `null` at or past `totalMs`.
 * @throws {@link StretchKitError} with code `invalid_event` and an issue at path `["elapsedMs"]`
 * when `elapsedMs` is negative, NaN, infinite or not a number; with code `invalid_session` when
 * `session` is not an object with a `steps` array and a numeric `totalMs` (a cheap check of the
 * shape, O(1)), when a step the search visits is not an object with a numeric `startMs` and
 * `durationMs` (an issue at `["steps", index]`; only the O(log n) visited steps are checked), or
 * when reading the session throws (a getter or a Proxy).
 * @example
 * const session = scheduleSession(backSpasmRoutine);
 * const position = stepAt(session, 25_000);
 * position?.step.kind; //=> "hold"
 * position?.elapsedInStepMs; //=> 10000
 * position?.remainingInStepMs; //=> 10000
 * stepAt(session, 970_000); //=> null
 */
export function stepAt(session: Session, elapsedMs: number): StepPosition | null {
  return refuseUnreadable("invalid_session", "Invalid session", () => {
    if (typeof elapsedMs !== "number" || !(elapsedMs >= 0) || elapsedMs === Number.POSITIVE_INFINITY) {
      throw new StretchKitError(
        "invalid_event",
        [
          {
            path: ["elapsedMs"],
            code: typeof elapsedMs === "number" && elapsedMs < 0 ? "too_small" : "invalid_type",
            message: "must be a finite number of milliseconds, 0 or more",
          },
        ],
        "Invalid instant",
      );
    }
    const steps: unknown = typeof session === "object" && session !== null ? session.steps : undefined;
    const totalMs: unknown = typeof session === "object" && session !== null ? session.totalMs : undefined;
    if (!Array.isArray(steps) || typeof totalMs !== "number") {
      throw new StretchKitError(
        "invalid_session",
        [{ path: [], code: "invalid_type", message: "must be a session from scheduleSession, with steps and totalMs" }],
        "Invalid session",
      );
    }
    if (elapsedMs >= totalMs || steps.length === 0) return null;
    // The last step that starts at or before the instant.
    let low = 0;
    let high = steps.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (visit(steps, middle).startMs <= elapsedMs) low = middle;
      else high = middle - 1;
    }
    const step = visit(steps, low);
    const elapsedInStepMs = elapsedMs - step.startMs;
    return {
      step,
      elapsedInStepMs,
      remainingInStepMs: step.durationMs - elapsedInStepMs,
      progress: elapsedMs / totalMs,
    };
  });
}

/**
 * Step `index` of a session, with the numbers the search reads checked: only the O(log n) steps it
 * visits are, so that a corrupt session is refused instead of failing deep inside.
 */
function visit(steps: readonly unknown[], index: number): SessionStep {
  const step = steps[index] as Partial<SessionStep> | null | undefined;
  if (
    typeof step !== "object" ||
    step === null ||
    typeof step.startMs !== "number" ||
    typeof step.durationMs !== "number"
  ) {
    throw new StretchKitError(
      "invalid_session",
      [{ path: ["steps", index], code: "invalid_type", message: "must be a step with a startMs and a durationMs" }],
      "Invalid session",
    );
  }
  return step as SessionStep;
}
