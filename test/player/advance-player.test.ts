import { describe, expect, it } from "vitest";
import { defineStretch } from "../../src/catalog/define-stretch.js";
import { getStretch } from "../../src/catalog/get-stretch.js";
import type { StretchKitIssue } from "../../src/errors.js";
import { advancePlayer } from "../../src/player/advance-player.js";
import { playerProgress } from "../../src/player/player-progress.js";
import { startPlayer } from "../../src/player/start-player.js";
import type { PlayerEvent, PlayerState } from "../../src/player/types.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { Session, SessionStep } from "../../src/schema/session.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { firstLineOf } from "../helpers/issues.js";
import {
  builtIn,
  current,
  errorOf,
  indexOf,
  issuesOf,
  play,
  routineOf,
  stepAtIndex,
  summary,
  tinySession,
} from "./fixtures.js";

const T0 = 1_000_000;

/** A frozen player on the built-in session, started at T0, ticked to `index`'s start (no pause). */
function at(index: number): PlayerState {
  const start = startPlayer(builtIn, T0);
  return deepFreeze(advancePlayer(start, { type: "tick", atMs: T0 + stepAtIndex(builtIn, index).startMs }));
}

const firstHold = indexOf(builtIn, { stretchId: "forward-roll", kind: "hold" });

describe("advancePlayer: time", () => {
  it("ticks alone play the built-in session to its end, every hold held in full", () => {
    let state = startPlayer(builtIn, T0);
    for (let t = T0; state.status !== "finished"; t += 1000) state = advancePlayer(state, { type: "tick", atMs: t });
    expect(state.endedAtMs).toBe(T0 + 970_000);
    expect(state.stepIndex).toBe(builtIn.steps.length);
    expect(state.lastStepReached).toBe(true);
    expect(state.holds).toHaveLength(27);
    expect(state.holds.every((hold) => !hold.skipped && hold.achievedMs === 20_000)).toBe(true);
  });

  it("a tick long after the last one moves through every step that ended meanwhile", () => {
    const state = advancePlayer(deepFreeze(startPlayer(builtIn, T0)), { type: "tick", atMs: T0 + 100_000 });
    expect(current(state)).toMatchObject({ stretchId: "forward-roll", kind: "hold", repetition: 3 });
    expect(state.stepStartedAtMs).toBe(T0 + current(state).startMs);
    expect(state.holds.map((hold) => hold.achievedMs)).toEqual([20_000, 20_000]);
  });

  it("a tick at exactly the end of the prepare step starts the ease-in", () => {
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "tick", atMs: T0 + 10_000 });
    expect(current(state).kind).toBe("stretch");
    expect(advancePlayer(startPlayer(builtIn, T0), { type: "tick", atMs: T0 + 9_999 }).stepIndex).toBe(0);
  });

  it("a tick at the same instant as the last event is fine, and returns a new state", () => {
    const state = deepFreeze(startPlayer(builtIn, T0));
    const next = advancePlayer(state, { type: "tick", atMs: T0 });
    expect(next).toEqual(state);
    expect(next).not.toBe(state);
    expect(next.session).toBe(state.session);
  });

  it("a tick past the session's end finishes it at the end, not at the tick", () => {
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "tick", atMs: T0 + 2_000_000 });
    expect(state).toMatchObject({ status: "finished", endedAtMs: T0 + 970_000, lastAtMs: T0 + 2_000_000 });
  });
});

describe("advancePlayer: pause and resume", () => {
  it("a minute paused in the first hold does not count: the hold ends a minute later, held in full", () => {
    const holdStart = T0 + stepAtIndex(builtIn, firstHold).startMs;
    const paused = play(at(firstHold), [{ type: "pause", atMs: holdStart + 5_000 }]);
    expect(paused).toMatchObject({ status: "paused", pausedAtMs: holdStart + 5_000 });
    const stillPaused = advancePlayer(paused, { type: "tick", atMs: holdStart + 50_000 });
    expect(stillPaused.stepIndex).toBe(firstHold);
    const resumed = play(stillPaused, [{ type: "resume", atMs: holdStart + 65_000 }]);
    expect(resumed).toMatchObject({ status: "running", pausedAtMs: null, pausedInStepMs: 60_000 });
    expect(advancePlayer(resumed, { type: "tick", atMs: holdStart + 79_999 }).stepIndex).toBe(firstHold);
    const after = advancePlayer(resumed, { type: "tick", atMs: holdStart + 80_000 });
    expect(current(after).kind).toBe("release");
    expect(after.holds).toEqual([{ stepIndex: firstHold, achievedMs: 20_000, skipped: false }]);
  });

  it("after a resume, the countdown shows the time left when the pause began", () => {
    const paused = play(startPlayer(builtIn, T0), [{ type: "pause", atMs: T0 + 4_000 }]);
    const resumed = play(paused, [
      { type: "tick", atMs: T0 + 30_000 },
      { type: "resume", atMs: T0 + 40_000 },
    ]);
    expect(playerProgress(paused).remainingInStepMs).toBe(6_000);
    expect(playerProgress(resumed).remainingInStepMs).toBe(6_000);
  });

  it("pausing twice and resuming twice add up within a step", () => {
    const state = play(startPlayer(builtIn, T0), [
      { type: "pause", atMs: T0 + 1_000 },
      { type: "resume", atMs: T0 + 3_000 },
      { type: "pause", atMs: T0 + 4_000 },
      { type: "resume", atMs: T0 + 9_000 },
      { type: "tick", atMs: T0 + 16_999 },
    ]);
    expect(state).toMatchObject({ stepIndex: 0, pausedInStepMs: 7_000 });
    expect(advancePlayer(state, { type: "tick", atMs: T0 + 17_000 }).stepIndex).toBe(1);
  });

  it("a pause sent after the session ended by the clock is refused, as it is after a tick at that instant", () => {
    const state = deepFreeze(startPlayer(builtIn, T0));
    const pause = { type: "pause", atMs: T0 + 980_000 } as const;
    expect(issuesOf(() => advancePlayer(state, pause), "invalid_state")[0]?.message).toMatch(/has finished/);
    const ticked = advancePlayer(state, { type: "tick", atMs: T0 + 980_000 });
    expect(ticked).toMatchObject({ status: "finished", endedAtMs: T0 + 970_000 });
    expect(issuesOf(() => advancePlayer(ticked, pause), "invalid_state")[0]?.message).toMatch(/has finished/);
  });
});

