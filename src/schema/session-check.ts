/*
 * The check of a session without zod, for the player: an app that only plays sessions should not
 * carry a schema library. It reads the same definition as `SessionSchema` (the field kinds and
 * message fields of `session.ts`, the bounds, the rules between fields), gives the same codes as
 * the schema, and a property test proves that the two accept and refuse the same sessions.
 */
import type { IssueCode, IssuePathKey, StretchKitIssue } from "../errors.js";
import { issue, tooMany, unknownKey } from "../internal/issues.js";
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
import { isId } from "./common.js";
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

/** What is wrong with a field's value, or `null`. */
type Problem = readonly [IssueCode, string] | null;
type Check = (value: unknown) => Problem;

function text(min: number, max: number): Check {
  return (value) =>
    typeof value !== "string"
      ? ["invalid_type", "expected a value of type string"]
      : value.length < min
        ? ["too_small", `must be at least ${min} character${min === 1 ? "" : "s"} long`]
        : value.length > max
          ? ["too_big", `must be at most ${max} characters long`]
          : null;
}

function number(min: number, max: number, whole: (value: number) => boolean): Check {
  return (value) =>
    typeof value !== "number" || !Number.isFinite(value)
      ? ["invalid_type", "expected a value of type number"]
      : !whole(value)
        ? ["not_integer", "must be a whole number"]
        : value < min
          ? ["too_small", `must be at least ${min}`]
          : value > max
            ? ["too_big", `must be at most ${max}`]
            : null;
}

const int = (min: number, max: number): Check => number(min, max, Number.isSafeInteger);

/** A check that a value is one of `values`; also the check of an event's type. */
export function oneOf(values: readonly unknown[]): Check {
  return (value) =>
    values.includes(value)
      ? null
      : ["invalid_value", `must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`];
}

const id: Check = (value) =>
  typeof value !== "string"
    ? ["invalid_type", "expected a value of type string"]
    : isId(value)
      ? null
      : ["invalid_format", "must be kebab-case, at most 64 characters"];

/*
 * The checks are plain constants, never read as properties of one another (`CHECKS.flag`): a
 * bundler keeps an object whose values read properties, and with it this module in every bundle.
 */
const sideOrNull = /* @__PURE__ */ oneOf(["left", "right", null]);
const repetition = /* @__PURE__ */ int(1, MAX_REPETITIONS);
const flag: Check = (value) =>
  typeof value === "boolean" ? null : ["invalid_type", "expected a value of type boolean"];
const textOfSession = /* @__PURE__ */ text(0, MAX_SESSION_TEXT_LENGTH);
const at = /* @__PURE__ */ int(0, MAX_SESSION_MS);
const stepIndex = /* @__PURE__ */ int(0, MAX_SESSION_STEPS);
const checkedApart: Check = () => null;

/** Each field kind of `FIELD_SCHEMAS`, as a check. */
const FIELD_CHECKS: { readonly [K in FieldKind]: Check } = {
  id,
  name: /* @__PURE__ */ text(1, MAX_TEXT_LENGTH),
  "side?": sideOrNull,
  side: /* @__PURE__ */ oneOf(["left", "right"]),
  "limb?": /* @__PURE__ */ oneOf(["arm", "hand", "hand-and-leg", null]),
  limb: /* @__PURE__ */ oneOf(["arm", "hand", "hand-and-leg"]),
  instruction: /* @__PURE__ */ text(1, MAX_INSTRUCTION_LENGTH),
  repetition,
  seconds: /* @__PURE__ */ number(0.001, MAX_STEP_SECONDS, isWholeMs),
  flag,
  count: /* @__PURE__ */ int(1, MAX_COUNTDOWN),
};

const STEP_CHECKS: Readonly<Record<string, Check>> = {
  index: stepIndex,
  kind: /* @__PURE__ */ oneOf(STEP_KINDS),
  stretchId: id,
  side: sideOrNull,
  repetition: /* @__PURE__ */ int(0, MAX_REPETITIONS),
  repetitions: repetition,
  startMs: at,
  durationMs: /* @__PURE__ */ int(1, MAX_STEP_MS),
  endsOnUser: flag,
  breath: /* @__PURE__ */ oneOf(["inhale", "exhale", null]),
  message: checkedApart,
  text: textOfSession,
};

