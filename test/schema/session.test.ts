import { describe, expect, it } from "vitest";
import { fromZodIssues } from "../../src/internal/issues.js";
import { advancePlayer } from "../../src/player/advance-player.js";
import { startPlayer } from "../../src/player/start-player.js";
import { stepAt } from "../../src/schedule/step-at.js";
import { MAX_SESSION_STEPS, MAX_SESSION_TEXT_LENGTH } from "../../src/schema/bounds.js";
import type { Session } from "../../src/schema/session.js";
import { SessionSchema } from "../../src/schema/session.js";
import { sessionIssues } from "../../src/schema/session-check.js";
import { firstLineOf, issuesOf } from "../helpers/issues.js";
import { tinySession } from "../player/fixtures.js";

/** The issues of SessionSchema and of the player's check, which must be the same. */
function bothIssues(session: unknown) {
  const result = SessionSchema.safeParse(session);
  const fromSchema = result.success ? [] : fromZodIssues(result.error.issues, []);
  expect(sessionIssues(session)).toEqual(fromSchema);
  return fromSchema;
}

/** The tiny session with one step replaced through `change`. */
function withStep(index: number, change: (step: Record<string, unknown>) => Record<string, unknown>): Session {
  const session = tinySession();
  const steps = session.steps.map((step, i) => (i === index ? change({ ...step }) : step));
  return { ...session, steps } as Session;
}

describe("SessionSchema and the player's check of a session", () => {
  it("refuse an empty instruction and a text longer than the bound, with the same messages", () => {
    const empty = withStep(0, (step) => ({
      ...step,
      message: { key: "step.prepare", params: { ...(step["message"] as { params: object }).params, instruction: "" } },
    }));
    expect(bothIssues(empty)).toEqual([
      {
        path: ["steps", 0, "message", "params", "instruction"],
        code: "too_small",
        message: "must be at least 1 character long",
      },
    ]);
    const long = withStep(1, (step) => ({ ...step, text: "x".repeat(MAX_SESSION_TEXT_LENGTH + 1) }));
    expect(bothIssues(long)).toEqual([
      {
        path: ["steps", 1, "text"],
        code: "too_big",
        message: `must be at most ${MAX_SESSION_TEXT_LENGTH} characters long`,
      },
    ]);
    expect(bothIssues(withStep(1, (step) => ({ ...step, text: "" })))).toEqual([]);
  });

  it("refuse fields of the wrong type, unknown keys and unknown message keys, each with the same words", () => {
    const session = tinySession() as unknown as Record<string, unknown> & { steps: Record<string, unknown>[] };
    const broken = {
      ...session,
      routineId: 5,
      steps: session.steps.map((step, i) =>
        i === 0
          ? { ...step, extra: true }
          : i === 1
            ? { ...step, durationMs: "1000" }
            : i === 3
              ? { ...step, message: { key: "nope", params: {} } }
              : step,
      ),
    };
    expect(bothIssues(broken)).toEqual([
      { path: ["routineId"], code: "invalid_type", message: "expected a value of type string" },
      { path: ["steps", 0, "extra"], code: "unrecognized_key", message: 'unknown key "extra"' },
      { path: ["steps", 1, "durationMs"], code: "invalid_type", message: "expected a value of type number" },
      { path: ["steps", 3, "message", "key"], code: "invalid_value", message: "must be a message key" },
    ]);
  });

  it("refuse a hold of repetition 0, a cue past the end and a cue of no step, one rule at a time", () => {
    const hold = withStep(2, (step) => ({
      ...step,
      repetition: 0,
      message: { ...(step["message"] as { params: object }), key: "step.hold" },
    }));
    expect(bothIssues(hold)).toEqual([
      { path: ["steps", 2, "repetition"], code: "too_small", message: "must be at least 1 on a hold" },
    ]);
    const cue = tinySession().cues[0];
    const late = { ...tinySession(), cues: [{ ...cue, atMs: 8001 }] };
    expect(bothIssues(late)).toEqual([
      { path: ["cues", 0, "atMs"], code: "too_big", message: "must be at most 8000, the session's end" },
    ]);
    const nowhere = { ...tinySession(), cues: [{ ...cue, stepIndex: 5 }] };
    expect(bothIssues(nowhere)).toEqual([
      { path: ["cues", 0, "stepIndex"], code: "too_big", message: "must be the index of a step of the session" },
    ]);
  });

  it("refuse a cue one past the last step: its stepIndex must name a step, and the last one is steps.length - 1", () => {
    const session = tinySession();
    const cue = session.cues[0];
    const last = { ...session, cues: [{ ...cue, stepIndex: session.steps.length - 1 }] };
    expect(bothIssues(last)).toEqual([]);
    const pastTheEnd = { ...session, cues: [{ ...cue, stepIndex: session.steps.length }] };
    const issue = {
      path: ["cues", 0, "stepIndex"],
      code: "too_big",
      message: "must be the index of a step of the session",
    };
    expect(bothIssues(pastTheEnd)).toEqual([issue]);
    expect(issuesOf(() => startPlayer(pastTheEnd as never, 0), "invalid_session")).toEqual([issue]);
    // A stored state read back from storage holding such a session: refused at its path in the state.
    const stored = JSON.parse(JSON.stringify(startPlayer(session, 0)));
    stored.session.cues[0].stepIndex = session.steps.length;
    expect(issuesOf(() => advancePlayer(stored, { type: "tick", atMs: 10 }), "invalid_state")).toEqual([
      { ...issue, path: ["session", ...issue.path] },
    ]);
  });

  it("refuse a step whose message is not of its kind: a hold must say step.hold", () => {
    const release = tinySession().steps[3]?.message;
    const wrongKey = withStep(2, (step) => ({ ...step, message: release }));
    const issue = { path: ["steps", 2, "message", "key"], code: "invalid_value", message: 'must be "step.hold"' };
    expect(bothIssues(wrongKey)).toEqual([issue]);
    expect(issuesOf(() => startPlayer(wrongKey, 0), "invalid_session")).toEqual([issue]);
  });

  it("refuse more cues or steps than a scheduled session has, before reading any", () => {
    const cues = { ...tinySession(), cues: new Array(50_001) };
    expect(sessionIssues(cues)).toEqual([
      { path: ["cues"], code: "too_big", message: "must have at most 50000 items" },
    ]);
    const steps = { ...tinySession(), steps: new Array(MAX_SESSION_STEPS + 1) };
    expect(issuesOf(() => stepAt(steps as never, 0), "invalid_session")).toEqual([
      { path: ["steps"], code: "too_big", message: `must have at most ${MAX_SESSION_STEPS} items` },
    ]);
    expect(firstLineOf(() => stepAt(steps as never, 0))).toBe("Invalid session");
    // At the bound, an instant past the end reads no step.
    expect(stepAt({ ...tinySession(), steps: new Array(MAX_SESSION_STEPS) } as never, 9000)).toBeNull();
    expect(issuesOf(() => stepAt({ ...tinySession(), steps: [null] } as never, 0), "invalid_session")).toEqual([
      { path: ["steps", 0], code: "invalid_type", message: "must be a step of the session" },
    ]);
    expect(firstLineOf(() => stepAt({ ...tinySession(), steps: [null] } as never, 0))).toBe("Invalid session");
  });
});