describe("advancePlayer: skip", () => {
  it("skipping the prepare step starts the forward roll's ease-in at once", () => {
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "skip", atMs: T0 + 3_000 });
    expect(current(state)).toMatchObject({ kind: "stretch", stretchId: "forward-roll", repetition: 1 });
    expect(state.stepStartedAtMs).toBe(T0 + 3_000);
    expect(state.holds).toEqual([]);
  });

  it("skipping a hold after 10 s records 10 s of 20 held, marked skipped, and starts the release", () => {
    const holdStart = T0 + stepAtIndex(builtIn, firstHold).startMs;
    const state = advancePlayer(at(firstHold), { type: "skip", atMs: holdStart + 10_000 });
    expect(current(state).kind).toBe("release");
    expect(state.holds).toEqual([{ stepIndex: firstHold, achievedMs: 10_000, skipped: true }]);
  });

  it("skipping while paused moves on and stays paused, with no time counted in the new step", () => {
    const state = play(startPlayer(builtIn, T0), [
      { type: "pause", atMs: T0 + 2_000 },
      { type: "skip", atMs: T0 + 8_000 },
    ]);
    expect(state).toMatchObject({
      status: "paused",
      stepIndex: 1,
      stepStartedAtMs: T0 + 8_000,
      pausedAtMs: T0 + 8_000,
    });
    const resumed = advancePlayer(state, { type: "resume", atMs: T0 + 20_000 });
    expect(playerProgress(resumed).elapsedInStepMs).toBe(0);
  });

  it("a skip sent when the last step has begun ends the session, completed", () => {
    const last = builtIn.steps.length - 1;
    const state = advancePlayer(at(last), { type: "skip", atMs: T0 + stepAtIndex(builtIn, last).startMs + 1 });
    expect(state).toMatchObject({ status: "finished", stepIndex: builtIn.steps.length, lastStepReached: true });
  });
});

describe("advancePlayer: release", () => {
  it("letting go of a hold after 12 s records 12 s held, not skipped, and starts breathing out", () => {
    const holdStart = T0 + stepAtIndex(builtIn, firstHold).startMs;
    const state = advancePlayer(at(firstHold), { type: "release", atMs: holdStart + 12_000 });
    expect(current(state)).toMatchObject({ kind: "release", breath: "exhale" });
    expect(state.stepStartedAtMs).toBe(holdStart + 12_000);
    expect(state.holds).toEqual([{ stepIndex: firstHold, achievedMs: 12_000, skipped: false }]);
  });

  it("letting go while paused records what was held before the pause", () => {
    const holdStart = T0 + stepAtIndex(builtIn, firstHold).startMs;
    const state = play(at(firstHold), [
      { type: "pause", atMs: holdStart + 7_000 },
      { type: "release", atMs: holdStart + 30_000 },
    ]);
    expect(state).toMatchObject({ status: "paused" });
    expect(state.holds).toEqual([{ stepIndex: firstHold, achievedMs: 7_000, skipped: false }]);
  });

  it("letting go just after the hold ended by the clock is refused, whether or not a tick came first", () => {
    const holdStart = T0 + stepAtIndex(builtIn, firstHold).startMs;
    const release = { type: "release", atMs: holdStart + 20_300 } as const;
    const late = issuesOf(() => advancePlayer(at(firstHold), release), "invalid_state");
    expect(late[0]?.message).toBe("a release ends a hold, but the step at that instant is a release step");
    const ticked = advancePlayer(at(firstHold), { type: "tick", atMs: holdStart + 20_300 });
    expect(ticked.holds).toEqual([{ stepIndex: firstHold, achievedMs: 20_000, skipped: false }]);
    expect(issuesOf(() => advancePlayer(ticked, release), "invalid_state")).toEqual(late);
  });

  it("a release acts on the step at its instant, not on the step of the last event: no tick needed first", () => {
    // 18 s after the start is inside the first hold (prepare 10 s, ease 5 s); the state was never ticked.
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "release", atMs: T0 + 18_000 });
    const ticked = advancePlayer(advancePlayer(startPlayer(builtIn, T0), { type: "tick", atMs: T0 + 18_000 }), {
      type: "release",
      atMs: T0 + 18_000,
    });
    expect(current(state).kind).toBe("release");
    expect(state.holds).toEqual([{ stepIndex: firstHold, achievedMs: 3_000, skipped: false }]);
    expect(state).toEqual(ticked);
  });

  it("letting go outside a hold is refused, and the state is left as it was", () => {
    const state = deepFreeze(startPlayer(builtIn, T0));
    const before = jsonCopy(state);
    const issues = issuesOf(() => advancePlayer(state, { type: "release", atMs: T0 + 1 }), "invalid_state");
    expect(issues[0]?.message).toMatch(/step at that instant is a prepare step/);
    expect(state).toEqual(before);
  });

  it("a hold that does not end on the user cannot be let go of early", () => {
    const strict = defineStretch({
      ...getStretch("forward-roll"),
      id: "timed-roll",
      hold: { minSeconds: 10, targetSeconds: 20, maxSeconds: 60, endsOnUser: false },
    });
    const session = scheduleSession(routineOf([{ stretchId: "timed-roll", repetitions: 1, holdSeconds: 20 }]), {
      catalog: [strict],
    });
    const hold = indexOf(session, { kind: "hold" });
    let state = startPlayer(session, 0);
    while (state.stepIndex < hold) state = advancePlayer(state, { type: "skip", atMs: 0 });
    const issues = issuesOf(() => advancePlayer(state, { type: "release", atMs: 5 }), "invalid_state");
    expect(issues[0]?.message).toMatch(/does not end on the user/);
  });
});

