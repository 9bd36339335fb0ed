/*
 * The check of a session without zod, for the player: an app that only plays sessions should not
 * carry a schema library. It reads the same definition as `SessionSchema` (the field kinds and
 * message fields of `session.ts`, the bounds, the rules between fields), and a property test
 * proves that the two accept and refuse the same sessions.
 */
import type { StretchKitIssue } from "../errors.js";
import {
  MAX_COUNTDOWN,
  MAX_INSTRUCTION_LENGTH,
  MAX_ISSUES,
  MAX_REPETITIONS,
  MAX_SESSION_CUES,
  MAX_SESSION_MS,
  MAX_SESSION_STEPS,
  MAX_SESSION_TEXT_LENGTH,
  MAX_STEP_MS,
  MAX_STEP_SECONDS,
  MAX_TEXT_LENGTH,
} from "./bounds.js";
import { isId, isIntIn } from "./common.js";
import {
  brokenSessionRule,
  CUE_KINDS,
  type FieldKind,
  isWholeMs,
  MESSAGE_FIELDS,
  type MessageKey,
  type Session,
  type SessionStep,
  STEP_KINDS,
} from "./session.js";

type Check = readonly [(value: unknown) => boolean, string];

const isText = (value: unknown, min: number, max: number): boolean =>
  typeof value === "string" && value.length >= min && value.length <= max;
const isSide = (value: unknown): boolean => value === "left" || value === "right";
const isLimb = (value: unknown): boolean => value === "arm" || value === "hand" || value === "hand-and-leg";

/** Each field kind of `FIELD_SCHEMAS`, as a test and the message of an issue. */
const FIELD_CHECKS: { readonly [K in FieldKind]: Check } = {
  id: [isId, "must be a kebab-case id of 1 to 64 characters"],
  name: [(value) => isText(value, 1, MAX_TEXT_LENGTH), "must be a text of 1 to 1,000 characters"],
  "side?": [(value) => value === null || isSide(value), 'must be "left", "right" or null'],
  side: [isSide, 'must be "left" or "right"'],
  "limb?": [(value) => value === null || isLimb(value), 'must be "arm", "hand", "hand-and-leg" or null'],
  limb: [isLimb, 'must be "arm", "hand" or "hand-and-leg"'],
  instruction: [(value) => isText(value, 1, MAX_INSTRUCTION_LENGTH), "must be a text of 1 to 20,020 characters"],
  repetition: [(value) => isIntIn(value, 1, MAX_REPETITIONS), "must be a whole number within 1 to 20"],
  seconds: [
    (value) => typeof value === "number" && value >= 0.001 && value <= MAX_STEP_SECONDS && isWholeMs(value),
    "must be a number of seconds within 0.001 to 600, in whole milliseconds",
  ],
  flag: [(value) => typeof value === "boolean", "must be true or false"],
  count: [(value) => isIntIn(value, 1, MAX_COUNTDOWN), "must be a whole number within 1 to 10"],
};

const STEP_CHECKS: Readonly<Record<string, Check>> = {
  index: [(value) => isIntIn(value, 0, MAX_SESSION_STEPS), "must be a whole number"],
  kind: [(value) => (STEP_KINDS as readonly unknown[]).includes(value), `must be one of ${STEP_KINDS.join(", ")}`],
  stretchId: FIELD_CHECKS.id,
  side: FIELD_CHECKS["side?"],
  repetition: [(value) => isIntIn(value, 0, MAX_REPETITIONS), "must be a whole number within 0 to 20"],
  repetitions: FIELD_CHECKS.repetition,
  startMs: [(value) => isIntIn(value, 0, MAX_SESSION_MS), "must be a whole number of milliseconds within 4 hours"],
  durationMs: [(value) => isIntIn(value, 1, MAX_STEP_MS), "must be a whole number of milliseconds within 1 to 600,000"],
  endsOnUser: FIELD_CHECKS.flag,
  breath: [(value) => value === null || value === "inhale" || value === "exhale", 'must be "inhale", "exhale" or null'],
  message: [() => true, ""],
  text: [(value) => isText(value, 0, MAX_SESSION_TEXT_LENGTH), "must be a text of at most 25,000 characters"],
};

const CUE_CHECKS: Readonly<Record<string, Check>> = {
  atMs: STEP_CHECKS["startMs"] as Check,
  kind: [(value) => (CUE_KINDS as readonly unknown[]).includes(value), `must be one of ${CUE_KINDS.join(", ")}`],
  stepIndex: STEP_CHECKS["index"] as Check,
  message: [() => true, ""],
  text: STEP_CHECKS["text"] as Check,
};

