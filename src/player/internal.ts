/*
 * The player's working parts, shared by its public functions and not exported from the package.
 *
 * Every public function copies the state it is given into a fresh "draft" (a shallow copy that
 * shares the session and, until a hold is appended, the holds array), changes only the draft and
 * returns it: the input is never touched, and a throw leaves nothing half done.
 */
import { StretchKitError, type StretchKitIssue } from "../errors.js";
import { isInstant } from "../internal/instant.js";
import type { Cue, SessionStep } from "../schedule/types.js";
import type { PainReport } from "../schema/session-record.js";
import type { PlayerHold, PlayerState, PlayerStatus } from "./types.js";

/** A player state being built: the fields of {@link PlayerState}, writable, and the holds left since the copy. */
export type Draft = { -readonly [K in keyof PlayerState]: PlayerState[K] } & { readonly added: PlayerHold[] };

/** The longest pain note, in characters. */
export const MAX_NOTE_LENGTH = 1000;

/** The issue of a value that is not an instant, at `path`. */
export function instantIssue(value: unknown, path: readonly (string | number)[]): StretchKitIssue {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return {
      path,
      code: "invalid_type",
      message: `must be a finite number of milliseconds, got ${typeof value === "number" ? String(value) : typeof value}`,
    };
  }
  if (!Number.isInteger(value)) {
    return { path, code: "not_integer", message: "must be a whole number of milliseconds (e.g. Math.round(now))" };
  }
  return value < 0
    ? { path, code: "too_small", message: "must be at least 0" }
    : { path, code: "too_big", message: "must be at most Number.MAX_SAFE_INTEGER" };
}

const STATUSES: readonly PlayerStatus[] = ["running", "paused", "finished"];

/** Whether a value has what the player computes with: a step object with a numeric start and duration. */
function isTimedStep(value: unknown): value is SessionStep {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as SessionStep).startMs === "number" &&
    typeof (value as SessionStep).durationMs === "number"
  );
}

/**
 * The issues of a value that should be a player state, or `[]`. Cheap: it reads the state's own
 * fields and the current step, never the whole session (`startPlayer` validated that).
 */
export function stateIssues(value: unknown): StretchKitIssue[] {
  if (typeof value !== "object" || value === null) {
    return [{ path: [], code: "invalid_type", message: "must be a player state from startPlayer" }];
  }
  const state = value as Record<string, unknown>;
  const issues: StretchKitIssue[] = [];
  const bad = (key: string, message: string): void => {
    issues.push({ path: [key], code: "invalid_value", message });
  };
  if (state["version"] !== 1) bad("version", "must be 1: this is not a player state from startPlayer");
  const session = state["session"] as Record<string, unknown> | null | undefined;
  const steps =
    typeof session === "object" && session !== null && Array.isArray(session["steps"])
      ? (session["steps"] as readonly unknown[])
      : undefined;
  if (steps === undefined || steps.length === 0 || typeof session?.["totalMs"] !== "number") {
    bad("session", "must be the session the player was started with");
  }
  const status = state["status"] as PlayerStatus;
  if (!STATUSES.includes(status)) bad("status", 'must be "running", "paused" or "finished"');
  const stepIndex = state["stepIndex"];
  const stepCount = steps?.length ?? 0;
  const limit = status === "finished" ? stepCount : stepCount - 1;
  if (!Number.isSafeInteger(stepIndex) || (stepIndex as number) < 0 || (stepIndex as number) > limit) {
    bad("stepIndex", `must be a step index within 0 to ${limit}`);
  } else if ((stepIndex as number) < stepCount && !isTimedStep(steps?.[stepIndex as number])) {
    bad("session", `step ${String(stepIndex)} must be a step of the session`);
  }
  for (const key of ["startedAtMs", "stepStartedAtMs", "pausedInStepMs", "lastAtMs"]) {
    if (!isInstant(state[key])) issues.push(instantIssue(state[key], [key]));
  }
  if (status === "paused" ? !isInstant(state["pausedAtMs"]) : state["pausedAtMs"] !== null) {
    bad("pausedAtMs", status === "paused" ? "must be the instant the pause began" : "must be null when not paused");
  }
  if (status === "finished" ? !isInstant(state["endedAtMs"]) : state["endedAtMs"] !== null) {
    bad("endedAtMs", status === "finished" ? "must be the instant the session ended" : "must be null until finished");
  }
  if (typeof state["lastStepReached"] !== "boolean") bad("lastStepReached", "must be a boolean");
  if (!Array.isArray(state["holds"])) bad("holds", "must be an array");
  if (!Array.isArray(state["pain"])) bad("pain", "must be an array");
  return issues;
}