describe("advancePlayer: pain and skip-stretch", () => {
  it("a pain report in the first hold of the spine rotation skips its other five holds and starts the gluteal stretch", () => {
    const hold = indexOf(builtIn, { stretchId: "spine-rotation", kind: "hold" });
    const holdStart = T0 + stepAtIndex(builtIn, hold).startMs;
    const before = at(hold);
    const state = advancePlayer(before, { type: "pain", atMs: holdStart + 8_000 });
    expect(current(state)).toMatchObject({ stretchId: "gluteal-stretch", kind: "prepare" });
    expect(state.stepStartedAtMs).toBe(holdStart + 8_000);
    expect(state.pain).toEqual([{ stretchId: "spine-rotation", side: "left", atMs: holdStart + 8_000 }]);
    const spine = state.holds.slice(before.holds.length);
    expect(spine).toHaveLength(6);
    expect(spine[0]).toEqual({ stepIndex: hold, achievedMs: 8_000, skipped: true });
    expect(spine.slice(1).every((held) => held.skipped && held.achievedMs === 0)).toBe(true);
  });

  it("a pain report keeps the user's note and the side being stretched", () => {
    const rest = indexOf(builtIn, { stretchId: "sideways-reach", kind: "rest", side: "right" });
    const atMs = T0 + stepAtIndex(builtIn, rest).startMs + 1_000;
    const state = advancePlayer(at(rest), { type: "pain", atMs, note: "a pull on the right" });
    expect(state.pain).toEqual([{ stretchId: "sideways-reach", side: "right", atMs, note: "a pull on the right" }]);
  });

  it("a pain report while paused starts the next stretch, still paused", () => {
    const state = play(startPlayer(builtIn, T0), [
      { type: "pause", atMs: T0 + 1_000 },
      { type: "pain", atMs: T0 + 5_000 },
    ]);
    expect(state.status).toBe("paused");
    expect(current(state)).toMatchObject({ stretchId: "sideways-reach", kind: "prepare" });
  });

  it("a pain report in the quadriceps stretch, the last one, ends the session as stopped", () => {
    const hold = indexOf(builtIn, { stretchId: "quadriceps-stretch", kind: "hold", side: "right", repetition: 2 });
    const state = advancePlayer(at(hold), { type: "pain", atMs: T0 + stepAtIndex(builtIn, hold).startMs });
    expect(state).toMatchObject({ status: "finished", stepIndex: builtIn.steps.length, lastStepReached: false });
    expect(state.holds).toHaveLength(27);
    expect(state.holds.slice(-2).every((held) => held.skipped && held.achievedMs === 0)).toBe(true);
  });

  it("skipping the forward roll starts the sideways reach and records its three holds as skipped", () => {
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "skip-stretch", atMs: T0 + 2_000 });
    expect(current(state)).toMatchObject({ stretchId: "sideways-reach", kind: "prepare", side: "left" });
    expect(state.pain).toEqual([]);
    expect(state.holds.map((held) => [held.achievedMs, held.skipped])).toEqual([
      [0, true],
      [0, true],
      [0, true],
    ]);
  });

  it("skipping a stretch finds the next one even when sessions leave out prepare steps", () => {
    // The forward roll twice in a row: scheduleSession refuses a stretch twice in a routine, but a
    // session is data (stored, or made by an older version), so two sessions are joined here.
    const first_ = scheduleSession(routineOf([{ stretchId: "forward-roll", repetitions: 2, holdSeconds: 10 }]), {
      prepareSeconds: 0,
    });
    const rest = scheduleSession(
      routineOf([
        { stretchId: "forward-roll", repetitions: 1, holdSeconds: 10 },
        { stretchId: "gluteal-stretch", repetitions: 1, holdSeconds: 10 },
      ]),
      { prepareSeconds: 0 },
    );
    const offset = first_.steps.length;
    const session = {
      ...first_,
      totalMs: first_.totalMs + rest.totalMs,
      steps: [
        ...first_.steps,
        ...rest.steps.map((step) => ({ ...step, index: step.index + offset, startMs: step.startMs + first_.totalMs })),
      ],
      cues: [
        ...first_.cues,
        ...rest.cues.map((cue) => ({ ...cue, atMs: cue.atMs + first_.totalMs, stepIndex: cue.stepIndex + offset })),
      ],
    };
    expect(session.steps.some((step) => step.kind === "prepare")).toBe(false);
    const first = advancePlayer(startPlayer(session, 0), { type: "skip-stretch", atMs: 1 });
    expect(first.stepIndex).toBe(indexOf(session, { kind: "stretch", repetition: 1 }) + 7);
    expect(first.holds).toHaveLength(2);
    const second = advancePlayer(first, { type: "skip-stretch", atMs: 2 });
    expect(current(second)).toMatchObject({ stretchId: "gluteal-stretch", side: "left", repetition: 1 });
    expect(second.holds).toHaveLength(3);
  });
});

