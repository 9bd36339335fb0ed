/*
 * The player's working parts: the one check of a state, the one constructor of a state, and the
 * moves of time. Every public function reads the state it is given once, into a writable draft,
 * changes only the draft and makes a new frozen state of it: the input is never touched, and a
 * throw leaves nothing half done.
 */
import type { StretchKitIssue } from "../errors.js";
import { deepFreeze } from "../internal/freeze.js";
import { fail, failWith, issue, tooMany } from "../internal/issues.js";
import { MAX_ISSUES, MAX_RECORD_ENTRIES, MAX_SESSION_CUES, MAX_SESSION_STEPS, MAX_STEP_MS } from "../schema/bounds.js";
import { isInstant, isIntIn } from "../schema/common.js";
import type { Session, SessionStep } from "../schema/session.js";
import { isTimedStep, sessionIssues } from "../schema/session-check.js";
import { isPainReport, type PainReport } from "../schema/session-record.js";
import type { PlayerHold, PlayerState } from "./types.js";

/** A state being made: the fields of {@link PlayerState}, writable. */
export type Draft = { -readonly [K in keyof PlayerState]: PlayerState[K] };

/** The issue of a value that is not an instant, at `path`. */
export function instantIssue(value: unknown, path: readonly (string | number)[]): StretchKitIssue {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const got = typeof value === "number" ? String(value) : typeof value;
    return issue(path, "invalid_type", `must be a finite number of milliseconds, got ${got}`);
  }
  if (!Number.isInteger(value))
    return issue(path, "not_integer", "must be a whole number of milliseconds (e.g. Math.round(now))");
  return value < 0
    ? issue(path, "too_small", "must be at least 0")
    : issue(path, "too_big", "must be at most Number.MAX_SAFE_INTEGER");
}

const STATUSES: readonly unknown[] = ["running", "paused", "finished"];

const bad = (key: string, message: string): StretchKitIssue => issue([key], "invalid_value", message);

/** A state's session's steps, when its lists are within bounds: checked in O(1), before any step is read. */
function stepsOf(session: unknown): readonly unknown[] | undefined {
  if (typeof session !== "object" || session === null) return undefined;
  const { steps, cues, totalMs } = session as Partial<Record<keyof Session, unknown>>;
  const bounded = Array.isArray(steps) && steps.length > 0 && steps.length <= MAX_SESSION_STEPS;
  return bounded && Array.isArray(cues) && cues.length <= MAX_SESSION_CUES && typeof totalMs === "number"
    ? steps
    : undefined;
}

/** The issues of a list of a state: an array of at most 4,000 entries. */
function listIssue(key: "holds" | "pain", list: unknown): StretchKitIssue | null {
  if (!Array.isArray(list)) return bad(key, "must be an array");
  return list.length > MAX_RECORD_ENTRIES ? tooMany([key], MAX_RECORD_ENTRIES) : null;
}

/** Every issue of a draft's own fields, the lengths of its lists and its current step, in O(1). */
function stateIssues(draft: Draft): StretchKitIssue[] {
  const steps = stepsOf(draft.session);
  const listed = (draft.session as { readonly steps?: unknown } | null | undefined)?.steps;
  const count = Array.isArray(listed) ? listed.length : 0;
  const { status, stepIndex } = draft;
  const issues: StretchKitIssue[] = [];
  if (draft.version !== 1)
    issues.push(bad("version", "must be 1: this is not a player state of this version of stretchkit"));
  if (steps === undefined) issues.push(bad("session", "must be the session the player was started with"));
  if (!STATUSES.includes(status)) issues.push(bad("status", 'must be "running", "paused" or "finished"'));
  const last = status === "finished" ? count : count - 1;
  if (!Number.isSafeInteger(stepIndex) || stepIndex < 0 || stepIndex > last) {
    issues.push(bad("stepIndex", `must be a step index within 0 to ${last}`));
  } else if (steps !== undefined && stepIndex < count && !isTimedStep(steps[stepIndex])) {
    issues.push(bad("session", `step ${stepIndex} must be a step of the session`));
  }
  for (const key of ["startedAtMs", "stepStartedAtMs", "pausedInStepMs", "lastAtMs"] as const) {
    if (!isInstant(draft[key])) issues.push(instantIssue(draft[key], [key]));
  }
  const paused = status === "paused";
  if (paused ? !isInstant(draft.pausedAtMs) : draft.pausedAtMs !== null) {
    issues.push(bad("pausedAtMs", paused ? "must be the instant the pause began" : "must be null when not paused"));
  }
  const finished = status === "finished";
  if (finished ? !isInstant(draft.endedAtMs) : draft.endedAtMs !== null) {
    issues.push(bad("endedAtMs", finished ? "must be the instant the session ended" : "must be null until finished"));
  }
  if (typeof draft.lastStepReached !== "boolean") issues.push(bad("lastStepReached", "must be a boolean"));
  for (const key of ["holds", "pain"] as const) {
    const issue = listIssue(key, draft[key]);
    if (issue !== null) issues.push(issue);
  }
  return issues;
}