const CUE_CHECKS: Readonly<Record<string, Check>> = {
  atMs: at,
  kind: /* @__PURE__ */ oneOf(CUE_KINDS),
  stepIndex,
  message: checkedApart,
  text: textOfSession,
};

type Path = readonly IssuePathKey[];

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
    issues.push(issue(path, "invalid_type", "expected a value of type object"));
    return;
  }
  for (const key in value) {
    if (Object.hasOwn(checks, key)) continue;
    issues.push(unknownKey(path, key));
  }
  for (const [key, check] of Object.entries(checks)) {
    if (key === "message") checkMessage(value[key], [...path, key], issues);
    const problem = check(value[key]);
    if (problem !== null) issues.push(issue([...path, key], ...problem));
  }
}

function checkMessage(value: unknown, path: Path, issues: StretchKitIssue[]): void {
  const key = isRecord(value) ? value["key"] : undefined;
  if (typeof key !== "string" || !Object.hasOwn(MESSAGE_FIELDS, key)) {
    issues.push(issue([...path, "key"], "invalid_value", "must be a message key"));
    return;
  }
  const fields = MESSAGE_FIELDS[key as MessageKey] as Readonly<Record<string, FieldKind>>;
  const params = Object.fromEntries(Object.entries(fields).map(([name, kind]) => [name, FIELD_CHECKS[kind]]));
  checkFields(value, { key: checkedApart, params: checkedApart }, path, issues);
  checkFields((value as Readonly<Record<string, unknown>>)["params"], params, [...path, "params"], issues);
}

/** Checks a list: an array, at most `max` entries (refused before any is read), each with `each`. */
function checkList(
  value: unknown,
  max: number,
  path: Path,
  issues: StretchKitIssue[],
  each: (entry: unknown, index: number) => void,
): void {
  if (!Array.isArray(value)) issues.push(issue(path, "invalid_type", "expected a value of type array"));
  else if (value.length > max) issues.push(tooMany(path, max));
  else for (let i = 0; i < value.length && issues.length < MAX_ISSUES; i++) each(value[i], i);
}

/**
 * Every issue of a value that should be a {@link Session} (at most 100), or `[]`: what
 * `SessionSchema` finds, without zod. Lists are bounded before any entry is read; the rules
 * between fields (tiling, holds, cues within the session) are checked once every field is valid.
 */
export function sessionIssues(value: unknown): StretchKitIssue[] {
  if (!isRecord(value)) return [issue([], "invalid_type", "must be a session from scheduleSession")];
  const issues: StretchKitIssue[] = [];
  checkFields(
    value,
    { routineId: id, totalMs: int(1, MAX_SESSION_MS), steps: checkedApart, cues: checkedApart },
    [],
    issues,
  );
  const steps = value["steps"];
  if (Array.isArray(steps) && steps.length === 0)
    issues.push(issue(["steps"], "too_small", "must have at least 1 item"));
  checkList(steps, MAX_SESSION_STEPS, ["steps"], issues, (step, i) =>
    checkFields(step, STEP_CHECKS, ["steps", i], issues),
  );
  checkList(value["cues"], MAX_SESSION_CUES, ["cues"], issues, (cue, i) =>
    checkFields(cue, CUE_CHECKS, ["cues", i], issues),
  );
  if (issues.length === 0) {
    const broken = brokenSessionRule(value as unknown as Session);
    if (broken !== null) issues.push(broken);
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
  const { kind, stretchId, side, startMs, durationMs, endsOnUser } = value;
  return (
    (STEP_KINDS as readonly unknown[]).includes(kind) &&
    typeof stretchId === "string" &&
    (side === null || side === "left" || side === "right") &&
    Number.isSafeInteger(startMs) &&
    Number.isSafeInteger(durationMs) &&
    (durationMs as number) > 0 &&
    typeof endsOnUser === "boolean"
  );
}