describe("advancePlayer: stop", () => {
  it("stopping in a hold ends the session there, with what was held so far", () => {
    const holdStart = T0 + stepAtIndex(builtIn, firstHold).startMs;
    const state = advancePlayer(at(firstHold), { type: "stop", atMs: holdStart + 4_000 });
    expect(state).toMatchObject({ status: "finished", stepIndex: firstHold, endedAtMs: holdStart + 4_000 });
    expect(state.holds).toEqual([{ stepIndex: firstHold, achievedMs: 4_000, skipped: true }]);
  });

  it("stopping while paused ends the session at the stop", () => {
    const state = play(startPlayer(builtIn, T0), [
      { type: "pause", atMs: T0 + 1_000 },
      { type: "stop", atMs: T0 + 9_000 },
    ]);
    expect(state).toMatchObject({ status: "finished", pausedAtMs: null, endedAtMs: T0 + 9_000, pausedInStepMs: 8_000 });
  });

  it("a one-step session has reached its last step as soon as it starts", () => {
    const session = tinySession();
    const one = { ...session, totalMs: 2000, steps: session.steps.slice(0, 1) };
    const state = advancePlayer(startPlayer(one, 0), { type: "stop", atMs: 1 });
    expect(state).toMatchObject({ status: "finished", lastStepReached: true, stepIndex: 0 });
  });
});

describe("advancePlayer: refused events leave the state as it was", () => {
  const state = deepFreeze(advancePlayer(startPlayer(builtIn, T0), { type: "tick", atMs: T0 + 5_000 }));
  const snapshot = jsonCopy(state);
  const finished = deepFreeze(advancePlayer(state, { type: "stop", atMs: T0 + 6_000 }));

  it.each<[string, unknown, string]>([
    ["an unknown type", { type: "jump", atMs: T0 + 6_000 }, "type: invalid_value"],
    ["a missing type", { atMs: T0 + 6_000 }, "type: invalid_value"],
    ["NaN", { type: "tick", atMs: Number.NaN }, "atMs: invalid_type"],
    ["Infinity", { type: "tick", atMs: Number.POSITIVE_INFINITY }, "atMs: invalid_type"],
    ["a string time", { type: "tick", atMs: "6000" }, "atMs: invalid_type"],
    ["a fractional time", { type: "tick", atMs: T0 + 6_000.5 }, "atMs: not_integer"],
    ["a negative time", { type: "tick", atMs: -1 }, "atMs: too_small"],
    ["an unsafe time", { type: "tick", atMs: 2 ** 53 }, "atMs: too_big"],
    ["a note that is not a text", { type: "pain", atMs: T0 + 6_000, note: 42 }, "note: invalid_type"],
    ["a note too long", { type: "pain", atMs: T0 + 6_000, note: "x".repeat(1001) }, "note: too_big"],
    ["time going backwards", { type: "tick", atMs: T0 + 4_999 }, "atMs: out_of_order"],
    ["null", null, ": invalid_type"],
    ["a number", 5, ": invalid_type"],
  ])("%s is an invalid event", (_, event, expected) => {
    const issues = issuesOf(() => advancePlayer(state, event as PlayerEvent), "invalid_event");
    expect(summary(issues)).toEqual([expected]);
    expect(state).toEqual(snapshot);
  });

  it("a bad event lists every issue at once", () => {
    const issues = issuesOf(
      () => advancePlayer(state, { type: "hop", atMs: -3 } as unknown as PlayerEvent),
      "invalid_event",
    );
    expect(summary(issues)).toEqual(["type: invalid_value", "atMs: too_small"]);
  });

  it.each<[string, PlayerState, PlayerEvent, RegExp]>([
    ["resume when not paused", state, { type: "resume", atMs: T0 + 6_000 }, /not paused/],
    [
      "pause when paused",
      advancePlayer(state, { type: "pause", atMs: T0 + 5_500 }),
      { type: "pause", atMs: T0 + 6_000 },
      /already paused/,
    ],
    ["a resume once finished", finished, { type: "resume", atMs: T0 + 7_000 }, /has finished/],
    ["a skip once finished", finished, { type: "skip", atMs: T0 + 7_000 }, /has finished/],
  ])("%s is refused by the state", (_, given, event, message) => {
    const frozen = deepFreeze(given);
    const before = jsonCopy(frozen);
    const issues = issuesOf(() => advancePlayer(frozen, event), "invalid_state");
    expect(issues[0]?.message).toMatch(message);
    expect(frozen).toEqual(before);
  });

  it("a tick once finished changes nothing but the time of the last event: a UI's timer needs no guard", () => {
    const later = advancePlayer(finished, { type: "tick", atMs: T0 + 7_000 });
    expect({ ...later, lastAtMs: finished.lastAtMs }).toEqual(finished);
    expect(later.lastAtMs).toBe(T0 + 7_000);
    expect(issuesOf(() => advancePlayer(later, { type: "tick", atMs: T0 + 6_999 }), "invalid_event").length).toBe(1);
  });

  it.each<[string, unknown, string]>([
    ["null", null, ": invalid_type"],
    ["a session", builtIn, "version: invalid_value"],
    ["a state of another version", { ...snapshot, version: 2 }, "version: invalid_value"],
    ["a state without its session", { ...snapshot, session: null }, "session: invalid_value"],
    ["a state with an unknown status", { ...snapshot, status: "idle" }, "status: invalid_value"],
    ["a state past its steps", { ...snapshot, stepIndex: 108 }, "stepIndex: invalid_value"],
    ["a state with a NaN time", { ...snapshot, lastAtMs: Number.NaN }, "lastAtMs: invalid_type"],
    ["a running state with a pause", { ...snapshot, pausedAtMs: T0 }, "pausedAtMs: invalid_value"],
    ["a paused state without its pause", { ...snapshot, status: "paused" }, "pausedAtMs: invalid_value"],
    ["a running state with an end", { ...snapshot, endedAtMs: T0 }, "endedAtMs: invalid_value"],
    ["a finished state without an end", { ...snapshot, status: "finished" }, "endedAtMs: invalid_value"],
    ["a state without holds", { ...snapshot, holds: undefined }, "holds: invalid_value"],
    ["a state without pain", { ...snapshot, pain: {} }, "pain: invalid_value"],
    ["a state with a bad flag", { ...snapshot, lastStepReached: "yes" }, "lastStepReached: invalid_value"],
    [
      "a state whose step is gone",
      { ...snapshot, session: { ...snapshot.session, steps: [null] } },
      "session: invalid_value",
    ],
  ])("%s is not a player state", (_, given, expected) => {
    const issues = issuesOf(
      () => advancePlayer(given as PlayerState, { type: "tick", atMs: T0 + 9_000 }),
      "invalid_state",
    );
    expect(summary(issues)).toContain(expected);
  });

  it("a state read back from storage whose later steps were tampered with is refused at once, its session checked in full", () => {
    const steps = [...snapshot.session.steps];
    steps[1] = null as unknown as (typeof steps)[number];
    const broken = { ...snapshot, session: { ...snapshot.session, steps } };
    const issues = issuesOf(() => advancePlayer(broken, { type: "tick", atMs: T0 + 9_000 }), "invalid_state");
    expect(summary(issues)).toEqual(["session.steps.1: invalid_type"]);
  });

  it("a frozen state whose later steps were tampered with is refused when the player reaches them", () => {
    const steps = [...snapshot.session.steps];
    steps[1] = null as unknown as (typeof steps)[number];
    const broken = deepFreeze({ ...snapshot, session: { ...snapshot.session, steps } });
    expect(advancePlayer(broken, { type: "tick", atMs: T0 + 9_000 }).stepIndex).toBe(0);
    const issues = issuesOf(() => advancePlayer(broken, { type: "tick", atMs: T0 + 60_000 }), "invalid_state");
    expect(summary(issues)).toEqual(["session.steps.1: invalid_value"]);
  });
});

