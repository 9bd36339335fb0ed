import type { StretchKitIssue } from "../errors.js";
import { MAX_HOLD_MS, MAX_REPETITIONS, SLUG_PATTERN } from "../schema/common.js";
import { MAX_RECORD_ENTRIES } from "../schema/session-record.js";

/**
 * The most steps a session from `scheduleSession` can have (100 items, each a prepare step, 2 sides
 * of 20 repetitions of 4 steps and a switch: 16,200), rounded up: a longer one is refused before
 * any per-step work, so that a huge input costs nothing.
 */
export const MAX_SESSION_STEPS = 20_000;

/**
 * More cues than a session from `scheduleSession` can have (at most one countdown cue a second in
 * 4 hours, a halfway cue for each of at most 4,000 holds, 3 cues per item): a longer list is
 * refused at once, for the same reason.
 */
export const MAX_SESSION_CUES = 50_000;

/** The most issues listed: past them, a corrupt session costs no more work. */
const MAX_ISSUES = 100;

/** The longest session `scheduleSession` makes: 4 hours. */
const MAX_SESSION_TOTAL_MS = 14_400_000;

const STEP_KINDS = ["prepare", "stretch", "hold", "release", "rest", "switch-side"];

type Path = readonly (string | number)[];

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length <= 64 && SLUG_PATTERN.test(value);
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/**
 * The issues of a value that should be a session from `scheduleSession`, or `[]`: what the player
 * and the record rely on. Steps must tile `[0, totalMs)`, with whole, positive durations; holds
 * must fit a session record (at most 600 s each, at most {@link MAX_RECORD_ENTRIES} of them).
 */
export function sessionIssues(value: unknown): StretchKitIssue[] {
  if (typeof value !== "object" || value === null) {
    return [{ path: [], code: "invalid_type", message: "must be a session from scheduleSession" }];
  }
  const session = value as Record<string, unknown>;
  const issues: StretchKitIssue[] = [];
  const add = (path: Path, code: StretchKitIssue["code"], message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, code, message });
  };
  if (!isId(session["routineId"])) add(["routineId"], "invalid_format", "must be a routine id in kebab-case");
  const totalMs = session["totalMs"];
  if (!isWhole(totalMs, 1, MAX_SESSION_TOTAL_MS))
    add(["totalMs"], "invalid_value", "must be a whole number of milliseconds above 0, at most 4 hours");
  const steps = session["steps"];
  if (!Array.isArray(steps)) {
    add(["steps"], "invalid_type", "must be an array of steps");
  } else if (steps.length === 0) {
    add(["steps"], "empty", "must have at least one step");
  } else if (steps.length > MAX_SESSION_STEPS) {
    add(["steps"], "too_big", `must have at most ${MAX_SESSION_STEPS} steps`);
  } else {
    let endMs = 0;
    let holds = 0;
    steps.forEach((raw: unknown, index: number) => {
      if (issues.length >= MAX_ISSUES) return;
      const path: Path = ["steps", index];
      if (typeof raw !== "object" || raw === null) {
        add(path, "invalid_type", "must be a step object");
        endMs = Number.NaN;
        return;
      }
      const step = raw as Record<string, unknown>;
      const kind = step["kind"];
      if (step["index"] !== index) add([...path, "index"], "invalid_value", `must be ${index}`);
      if (typeof kind !== "string" || !STEP_KINDS.includes(kind)) {
        add([...path, "kind"], "invalid_value", `must be one of ${STEP_KINDS.join(", ")}`);
      }
      if (!isId(step["stretchId"])) add([...path, "stretchId"], "invalid_format", "must be a stretch id in kebab-case");
      const side = step["side"];
      if (side !== null && side !== "left" && side !== "right") {
        add([...path, "side"], "invalid_value", 'must be "left", "right" or null');
      }
      if (!isWhole(step["repetition"], kind === "hold" ? 1 : 0, MAX_REPETITIONS)) {
        add([...path, "repetition"], "invalid_value", `must be a whole number up to ${MAX_REPETITIONS}`);
      }
      if (!isWhole(step["repetitions"], 1, MAX_REPETITIONS)) {
        add([...path, "repetitions"], "invalid_value", `must be a whole number within 1 to ${MAX_REPETITIONS}`);
      }
      if (step["startMs"] !== endMs) add([...path, "startMs"], "invalid_value", "must be the end of the step before");
      const durationMs = step["durationMs"];
      if (!isWhole(durationMs, 1, kind === "hold" ? MAX_HOLD_MS : Number.MAX_SAFE_INTEGER)) {
        add(
          [...path, "durationMs"],
          "invalid_value",
          kind === "hold" ? `must be a whole number within 1 to ${MAX_HOLD_MS}` : "must be a whole number above 0",
        );
        endMs = Number.NaN;
      } else {
        endMs += durationMs;
      }
      if (typeof step["endsOnUser"] !== "boolean") add([...path, "endsOnUser"], "invalid_type", "must be a boolean");
      if (typeof step["text"] !== "string") add([...path, "text"], "invalid_type", "must be a text");
      if (kind === "hold") holds += 1;
    });
    if (!Number.isNaN(endMs) && endMs !== totalMs) {
      add(["totalMs"], "invalid_value", `must be the end of the last step, ${endMs}`);
    }
    if (holds > MAX_RECORD_ENTRIES) {
      add(["steps"], "too_big", `must have at most ${MAX_RECORD_ENTRIES} holds, as a session record does`);
    }
  }
  const cues = session["cues"];
  if (!Array.isArray(cues)) {
    add(["cues"], "invalid_type", "must be an array of cues");
  } else if (cues.length > MAX_SESSION_CUES) {
    add(["cues"], "too_big", `must have at most ${MAX_SESSION_CUES} cues`);
  } else {
    cues.forEach((cue: unknown, index: number) => {
      if (issues.length >= MAX_ISSUES) return;
      const fields = typeof cue === "object" && cue !== null ? (cue as Record<string, unknown>) : {};
      if (!isWhole(fields["atMs"], 0, typeof totalMs === "number" ? totalMs : Number.MAX_SAFE_INTEGER)) {
        add(["cues", index, "atMs"], "invalid_value", "must be a whole number within the session");
      }
      if (typeof fields["kind"] !== "string") add(["cues", index, "kind"], "invalid_type", "must be a cue kind");
      if (!isWhole(fields["stepIndex"], 0, Array.isArray(steps) ? steps.length : Number.MAX_SAFE_INTEGER)) {
        add(["cues", index, "stepIndex"], "invalid_value", "must be the index of a step of the session");
      }
      if (typeof fields["text"] !== "string") add(["cues", index, "text"], "invalid_type", "must be a text");
    });
  }
  return issues;
}
