import { describe, expect, it } from "vitest";
import { startPlayer } from "../../src/player/start-player.js";
import { MAX_RECORD_ENTRIES } from "../../src/schema/bounds.js";
import type { Session, SessionStep } from "../../src/schema/session.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { countingArray } from "../helpers/untouched.js";
import { builtIn, errorOf, issuesOf, summary, tinySession } from "./fixtures.js";

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
    ["no steps", { ...tiny(), steps: [], totalMs: 1 }, ["steps: too_small"]],
    ["steps that are not an array", { ...tiny(), steps: {} }, ["steps: invalid_type"]],
    ["a step that is not an object", { ...tiny(), steps: [7] }, ["steps.0: invalid_type"]],
    ["a wrong total", { ...tiny(), totalMs: 9000 }, ["totalMs: invalid_value"]],
    ["a zero total", { ...tiny(), totalMs: 0 }, ["totalMs: too_small"]],
    ["a misnumbered step", withStep(1, { index: 5 }), ["steps.1.index: invalid_value"]],
    ["an unknown kind", withStep(1, { kind: "bounce" }), ["steps.1.kind: invalid_value"]],
    ["a bad stretch id", withStep(1, { stretchId: "" }), ["steps.1.stretchId: invalid_format"]],
    ["a bad side", withStep(1, { side: "up" }), ["steps.1.side: invalid_value"]],
    ["a hold of repetition 0", withStep(2, { repetition: 0 }), ["steps.2.repetition: too_small"]],
    ["no repetitions", withStep(2, { repetitions: 0 }), ["steps.2.repetitions: too_small"]],
    ["a gap between steps", withStep(1, { startMs: 2500 }), ["steps.1.startMs: invalid_value"]],
    ["a fractional duration", withStep(3, { durationMs: 0.5 }), ["steps.3.durationMs: not_integer"]],
    ["an empty step", withStep(3, { durationMs: 0 }), ["steps.3.durationMs: too_small"]],
    [
      "a hold longer than a record accepts",
      { ...withStep(2, { durationMs: 600_001 }), totalMs: 604_001 },
      // The rules between fields (here: the tiling) are checked once every field is valid.
      ["steps.2.durationMs: too_big"],
    ],
    ["a hold without endsOnUser", withStep(2, { endsOnUser: "yes" }), ["steps.2.endsOnUser: invalid_type"]],
    ["a step without text", withStep(2, { text: null }), ["steps.2.text: invalid_type"]],
    ["cues that are not an array", { ...tiny(), cues: null }, ["cues: invalid_type"]],
    [
      "a cue out of the session",
      { ...tiny(), cues: [{ ...tinySession().cues[0], atMs: 9000 }] },
      ["cues.0.atMs: too_big"],
    ],
    [
      "a cue about no step",
      { ...tiny(), cues: [{ ...tinySession().cues[0], stepIndex: 9 }] },
      ["cues.0.stepIndex: too_big"],
    ],
    ["a cue that is not an object", { ...tiny(), cues: [1] }, ["cues.0: invalid_type"]],
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
      message: "must have at most 20000 items",
    });
    expect(steps.reads()).toBe(0);
  });

  it("refuses a session longer than 4 hours", () => {
    expect(issuesOf(() => startPlayer({ ...builtIn, totalMs: 14_400_001 }, 0), "invalid_session")).toContainEqual({
      path: ["totalMs"],
      code: "too_big",
      message: "must be at most 14400000",
    });
  });
});