describe("advancePlayer refuses events with keys it does not know", () => {
  it("refuses an unknown key, and a note on an event other than pain, leaving the state as it was", () => {
    const state = deepFreeze(startPlayer(builtIn, 0));
    const before = jsonCopy(state);
    expect(
      summary(issuesOf(() => advancePlayer(state, { type: "tick", atMs: 1, extra: 1 } as never), "invalid_event")),
    ).toEqual(["extra: unrecognized_key"]);
    expect(
      summary(issuesOf(() => advancePlayer(state, { type: "skip", atMs: 1, note: "x" } as never), "invalid_event")),
    ).toEqual(["note: invalid_value"]);
    expect(state).toEqual(before);
  });

  it("accepts a note left undefined on any event, and a note on a pain event", () => {
    const state = startPlayer(builtIn, 0);
    const tick = { type: "tick", atMs: 1, note: undefined } as unknown as PlayerEvent;
    expect(advancePlayer(state, tick).lastAtMs).toBe(1);
    expect(advancePlayer(state, { type: "pain", atMs: 1, note: "sharp" }).pain).toHaveLength(1);
  });
});

describe("advancePlayer: what a broken state or event shows", () => {
  const state = deepFreeze(startPlayer(builtIn, T0));
  const tick = { type: "tick", atMs: T0 + 1 } as const;
  const notAState = (given: unknown): readonly StretchKitIssue[] =>
    issuesOf(() => advancePlayer(given as PlayerState, tick), "invalid_state");

  it("lists every issue of a state, each with its path, code and message", () => {
    const broken = {
      version: 2,
      session: { steps: [], totalMs: 1 },
      status: "idle",
      stepIndex: 1.5,
      startedAtMs: Number.NaN,
      stepStartedAtMs: "0",
      pausedInStepMs: -1,
      lastAtMs: 0.5,
      pausedAtMs: 5,
      endedAtMs: 5,
      lastStepReached: "yes",
      holds: {},
      pain: null,
    };
    const error = errorOf(() => advancePlayer(broken as unknown as PlayerState, tick));
    expect(error.code).toBe("invalid_state");
    expect(error.message.split("\n")[0]).toBe("Not a player state");
    expect(error.issues).toEqual([
      {
        path: ["version"],
        code: "invalid_value",
        message: "must be 1: this is not a player state of this version of stretchkit",
      },
      { path: ["session"], code: "invalid_value", message: "must be the session the player was started with" },
      { path: ["status"], code: "invalid_value", message: 'must be "running", "paused" or "finished"' },
      { path: ["stepIndex"], code: "invalid_value", message: "must be a step index within 0 to -1" },
      { path: ["startedAtMs"], code: "invalid_type", message: "must be a finite number of milliseconds, got NaN" },
      {
        path: ["stepStartedAtMs"],
        code: "invalid_type",
        message: "must be a finite number of milliseconds, got string",
      },
      { path: ["pausedInStepMs"], code: "too_small", message: "must be at least 0" },
      {
        path: ["lastAtMs"],
        code: "not_integer",
        message: "must be a whole number of milliseconds (e.g. Math.round(now))",
      },
      { path: ["pausedAtMs"], code: "invalid_value", message: "must be null when not paused" },
      { path: ["endedAtMs"], code: "invalid_value", message: "must be null until finished" },
      { path: ["lastStepReached"], code: "invalid_value", message: "must be a boolean" },
      { path: ["holds"], code: "invalid_value", message: "must be an array" },
      { path: ["pain"], code: "invalid_value", message: "must be an array" },
    ]);
    expect(notAState(null)).toEqual([
      { path: [], code: "invalid_type", message: "must be a player state from startPlayer" },
    ]);
  });

  it.each<[string, Record<string, unknown>, StretchKitIssue]>([
    [
      "another version",
      { version: 2 },
      {
        path: ["version"],
        code: "invalid_value",
        message: "must be 1: this is not a player state of this version of stretchkit",
      },
    ],
    [
      "a session without its total",
      { session: { ...builtIn, totalMs: "970000" } },
      { path: ["session"], code: "invalid_value", message: "must be the session the player was started with" },
    ],
    [
      "an unknown status",
      { status: "idle" },
      { path: ["status"], code: "invalid_value", message: 'must be "running", "paused" or "finished"' },
    ],
    [
      "a step index past the last step",
      { stepIndex: 108 },
      { path: ["stepIndex"], code: "invalid_value", message: "must be a step index within 0 to 107" },
    ],
    [
      "a negative step index",
      { stepIndex: -1 },
      { path: ["stepIndex"], code: "invalid_value", message: "must be a step index within 0 to 107" },
    ],
    [
      "a step index that is an object",
      { stepIndex: {} },
      { path: ["stepIndex"], code: "invalid_value", message: "must be a step index within 0 to 107" },
    ],
    [
      "a current step that is gone",
      { session: { ...builtIn, steps: [null, ...builtIn.steps.slice(1)] } },
      { path: ["session"], code: "invalid_value", message: "step 0 must be a step of the session" },
    ],
    [
      "a current step without a duration",
      { session: { ...builtIn, steps: [{ ...builtIn.steps[0], durationMs: "1" }, ...builtIn.steps.slice(1)] } },
      { path: ["session"], code: "invalid_value", message: "step 0 must be a step of the session" },
    ],
    [
      "a current step without a start",
      { session: { ...builtIn, steps: [{ ...builtIn.steps[0], startMs: null }, ...builtIn.steps.slice(1)] } },
      { path: ["session"], code: "invalid_value", message: "step 0 must be a step of the session" },
    ],
    ["a bad start", { startedAtMs: -1 }, { path: ["startedAtMs"], code: "too_small", message: "must be at least 0" }],
    [
      "a bad step start",
      { stepStartedAtMs: -1 },
      { path: ["stepStartedAtMs"], code: "too_small", message: "must be at least 0" },
    ],
    [
      "a bad paused time",
      { pausedInStepMs: 2 ** 53 },
      { path: ["pausedInStepMs"], code: "too_big", message: "must be at most Number.MAX_SAFE_INTEGER" },
    ],
    [
      "a bad last event",
      { lastAtMs: null },
      { path: ["lastAtMs"], code: "invalid_type", message: "must be a finite number of milliseconds, got object" },
    ],
    [
      "a pause while running",
      { pausedAtMs: T0 },
      { path: ["pausedAtMs"], code: "invalid_value", message: "must be null when not paused" },
    ],
    [
      "a pause without its instant",
      { status: "paused" },
      { path: ["pausedAtMs"], code: "invalid_value", message: "must be the instant the pause began" },
    ],
    [
      "an end while running",
      { endedAtMs: T0 },
      { path: ["endedAtMs"], code: "invalid_value", message: "must be null until finished" },
    ],
    [
      "a bad flag",
      { lastStepReached: 0 },
      { path: ["lastStepReached"], code: "invalid_value", message: "must be a boolean" },
    ],
    ["no holds", { holds: null }, { path: ["holds"], code: "invalid_value", message: "must be an array" }],
    ["no pain reports", { pain: "" }, { path: ["pain"], code: "invalid_value", message: "must be an array" }],
  ])("a state with %s is refused with that one issue", (_, patch, issue) => {
    expect(notAState({ ...state, ...patch })).toEqual([issue]);
  });

  it("a state with no steps in its session has no step to be at either", () => {
    const session = {
      path: ["session"],
      code: "invalid_value",
      message: "must be the session the player was started with",
    };
    const stepIndex = { path: ["stepIndex"], code: "invalid_value", message: "must be a step index within 0 to -1" };
    expect(notAState({ ...state, session: { ...builtIn, steps: [] } })).toEqual([session, stepIndex]);
    expect(notAState({ ...state, session: { ...builtIn, steps: {} } })).toEqual([session, stepIndex]);
  });

  it.each<[string, Record<string, unknown>, StretchKitIssue]>([
    [
      "no end",
      { endedAtMs: null },
      { path: ["endedAtMs"], code: "invalid_value", message: "must be the instant the session ended" },
    ],
    [
      "a pause",
      { pausedAtMs: T0 },
      { path: ["pausedAtMs"], code: "invalid_value", message: "must be null when not paused" },
    ],
    [
      "a step index past the end",
      { stepIndex: 109 },
      { path: ["stepIndex"], code: "invalid_value", message: "must be a step index within 0 to 108" },
    ],
    [
      "no steps",
      { session: { ...builtIn, steps: [] }, stepIndex: 0 },
      { path: ["session"], code: "invalid_value", message: "must be the session the player was started with" },
    ],
  ])("a finished state with %s is refused with that one issue, by every function", (_, patch, issue) => {
    const finished = { ...advancePlayer(state, { type: "stop", atMs: T0 + 1 }), ...patch } as PlayerState;
    expect(notAState(finished)).toEqual([issue]);
    expect(issuesOf(() => playerProgress(finished), "invalid_state")).toEqual([issue]);
  });

  it("a finished state past its last step is one: its progress is the whole bar", () => {
    const ended = play(state, [{ type: "tick", atMs: T0 + builtIn.totalMs }]);
    expect(ended.stepIndex).toBe(108);
    expect(playerProgress(ended).progress).toBe(1);
  });

  it("a state whose later step is tampered with names that step when the player reaches it", () => {
    const steps = [...builtIn.steps];
    steps[1] = { ...(steps[1] as SessionStep), durationMs: "1000" as unknown as number };
    // Frozen, as the player leaves its states: the session is not checked again, only each step reached.
    const broken = deepFreeze({ ...state, session: { ...builtIn, steps } });
    const error = errorOf(() => advancePlayer(broken, { type: "tick", atMs: T0 + 60_000 }));
    expect(error.code).toBe("invalid_state");
    expect(error.message.split("\n")[0]).toBe("Not a player state");
    expect(error.issues).toEqual([
      { path: ["session", "steps", 1], code: "invalid_value", message: "must be a step of the session" },
    ]);
  });

  it("lists every issue of an event, with its message", () => {
    const error = errorOf(() => advancePlayer(state, { type: "hop", atMs: "5", extra: 1, note: "x" } as never));
    expect(error.code).toBe("invalid_event");
    expect(error.message.split("\n")[0]).toBe("Invalid player event");
    expect(error.issues).toEqual([
      {
        path: ["type"],
        code: "invalid_value",
        message: 'must be one of "tick", "pause", "resume", "skip", "skip-stretch", "release", "pain", "stop"',
      },
      { path: ["atMs"], code: "invalid_type", message: "must be a finite number of milliseconds, got string" },
      { path: ["extra"], code: "unrecognized_key", message: 'unknown key "extra"' },
      { path: ["note"], code: "invalid_value", message: "only a pain event takes a note" },
    ]);
    for (const event of [null, 5, [tick]]) {
      expect(issuesOf(() => advancePlayer(state, event as never), "invalid_event")).toEqual([
        { path: [], code: "invalid_type", message: "must be an event object { type, atMs }" },
      ]);
      expect(firstLineOf(() => advancePlayer(state, event as never))).toBe("Invalid player event");
    }
  });

  it("checks a note only on a pain event, up to 1,000 characters", () => {
    const longest = "x".repeat(1000);
    expect(advancePlayer(state, { type: "pain", atMs: T0 + 1, note: longest }).pain[0]?.note).toBe(longest);
    expect(issuesOf(() => advancePlayer(state, { type: "pain", atMs: -1, note: longest }), "invalid_event")).toEqual([
      { path: ["atMs"], code: "too_small", message: "must be at least 0" },
    ]);
    expect(issuesOf(() => advancePlayer(state, { type: "pain", atMs: -1 }), "invalid_event")).toEqual([
      { path: ["atMs"], code: "too_small", message: "must be at least 0" },
    ]);
    expect(issuesOf(() => advancePlayer(state, { type: "skip", atMs: 1, note: 42 } as never), "invalid_event")).toEqual(
      [{ path: ["note"], code: "invalid_value", message: "only a pain event takes a note" }],
    );
    expect(issuesOf(() => advancePlayer(state, { type: "pain", atMs: 1, note: 42 } as never), "invalid_event")).toEqual(
      [{ path: ["note"], code: "invalid_type", message: "must be a text" }],
    );
    expect(
      issuesOf(() => advancePlayer(state, { type: "pain", atMs: 1, note: `${longest}x` }), "invalid_event"),
    ).toEqual([{ path: ["note"], code: "too_big", message: "must be at most 1000 characters long" }]);
  });

  it("a note left undefined is no issue, even on an event refused for another reason", () => {
    expect(
      issuesOf(() => advancePlayer(state, { type: "tick", atMs: -1, note: undefined } as never), "invalid_event"),
    ).toEqual([{ path: ["atMs"], code: "too_small", message: "must be at least 0" }]);
  });

  it("a paused state with its pause but no holds is refused for the holds alone", () => {
    expect(notAState({ ...state, status: "paused", pausedAtMs: T0, holds: null })).toEqual([
      { path: ["holds"], code: "invalid_value", message: "must be an array" },
    ]);
  });

  it("a pain report without a note has no note key", () => {
    const report = advancePlayer(state, { type: "pain", atMs: T0 + 1 }).pain[0];
    expect(Object.keys(report ?? {})).toEqual(["stretchId", "side", "atMs"]);
  });

  it("an event before the last one names that time; an event the state does not allow says why", () => {
    const later = advancePlayer(state, { type: "tick", atMs: T0 + 500 });
    const error = errorOf(() => advancePlayer(later, tick));
    expect(error.code).toBe("invalid_event");
    expect(error.message.split("\n")[0]).toBe("Event out of order");
    expect(error.issues).toEqual([
      { path: ["atMs"], code: "out_of_order", message: `must not be before the previous event's time, ${T0 + 500}` },
    ]);
    const release = errorOf(() => advancePlayer(state, { type: "release", atMs: T0 + 1 }));
    expect(release.code).toBe("invalid_state");
    expect(release.message.split("\n")[0]).toBe("Cannot release now");
    expect(release.issues).toEqual([
      {
        path: ["type"],
        code: "invalid_state",
        message: "a release ends a hold, but the step at that instant is a prepare step",
      },
    ]);
    expect(errorOf(() => advancePlayer(state, { type: "resume", atMs: T0 + 1 })).message.split("\n")[0]).toBe(
      "Cannot resume now",
    );
  });

  it("refuses a release on a step other than a hold, even one marked to end on the user", () => {
    const session = tinySession();
    const marked = {
      ...session,
      steps: session.steps.map((step, i) => (i === 1 ? { ...step, endsOnUser: true } : step)),
    };
    const started = startPlayer(marked, T0);
    expect(issuesOf(() => advancePlayer(started, { type: "release", atMs: T0 + 2500 }), "invalid_state")).toEqual([
      {
        path: ["type"],
        code: "invalid_state",
        message: "a release ends a hold, but the step at that instant is a stretch step",
      },
    ]);
  });

  it("a state or an event that throws when read is refused as not a player state", () => {
    const unreadable = Object.defineProperty({ ...state }, "lastAtMs", {
      get() {
        throw new Error("no");
      },
    });
    const issue = {
      path: [],
      code: "invalid_value",
      message: "could not be read: reading it threw (a getter or a Proxy?)",
    };
    expect(notAState(unreadable)).toEqual([issue]);
    const event = Object.defineProperty({ type: "tick" }, "atMs", {
      get() {
        throw new Error("no");
      },
    });
    expect(issuesOf(() => advancePlayer(state, event as never), "invalid_state")).toEqual([issue]);
  });

  it("stopping while running ends the session at the stop, with no paused time", () => {
    const stopped = advancePlayer(state, { type: "stop", atMs: T0 + 1_500 });
    expect(stopped).toMatchObject({ status: "finished", pausedInStepMs: 0, pausedAtMs: null, endedAtMs: T0 + 1_500 });
  });
});

