import { describe, expect, it } from "vitest";
import { startPlayer } from "../../src/player/start-player.js";
import type { Session, SessionStep } from "../../src/schedule/types.js";
import { MAX_RECORD_ENTRIES } from "../../src/schema/session-record.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { countingArray } from "../helpers/untouched.js";
import { builtIn, issuesOf, summary, tinySession } from "./fixtures.js";

describe("startPlayer", () => {
  it("starts the built-in session running, on its prepare step, at the caller's instant", () => {
    const state = startPlayer(builtIn, 1_700_000_000_000);
    expect(state).toEqual({
      version: 1,
      session: builtIn,
      status: "running",
      stepIndex: 0,
      startedAtMs: 1_700_000_000_000,
      stepStartedAtMs: 1_700_000_000_000,
      pausedInStepMs: 0,
      pausedAtMs: null,
      lastAtMs: 1_700_000_000_000,
      endedAtMs: null,
      lastStepReached: false,
      holds: [],
      pain: [],
    });
  });

  it("keeps a frozen copy of the session: changing the caller's session later changes nothing", () => {
    const session = jsonCopy(builtIn) as { -readonly [K in keyof Session]: Session[K] };
    const state = startPlayer(session, 0);
    session.totalMs = 1;
    (session.steps as SessionStep[]).pop();
    expect(state.session).toEqual(builtIn);
    expect(Object.isFrozen(state.session) && Object.isFrozen(state.session.steps[0])).toBe(true);
    expect(Object.isFrozen(session)).toBe(false);
  });

  it("the state survives JSON and structuredClone", () => {
    const state = startPlayer(builtIn, 5);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(structuredClone(state)).toEqual(state);
  });

  it("plays a session that went through JSON, and a hand-built one", () => {
    expect(startPlayer(jsonCopy(builtIn), 0).session).toEqual(builtIn);
    expect(startPlayer(deepFreeze(tinySession()), 0).session.steps).toHaveLength(4);
  });

  it.each<[string, unknown, string]>([
    ["NaN", Number.NaN, "atMs: invalid_type"],
    ["a fraction", 0.5, "atMs: not_integer"],
    ["a negative instant", -1, "atMs: too_small"],
    ["undefined", undefined, "atMs: invalid_type"],
  ])("refuses to start at %s", (_, atMs, expected) => {
    expect(summary(issuesOf(() => startPlayer(builtIn, atMs as number), "invalid_event"))).toEqual([expected]);
  });

  const tiny = (): Record<string, unknown> => jsonCopy(tinySession()) as unknown as Record<string, unknown>;
  const withStep = (index: number, patch: Record<string, unknown>): Record<string, unknown> => {
    const session = tiny();
    const steps = session["steps"] as Record<string, unknown>[];
    steps[index] = { ...steps[index], ...patch };
    return session;
  };

  it.each<[string, unknown, readonly string[]]>([
    ["null", null, [": invalid_type"]],
    ["a routine id that is not kebab-case", { ...tiny(), routineId: "Tiny Routine" }, ["routineId: invalid_format"]],
    ["no steps", { ...tiny(), steps: [], totalMs: 1 }, ["steps: empty"]],
    ["steps that are not an array", { ...tiny(), steps: {} }, ["steps: invalid_type"]],
    ["a step that is not an object", { ...tiny(), steps: [7] }, ["steps.0: invalid_type"]],
    ["a wrong total", { ...tiny(), totalMs: 9000 }, ["totalMs: invalid_value"]],
    ["a zero total", { ...tiny(), totalMs: 0 }, ["totalMs: invalid_value", "totalMs: invalid_value"]],
    ["a misnumbered step", withStep(1, { index: 5 }), ["steps.1.index: invalid_value"]],
    ["an unknown kind", withStep(1, { kind: "bounce" }), ["steps.1.kind: invalid_value"]],
    ["a bad stretch id", withStep(1, { stretchId: "" }), ["steps.1.stretchId: invalid_format"]],
    ["a bad side", withStep(1, { side: "up" }), ["steps.1.side: invalid_value"]],
    ["a hold of repetition 0", withStep(2, { repetition: 0 }), ["steps.2.repetition: invalid_value"]],
    ["no repetitions", withStep(2, { repetitions: 0 }), ["steps.2.repetitions: invalid_value"]],
    ["a gap between steps", withStep(1, { startMs: 2500 }), ["steps.1.startMs: invalid_value"]],
    ["a fractional duration", withStep(3, { durationMs: 0.5 }), ["steps.3.durationMs: invalid_value"]],
    ["an empty step", withStep(3, { durationMs: 0 }), ["steps.3.durationMs: invalid_value"]],
    [
      "a hold longer than a record accepts",
      { ...withStep(2, { durationMs: 600_001 }), totalMs: 604_001 },
      ["steps.2.durationMs: invalid_value", "steps.3.startMs: invalid_value"],
    ],
    ["a hold without endsOnUser", withStep(2, { endsOnUser: "yes" }), ["steps.2.endsOnUser: invalid_type"]],
    ["a step without text", withStep(2, { text: null }), ["steps.2.text: invalid_type"]],
    ["cues that are not an array", { ...tiny(), cues: null }, ["cues: invalid_type"]],
    [
      "a cue out of the session",
      { ...tiny(), cues: [{ atMs: 9000, kind: "next", stepIndex: 9, text: "" }] },
      ["cues.0.atMs: invalid_value", "cues.0.stepIndex: invalid_value"],
    ],
    [
      "a cue that is not an object",
      { ...tiny(), cues: [1] },
      [
        "cues.0.atMs: invalid_value",
        "cues.0.kind: invalid_type",
        "cues.0.stepIndex: invalid_value",
        "cues.0.text: invalid_type",
      ],
    ],
  ])("refuses a session with %s, listing every issue", (_, session, expected) => {
    expect(summary(issuesOf(() => startPlayer(session as Session, 0), "invalid_session"))).toEqual(expected);
  });

  it("refuses a session with more holds than a record can hold", () => {
    const hold = tinySession().steps[2] as SessionStep;
    const steps = Array.from({ length: MAX_RECORD_ENTRIES + 1 }, (_, index) => ({
      ...hold,
      index,
      startMs: index * 1000,
      durationMs: 1000,
    }));
    const session = { ...tinySession(), steps, totalMs: steps.length * 1000, cues: [] };
    expect(summary(issuesOf(() => startPlayer(session, 0), "invalid_session"))).toEqual(["steps: too_big"]);
  });
});

describe("startPlayer on huge or overlong sessions", () => {
  it("refuses more steps than any scheduled session has, at once", () => {
    const steps = countingArray(2_000_000, builtIn.steps[0]);
    expect(
      issuesOf(() => startPlayer({ ...builtIn, steps: steps.array } as Session, 0), "invalid_session"),
    ).toContainEqual({
      path: ["steps"],
      code: "too_big",
      message: "must have at most 20000 steps",
    });
    expect(steps.reads()).toBe(0);
  });

  it("refuses a session longer than 4 hours", () => {
    expect(issuesOf(() => startPlayer({ ...builtIn, totalMs: 14_400_001 }, 0), "invalid_session")).toContainEqual({
      path: ["totalMs"],
      code: "invalid_value",
      message: "must be a whole number of milliseconds above 0, at most 4 hours",
    });
  });
});