/** Throws `invalid_state` with every issue of a draft (or of a value that is no object at all). */
function checkDraft(draft: Draft | undefined): asserts draft is Draft {
  const issues =
    draft === undefined ? [issue([], "invalid_type", "must be a player state from startPlayer")] : stateIssues(draft);
  if (issues.length > 0) fail("invalid_state", issues, "Not a player state");
}

/**
 * Reads a value that should be a player state once, into a draft, and checks it: the state's own
 * fields, the lengths of its lists and its current step, in O(1). A state that is not frozen
 * throughout (one read back from storage) is copied once into frozen data of its own, and the copy
 * is checked in full, its session included. Throws `invalid_state` with every issue.
 */
export function readState(value: unknown): Draft {
  const draft = readFields(value);
  checkDraft(draft);
  const { session, holds, pain } = draft;
  if (Object.isFrozen(session) && Object.isFrozen(session.steps) && Object.isFrozen(holds) && Object.isFrozen(pain))
    return draft;
  let copy: Pick<Draft, "session" | "holds" | "pain">;
  try {
    copy = deepFreeze(JSON.parse(JSON.stringify({ session, holds, pain })));
  } catch {
    const message = "must be plain JSON data, as the player makes it";
    return failWith("invalid_state", "Not a player state", [], "invalid_value", message);
  }
  const adopted = { ...draft, ...copy };
  checkDraft(adopted);
  const sessionProblems = sessionIssues(adopted.session).map((issue) => ({
    ...issue,
    path: ["session", ...issue.path],
  }));
  const issues = sessionProblems.length > 0 ? sessionProblems : entryIssues(adopted);
  return issues.length > 0 ? fail("invalid_state", issues, "Not a player state") : adopted;
}

/** The keys of a hold of a player state (not those of a record's hold). */
const PLAYER_HOLD_KEYS: readonly string[] = ["stepIndex", "achievedMs", "skipped"];

/** The entries of a copied state's lists that are not a hold of one of its steps or a pain report, each with its path. */
function entryIssues(draft: Draft): StretchKitIssue[] {
  const issues: StretchKitIssue[] = [];
  const last = draft.session.steps.length - 1;
  draft.holds.forEach((hold: unknown, i) => {
    const { stepIndex, achievedMs, skipped } = (hold ?? {}) as Partial<Record<string, unknown>>;
    const plain =
      typeof hold === "object" && hold !== null && Object.keys(hold).every((key) => PLAYER_HOLD_KEYS.includes(key));
    if (!plain || !isIntIn(stepIndex, 0, last) || !isIntIn(achievedMs, 0, MAX_STEP_MS) || typeof skipped !== "boolean")
      issues.push(issue(["holds", i], "invalid_value", "must be a hold the player recorded"));
  });
  draft.pain.forEach((report: unknown, i) => {
    if (!isPainReport(report)) issues.push(issue(["pain", i], "invalid_value", "must be a pain report"));
  });
  return issues.slice(0, MAX_ISSUES);
}

/** Each field of a value that should be a state, read once, in order. */
function readFields(value: unknown): Draft | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const state = value as PlayerState;
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
  };
}

/**
 * The one constructor of a state: a frozen object of the draft's fields, always in the same order.
 * Written out, as `readFields` is: with a loop over a key list there and a spread here, a whole
 * session of ticks took about four times as long (`npm run bench`: 100 ms against 26 ms).
 */