describe("startPlayer: what a broken session shows", () => {
  const rest = (index: number, startMs: number, durationMs: number): Record<string, unknown> => ({
    index,
    kind: "rest",
    stretchId: "forward-roll",
    side: null,
    repetition: 0,
    repetitions: 1,
    startMs,
    durationMs,
    endsOnUser: false,
    breath: null,
    message: {
      key: "step.rest",
      params: { stretchId: "forward-roll", stretch: "Forward roll", seconds: durationMs / 1000 },
    },
    text: "Rest.",
  });

  it("lists every issue of a session, each with its path, code and message", () => {
    const session = {
      routineId: "Bad Id",
      totalMs: 0.5,
      steps: [
        null,
        {
          ...rest(9, 5, 1),
          durationMs: 0,
          kind: "bounce",
          stretchId: "X",
          side: "up",
          repetition: -1,
          repetitions: 0,
          endsOnUser: 1,
          text: 2,
        },
        { ...rest(2, 5, 1), kind: "hold", repetition: 1, durationMs: 600_001 },
      ],
      cues: [null, { ...tinySession().cues[0], atMs: 1 }],
    };
    const error = errorOf(() => startPlayer(session as unknown as Session, 0));
    expect(error.code).toBe("invalid_session");
    expect(error.message.split("\n")[0]).toBe("Invalid session");
    const kinds = '"prepare", "stretch", "hold", "release", "rest", "switch-side"';
    expect(error.issues).toEqual([
      { path: ["routineId"], code: "invalid_format", message: "must be kebab-case, at most 64 characters" },
      { path: ["totalMs"], code: "not_integer", message: "must be a whole number" },
      { path: ["steps", 0], code: "invalid_type", message: "expected a value of type object" },
      { path: ["steps", 1, "kind"], code: "invalid_value", message: `must be one of ${kinds}` },
      { path: ["steps", 1, "stretchId"], code: "invalid_format", message: "must be kebab-case, at most 64 characters" },
      { path: ["steps", 1, "side"], code: "invalid_value", message: 'must be one of "left", "right", null' },
      { path: ["steps", 1, "repetition"], code: "too_small", message: "must be at least 0" },
      { path: ["steps", 1, "repetitions"], code: "too_small", message: "must be at least 1" },
      { path: ["steps", 1, "durationMs"], code: "too_small", message: "must be at least 1" },
      { path: ["steps", 1, "endsOnUser"], code: "invalid_type", message: "expected a value of type boolean" },
      { path: ["steps", 1, "text"], code: "invalid_type", message: "expected a value of type string" },
      { path: ["steps", 2, "durationMs"], code: "too_big", message: "must be at most 600000" },
      { path: ["cues", 0], code: "invalid_type", message: "expected a value of type object" },
    ]);
  });

  it("checks the rules between fields once every field is valid: numbering, tiling, the total", () => {
    const steps = tinySession().steps;
    const misnumbered = { ...tinySession(), steps: [steps[0], { ...steps[1], index: 5 }, ...steps.slice(2)] };
    expect(issuesOf(() => startPlayer(misnumbered as Session, 0), "invalid_session")).toEqual([
      { path: ["steps", 1, "index"], code: "invalid_value", message: "must be 1" },
    ]);
    const gap = { ...tinySession(), steps: [steps[0], { ...steps[1], startMs: 2500 }, ...steps.slice(2)] };
    expect(issuesOf(() => startPlayer(gap as Session, 0), "invalid_session")).toEqual([
      { path: ["steps", 1, "startMs"], code: "invalid_value", message: "must be 2000, the end of the step before" },
    ]);
  });

  it("names the wrong total, the missing steps and cues, and a value that is not a session", () => {
    expect(issuesOf(() => startPlayer({ ...tinySession(), totalMs: 9000 }, 0), "invalid_session")).toEqual([
      { path: ["totalMs"], code: "invalid_value", message: "must be 8000, the end of the last step" },
    ]);
    expect(issuesOf(() => startPlayer({ routineId: "tiny", totalMs: 1 } as Session, 0), "invalid_session")).toEqual([
      { path: ["steps"], code: "invalid_type", message: "expected a value of type array" },
      { path: ["cues"], code: "invalid_type", message: "expected a value of type array" },
    ]);
    expect(issuesOf(() => startPlayer({ ...tinySession(), steps: [] }, 0), "invalid_session")).toContainEqual({
      path: ["steps"],
      code: "too_small",
      message: "must have at least 1 item",
    });
    expect(issuesOf(() => startPlayer("tiny" as unknown as Session, 0), "invalid_session")).toEqual([
      { path: [], code: "invalid_type", message: "must be a session from scheduleSession" },
    ]);
  });

  it("refuses a routine id that only looks like one: an array, or longer than 64 characters", () => {
    expect(
      summary(issuesOf(() => startPlayer({ ...tinySession(), routineId: ["tiny"] } as never, 0), "invalid_session")),
    ).toEqual(["routineId: invalid_type"]);
    expect(
      summary(issuesOf(() => startPlayer({ ...tinySession(), routineId: "a".repeat(65) }, 0), "invalid_session")),
    ).toEqual(["routineId: invalid_format"]);
    expect(startPlayer({ ...tinySession(), routineId: "a".repeat(64) }, 0).session.routineId).toHaveLength(64);
  });

  it("accepts a step other than a hold longer than a hold may be, and a cue in a session whose total is wrong is not blamed for it", () => {
    const session = tinySession();
    const long = {
      ...session,
      totalMs: 607_000,
      steps: [...session.steps.slice(0, 3), { ...(session.steps[3] as SessionStep), durationMs: 600_000 }],
    };
    expect(startPlayer(long, 0).session.totalMs).toBe(607_000);
    expect(
      summary(issuesOf(() => startPlayer({ ...session, totalMs: "long" } as never, 0), "invalid_session")),
    ).toEqual(["totalMs: invalid_type"]);
  });

  it("accepts as many steps and holds as a scheduled session can have, and no more holds", () => {
    const steps = Array.from({ length: 20_000 }, (_, index) => rest(index, index, 1));
    const session = { routineId: "long", totalMs: 20_000, steps, cues: [] } as unknown as Session;
    const params = { stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null, repetition: 1 };
    const message = { key: "step.hold", params: { ...params, repetitions: 1, seconds: 0.001, endsOnUser: false } };
    expect(startPlayer(session, 0).session.steps).toHaveLength(20_000);
    const holds = steps.map((step, index) =>
      index < MAX_RECORD_ENTRIES ? { ...step, kind: "hold", repetition: 1, message } : step,
    );
    expect(startPlayer({ ...session, steps: holds } as unknown as Session, 0).session.steps).toHaveLength(20_000);
    const tooMany = steps.map((step, index) =>
      index <= MAX_RECORD_ENTRIES ? { ...step, kind: "hold", repetition: 1, message } : step,
    );
    expect(
      issuesOf(() => startPlayer({ ...session, steps: tooMany } as unknown as Session, 0), "invalid_session"),
    ).toEqual([
      { path: ["steps"], code: "too_big", message: "must have at most 4000 holds, as a session record does" },
    ]);
  });

  it("lists at most 100 issues, and refuses more cues than a scheduled session has at once", () => {
    const steps = Array.from({ length: 300 }, () => 7);
    expect(issuesOf(() => startPlayer({ ...tinySession(), steps } as never, 0), "invalid_session")).toHaveLength(100);
    const cues = countingArray(50_001, tinySession().cues[0]);
    expect(
      issuesOf(() => startPlayer({ ...tinySession(), cues: cues.array } as Session, 0), "invalid_session"),
    ).toEqual([{ path: ["cues"], code: "too_big", message: "must have at most 50000 items" }]);
    expect(cues.reads()).toBe(0);
  });

  it("refuses a session holding what JSON cannot copy, or that throws when read, with invalid_session", () => {
    expect(issuesOf(() => startPlayer({ ...tinySession(), extra: 1n } as never, 0), "invalid_session")).toEqual([
      { path: [], code: "invalid_value", message: "must be plain JSON data, as scheduleSession makes it" },
    ]);
    const unreadable = Object.defineProperty(tinySession(), "routineId", {
      get() {
        throw new Error("no");
      },
    });
    // The session is read once, by the copy: a getter that throws makes it no plain JSON data.
    expect(issuesOf(() => startPlayer(unreadable, 0), "invalid_session")).toEqual([
      { path: [], code: "invalid_value", message: "must be plain JSON data, as scheduleSession makes it" },
    ]);
  });

  it("names a bad start time with its value, and says it is the start time", () => {
    const error = errorOf(() => startPlayer(builtIn, Number.NaN));
    expect(error.code).toBe("invalid_event");
    expect(error.message.split("\n")[0]).toBe("Invalid start time");
    expect(error.issues).toEqual([
      { path: ["atMs"], code: "invalid_type", message: "must be a finite number of milliseconds, got NaN" },
    ]);
    expect(issuesOf(() => startPlayer(builtIn, "5" as never), "invalid_event")).toEqual([
      { path: ["atMs"], code: "invalid_type", message: "must be a finite number of milliseconds, got string" },
    ]);
    expect(issuesOf(() => startPlayer(builtIn, 0.5), "invalid_event")).toEqual([
      { path: ["atMs"], code: "not_integer", message: "must be a whole number of milliseconds (e.g. Math.round(now))" },
    ]);
    expect(issuesOf(() => startPlayer(builtIn, -1), "invalid_event")).toEqual([
      { path: ["atMs"], code: "too_small", message: "must be at least 0" },
    ]);
    expect(issuesOf(() => startPlayer(builtIn, 2 ** 53), "invalid_event")).toEqual([
      { path: ["atMs"], code: "too_big", message: "must be at most Number.MAX_SAFE_INTEGER" },
    ]);
  });
});