type Path = readonly (string | number)[];

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks an object against field checks: unknown keys, then each field in order. */
function checkFields(
  value: unknown,
  checks: Readonly<Record<string, Check>>,
  path: Path,
  issues: StretchKitIssue[],
): void {
  if (!isRecord(value)) {
    issues.push({ path, code: "invalid_type", message: "must be an object" });
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(checks, key))
      issues.push({ path: [...path, key], code: "unrecognized_key", message: `unknown key ${JSON.stringify(key)}` });
  }
  for (const [key, [test, message]] of Object.entries(checks)) {
    const field = value[key];
    if (key === "message") checkMessage(field, [...path, key], issues);
    else if (!test(field)) issues.push({ path: [...path, key], code: "invalid_value", message });
  }
}

function checkMessage(value: unknown, path: Path, issues: StretchKitIssue[]): void {
  const key = isRecord(value) ? value["key"] : undefined;
  if (typeof key !== "string" || !Object.hasOwn(MESSAGE_FIELDS, key)) {
    issues.push({ path: [...path, "key"], code: "invalid_value", message: "must be a message key" });
    return;
  }
  const params = (MESSAGE_FIELDS as Readonly<Record<MessageKey, Readonly<Record<string, FieldKind>>>>)[
    key as MessageKey
  ];
  const checks = Object.fromEntries(Object.entries(params).map(([name, kind]) => [name, FIELD_CHECKS[kind]]));
  checkFields(value, { key: [() => true, ""], params: [() => true, ""] }, path, issues);
  checkFields((value as Record<string, unknown>)["params"], checks, [...path, "params"], issues);
}

function checkList(
  value: unknown,
  max: number,
  path: Path,
  issues: StretchKitIssue[],
  each: (entry: unknown, index: number) => void,
): void {
  if (!Array.isArray(value)) issues.push({ path, code: "invalid_type", message: "must be an array" });
  else if (value.length > max) issues.push({ path, code: "too_big", message: `must have at most ${max} items` });
  else for (let i = 0; i < value.length && issues.length < MAX_ISSUES; i++) each(value[i], i);
}

/**
 * Every issue of a value that should be a {@link Session} (at most 100), or `[]`: what
 * `SessionSchema` finds, without zod. Lists are bounded before any entry is read.
 */
export function sessionIssues(value: unknown): StretchKitIssue[] {
  const issues: StretchKitIssue[] = [];
  if (!isRecord(value)) return [{ path: [], code: "invalid_type", message: "must be a session from scheduleSession" }];
  for (const key in value) {
    if (!["routineId", "totalMs", "steps", "cues"].includes(key)) {
      issues.push({ path: [key], code: "unrecognized_key", message: `unknown key ${JSON.stringify(key)}` });
    }
  }
  if (!isId(value["routineId"]))
    issues.push({ path: ["routineId"], code: "invalid_value", message: FIELD_CHECKS.id[1] });
  if (!isIntIn(value["totalMs"], 1, MAX_SESSION_MS)) {
    issues.push({
      path: ["totalMs"],
      code: "invalid_value",
      message: "must be a whole number of milliseconds within 4 hours",
    });
  }
  const steps = value["steps"];
  if (Array.isArray(steps) && steps.length === 0)
    issues.push({ path: ["steps"], code: "too_small", message: "must have at least 1 item" });
  checkList(steps, MAX_SESSION_STEPS, ["steps"], issues, (step, i) =>
    checkFields(step, STEP_CHECKS, ["steps", i], issues),
  );
  checkList(value["cues"], MAX_SESSION_CUES, ["cues"], issues, (cue, i) =>
    checkFields(cue, CUE_CHECKS, ["cues", i], issues),
  );
  if (issues.length === 0) {
    const broken = brokenSessionRule(value as unknown as Session);
    if (broken !== null) issues.push({ path: broken.path, code: "invalid_value", message: broken.message });
  }
  return issues.slice(0, MAX_ISSUES);
}

/**
 * Whether a value holds what the player and `stepAt` compute with, as a step of a session: its
 * kind, stretch, side, timing and `endsOnUser`. O(1): for the step under an instant, when the
 * whole session was not checked here (it was when the player started, or it is frozen).
 */
export function isTimedStep(value: unknown): value is SessionStep {
  if (!isRecord(value)) return false;
  for (const key of ["kind", "stretchId", "side", "startMs", "durationMs", "endsOnUser"] as const) {
    if (!(STEP_CHECKS[key] as Check)[0](value[key])) return false;
  }
  return true;
}