/** Whether a value passes {@link stateIssues}, without building issues: the per-tick check. */
export function isPlayerState(value: unknown): value is PlayerState {
  if (typeof value !== "object" || value === null) return false;
  const state = value as PlayerState;
  const steps = (state.session as { steps?: unknown } | null | undefined)?.steps as readonly SessionStep[] | undefined;
  if (state.version !== 1 || !Array.isArray(steps)) return false;
  const { status, stepIndex } = state;
  // The index first: an object there would throw when compared or used as a key.
  if (!Number.isSafeInteger(stepIndex) || stepIndex < 0 || typeof state.session.totalMs !== "number") return false;
  if (status === "finished") {
    if (!isInstant(state.endedAtMs) || state.pausedAtMs !== null || stepIndex > steps.length) return false;
  } else {
    if (state.endedAtMs !== null || (status === "paused" ? !isInstant(state.pausedAtMs) : status !== "running")) {
      return false;
    }
    if (status === "running" && state.pausedAtMs !== null) return false;
    if (stepIndex >= steps.length) return false;
  }
  // The current step (none past the last one, once finished); later ones are checked when reached.
  if (stepIndex < steps.length && !isTimedStep(steps[stepIndex])) return false;
  return (
    steps.length > 0 &&
    isInstant(state.startedAtMs) &&
    isInstant(state.stepStartedAtMs) &&
    isInstant(state.pausedInStepMs) &&
    isInstant(state.lastAtMs) &&
    typeof state.lastStepReached === "boolean" &&
    Array.isArray(state.holds) &&
    Array.isArray(state.pain)
  );
}

/** Throws `invalid_state` unless the value is a player state. */
export function assertPlayerState(value: unknown): asserts value is PlayerState {
  if (!isPlayerState(value)) {
    const issues = stateIssues(value);
    throw new StretchKitError(
      "invalid_state",
      issues.length > 0 ? issues : [{ path: [], code: "invalid_value", message: "is not a consistent player state" }],
      "Not a player state",
    );
  }
}

/** A shallow, writable copy of a state. */
export function draftOf(state: PlayerState): Draft {
  return {
    version: state.version,
    session: state.session,
    status: state.status,
    stepIndex: state.stepIndex,
    startedAtMs: state.startedAtMs,
    stepStartedAtMs: state.stepStartedAtMs,
    pausedInStepMs: state.pausedInStepMs,
    pausedAtMs: state.pausedAtMs,
    lastAtMs: state.lastAtMs,
    endedAtMs: state.endedAtMs,
    lastStepReached: state.lastStepReached,
    holds: state.holds,
    pain: state.pain,
    added: [],
  };
}

/** The state a draft stands for: always the same fields in the same order, so that states stay alike. */
export function settle(draft: Draft): PlayerState {
  return {
    version: 1,
    session: draft.session,
    status: draft.status,
    stepIndex: draft.stepIndex,
    startedAtMs: draft.startedAtMs,
    stepStartedAtMs: draft.stepStartedAtMs,
    pausedInStepMs: draft.pausedInStepMs,
    pausedAtMs: draft.pausedAtMs,
    lastAtMs: draft.lastAtMs,
    endedAtMs: draft.endedAtMs,
    lastStepReached: draft.lastStepReached,
    holds: draft.added.length === 0 ? draft.holds : draft.holds.concat(draft.added),
    pain: draft.pain,
  };
}

/** The step at an index that the state checks vouched for. */
export function stepOf(draft: PlayerState, index: number): SessionStep {
  const step = draft.session.steps[index];
  if (!isTimedStep(step)) {
    throw new StretchKitError(
      "invalid_state",
      [{ path: ["session", "steps", index], code: "invalid_value", message: "must be a step of the session" }],
      "Not a player state",
    );
  }
  return step;
}