describe("advancePlayer: skip-stretch on hand-built sessions", () => {
  /** A session of the given steps, numbered and laid end to end, with the given cues. */
  function sessionOf(steps: readonly SessionStep[], cues: Session["cues"]): Session {
    let startMs = 0;
    const laid = steps.map((step, index) => {
      const placed = { ...step, index, startMs };
      startMs += step.durationMs;
      return placed;
    });
    return { routineId: "hand-built", totalMs: startMs, steps: laid, cues };
  }
  const tiny = tinySession();
  const [prepare, ease, hold, release] = tiny.steps as readonly SessionStep[] as [
    SessionStep,
    SessionStep,
    SessionStep,
    SessionStep,
  ];

  it("a prepare step starts a stretch even when it is the same stretch again and no cue points to it", () => {
    const session = sessionOf([prepare, ease, hold, release, prepare, ease, hold, release], tiny.cues);
    const state = play(startPlayer(session, 0), [{ type: "skip-stretch", atMs: 2_500 }]);
    expect(state).toMatchObject({ stepIndex: 4, stepStartedAtMs: 2_500, status: "running" });
    expect(state.holds).toEqual([{ stepIndex: 2, achievedMs: 0, skipped: true }]);
  });

  it("without prepare steps or cues, a new stretch id starts a stretch, even one that begins with a hold", () => {
    const reach = { ...hold, stretchId: "sideways-reach" };
    const session = sessionOf([ease, hold, release, reach, { ...release, stretchId: "sideways-reach" }], []);
    const state = play(startPlayer(session, 0), [{ type: "skip-stretch", atMs: 500 }]);
    expect(state).toMatchObject({ stepIndex: 3, stepStartedAtMs: 500 });
    expect(state.holds).toEqual([{ stepIndex: 1, achievedMs: 0, skipped: true }]);
  });

  it("a stretch step tampered with after the start is moved to, then refused when played", () => {
    const session = sessionOf([prepare, ease, hold, release, prepare, ease], tiny.cues);
    const tampered = jsonCopy(startPlayer(session, 0));
    (tampered.session.steps as unknown[])[4] = null;
    // Frozen, as the player leaves its states: the session is not checked again, only each step reached.
    const started = deepFreeze(tampered);
    const moved = advancePlayer(started, { type: "skip-stretch", atMs: 100 });
    expect(moved.stepIndex).toBe(4);
    expect(issuesOf(() => advancePlayer(moved, { type: "tick", atMs: 200 }), "invalid_state")).toEqual([
      { path: ["session"], code: "invalid_value", message: "step 4 must be a step of the session" },
    ]);
  });
});