export function makeState(draft: Draft): PlayerState {
  return Object.freeze({
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
    holds: draft.holds,
    pain: draft.pain,
  });
}

/** The step at an index that the state check vouched for, or refused when reached and not a step. */
export function stepOf(draft: Draft, index: number): SessionStep {
  const step = draft.session.steps[index];
  if (isTimedStep(step)) return step;
  return failWith(
    "invalid_state",
    "Not a player state",
    ["session", "steps", index],
    "invalid_value",
    "must be a step of the session",
  );
}

/** The time spent in the current step, paused time excluded, as of `atMs`, capped at the step. */
export function elapsedInStep(draft: Draft, step: SessionStep, atMs: number): number {
  const elapsed = (draft.pausedAtMs ?? atMs) - draft.stepStartedAtMs - draft.pausedInStepMs;
  return Math.max(0, Math.min(elapsed, step.durationMs));
}

/** Appends entries to one of a draft's lists, as a new frozen list. */
function append<T>(list: readonly T[], ...entries: T[]): readonly T[] {
  return Object.freeze([...list, ...entries.map((entry) => Object.freeze(entry))]);
}

/** Records the hold of the current step, if it is one, as held for `achievedMs`. */
export function leaveHold(draft: Draft, step: SessionStep, achievedMs: number, cutShort: boolean): void {
  if (step.kind !== "hold") return;
  const hold: PlayerHold = {
    stepIndex: draft.stepIndex,
    achievedMs,
    skipped: cutShort && achievedMs < step.durationMs,
  };
  draft.holds = append(draft.holds, hold);
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
  while (draft.status === "running" && draft.stepIndex < draft.session.steps.length) {
    const step = stepOf(draft, draft.stepIndex);
    const endsAtMs = draft.stepStartedAtMs + draft.pausedInStepMs + step.durationMs;
    if (atMs < endsAtMs) return;
    leaveHold(draft, step, step.durationMs, false);
    enterStep(draft, draft.stepIndex + 1, endsAtMs);
  }
}

/**
 * The index of the first step of the stretch after the one step `index` belongs to, or
 * `steps.length`. A stretch starts at a `prepare` step, at a step the session's `prepare` cue points
 * to (the stretch's first step when `prepare` steps are left out) or where the stretch id changes.
 */
function nextStretchIndex(session: Session, index: number): number {
  const { steps, cues } = session;
  const stretchId = steps[index]?.stretchId;
  const starts = new Set(cues.filter((cue) => cue?.kind === "prepare").map((cue) => cue.stepIndex));
  for (let next = index + 1; next < steps.length; next++) {
    const step = steps[next];
    // A step that is not one (in a frozen session made by hand) starts a stretch: it is refused when reached.
    if (
      typeof step !== "object" ||
      step === null ||
      step.kind === "prepare" ||
      step.stretchId !== stretchId ||
      starts.has(next)
    ) {
      return next;
    }
  }
  return steps.length;
}

/** Ends the current stretch at `atMs`: its hold so far, its remaining holds skipped, then the next stretch. */
export function leaveStretch(draft: Draft, atMs: number): void {
  const current = stepOf(draft, draft.stepIndex);
  leaveHold(draft, current, elapsedInStep(draft, current, atMs), true);
  const target = nextStretchIndex(draft.session, draft.stepIndex);
  const skipped: PlayerHold[] = [];
  for (let index = draft.stepIndex + 1; index < target; index++) {
    if (draft.session.steps[index]?.kind === "hold") skipped.push({ stepIndex: index, achievedMs: 0, skipped: true });
  }
  if (skipped.length > 0) draft.holds = append(draft.holds, ...skipped);
  enterStep(draft, target, atMs);
}

/**
 * Records a pain report for the stretch and side of `step`; during a `switch-side` step, for the
 * side just done.
 */
export function recordPain(
  draft: Draft,
  step: SessionStep,
  atMs: number,
  note: string | undefined,
  score: number | undefined,
): void {
  const side =
    step.kind === "switch-side" && step.side !== null ? (step.side === "left" ? "right" : "left") : step.side;
  const report: PainReport = {
    stretchId: step.stretchId,
    side,
    atMs,
    ...(score === undefined ? {} : { score }),
    ...(note === undefined ? {} : { note }),
  };
  draft.pain = append(draft.pain, report);
}