/** The time spent in the current step, paused time excluded, as of `atMs`, capped at the step. */
export function elapsedInStep(state: PlayerState, step: SessionStep, atMs: number): number {
  const until = state.pausedAtMs ?? atMs;
  const elapsed = until - state.stepStartedAtMs - state.pausedInStepMs;
  return Math.max(0, Math.min(elapsed, step.durationMs));
}

/** Records the hold of the current step, if it is one, as held for `achievedMs`. */
export function leaveHold(draft: Draft, step: SessionStep, achievedMs: number, cutShort: boolean): void {
  if (step.kind === "hold") {
    draft.added.push({ stepIndex: draft.stepIndex, achievedMs, skipped: cutShort && achievedMs < step.durationMs });
  }
}

/** Ends the session at `atMs`, folding a pause in progress into the current step's paused time. */
export function finish(draft: Draft, atMs: number): void {
  if (draft.pausedAtMs !== null) {
    draft.pausedInStepMs += atMs - draft.pausedAtMs;
    draft.pausedAtMs = null;
  }
  draft.status = "finished";
  draft.endedAtMs = atMs;
}

/** Makes step `index` current from `atMs` (finishing past the last step); a pause goes on. */
export function enterStep(draft: Draft, index: number, atMs: number): void {
  const last = draft.session.steps.length - 1;
  draft.stepIndex = index;
  draft.stepStartedAtMs = atMs;
  draft.pausedInStepMs = 0;
  if (draft.pausedAtMs !== null) draft.pausedAtMs = atMs;
  if (index === last) draft.lastStepReached = true;
  if (index > last) finish(draft, atMs);
}

/** Lets time run to `atMs`: every step whose end has passed ends, its hold achieved in full. */
export function elapse(draft: Draft, atMs: number): void {
  if (draft.status !== "running") return;
  const steps = draft.session.steps;
  while (draft.stepIndex < steps.length) {
    const step = stepOf(draft, draft.stepIndex);
    const endsAtMs = draft.stepStartedAtMs + draft.pausedInStepMs + step.durationMs;
    if (!(atMs >= endsAtMs)) return;
    leaveHold(draft, step, step.durationMs, false);
    enterStep(draft, draft.stepIndex + 1, endsAtMs);
  }
}

/**
 * The index of the first step of the stretch after the one step `index` belongs to, or
 * `steps.length`. A stretch starts at a `prepare` step, at a step the session's `prepare` cue points
 * to (the stretch's first step when `prepare` steps are left out) or where the stretch id changes.
 */
export function nextStretchIndex(session: PlayerState["session"], index: number): number {
  const { steps, cues } = session;
  const stretchId = steps[index]?.stretchId;
  let starts: Set<number> | undefined;
  for (let next = index + 1; next < steps.length; next++) {
    const step = steps[next];
    // A step that is not one (a state read back from storage) starts a stretch: it is refused when reached.
    if (typeof step !== "object" || step === null || step.kind === "prepare" || step.stretchId !== stretchId) {
      return next;
    }
    starts ??= new Set(
      (Array.isArray(cues) ? cues : [])
        .filter((cue: Cue | null | undefined) => cue?.kind === "prepare")
        .map((cue: Cue) => cue.stepIndex),
    );
    if (starts.has(next)) return next;
  }
  return steps.length;
}

/** Ends the current stretch at `atMs`: its hold so far, its remaining holds skipped, then the next stretch. */
export function leaveStretch(draft: Draft, atMs: number): void {
  const steps = draft.session.steps;
  const current = stepOf(draft, draft.stepIndex);
  leaveHold(draft, current, elapsedInStep(draft, current, atMs), true);
  const target = nextStretchIndex(draft.session, draft.stepIndex);
  for (let index = draft.stepIndex + 1; index < target; index++) {
    if (steps[index]?.kind === "hold") draft.added.push({ stepIndex: index, achievedMs: 0, skipped: true });
  }
  enterStep(draft, target, atMs);
}

/** The pain report for the current step at `atMs`. */
export function painReport(step: SessionStep, atMs: number, note: string | undefined): PainReport {
  return note === undefined
    ? { stretchId: step.stretchId, side: step.side, atMs }
    : { stretchId: step.stretchId, side: step.side, atMs, note };
}
