import { describe, expect, it } from "vitest";
import { fromZodIssues } from "../../src/internal/issues.js";
import { startPlayer } from "../../src/player/start-player.js";
import { stepAt } from "../../src/schedule/step-at.js";
import { MAX_SESSION_STEPS, MAX_SESSION_TEXT_LENGTH } from "../../src/schema/bounds.js";
import type { Session } from "../../src/schema/session.js";
import { SessionSchema } from "../../src/schema/session.js";
import { sessionIssues } from "../../src/schema/session-check.js";
import { issuesOf } from "../helpers/issues.js";
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
  });
});
