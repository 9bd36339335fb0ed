/* What a user sees at the seams of the player: pain is never lost, events mean the same with or without a tick, states share nothing that can change, and huge states cost nothing. */
import { describe, expect, it } from "vitest";
import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { advancePlayer } from "../../src/player/advance-player.js";
import { startPlayer } from "../../src/player/start-player.js";
import { toSessionRecord } from "../../src/player/to-session-record.js";
import type { PlayerState } from "../../src/player/types.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import { jsonCopy } from "../helpers/deep-freeze.js";
import { firstLineOf } from "../helpers/issues.js";
import { builtIn, current, errorOf, indexOf, issuesOf, play, stepAtIndex, summary } from "./fixtures.js";

const T0 = 1_000_000;
const options = { id: "s1", date: "2026-11-23" };

describe("pain is never lost", () => {
  it("pain 50 ms after the session's end, on a state the clock has not finished, is recorded for the last stretch and side", () => {
    const state = startPlayer(builtIn, T0);
    const late = advancePlayer(state, { type: "pain", atMs: T0 + builtIn.totalMs + 50, score: 5 });
    expect(late).toMatchObject({ status: "finished", endedAtMs: T0 + builtIn.totalMs });
    expect(late.pain).toEqual([
      { stretchId: "quadriceps-stretch", side: "right", atMs: T0 + builtIn.totalMs + 50, score: 5 },
    ]);
    const record = toSessionRecord(late, options);
    expect(record.status).toBe("completed");
    expect(record.pain).toHaveLength(1);
  });

  it("pain on the summary screen, on a state already finished, is recorded for the last stretch and side played", () => {
    const stopped = play(startPlayer(builtIn, T0), [
      { type: "tick", atMs: T0 + 40_000 },
      { type: "stop", atMs: T0 + 41_000 },
    ]);
    expect(current(stopped).stretchId).toBe("forward-roll");
    const after = advancePlayer(stopped, { type: "pain", atMs: T0 + 90_000, note: "my back", score: 8 });
    expect(after).toMatchObject({ status: "finished", endedAtMs: T0 + 41_000, lastAtMs: T0 + 90_000 });
    expect(after.pain).toEqual([
      { stretchId: "forward-roll", side: null, atMs: T0 + 90_000, score: 8, note: "my back" },
    ]);
    expect(toSessionRecord(after, options).pain).toEqual(after.pain);
    const ended = play(startPlayer(builtIn, T0), [{ type: "tick", atMs: T0 + builtIn.totalMs }]);
    expect(advancePlayer(ended, { type: "pain", atMs: T0 + builtIn.totalMs + 1 }).pain[0]).toMatchObject({
      stretchId: "quadriceps-stretch",
      side: "right",
    });
  });

  it("pain during a switch-side step is recorded for the side just done, not the side about to start", () => {
    const change = indexOf(builtIn, { stretchId: "sideways-reach", kind: "switch-side" });
    expect(stepAtIndex(builtIn, change).side).toBe("right");
    const atChange = T0 + stepAtIndex(builtIn, change).startMs + 1_000;
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "pain", atMs: atChange });
    expect(state.pain).toEqual([{ stretchId: "sideways-reach", side: "left", atMs: atChange }]);
    expect(current(state).stretchId).toBe("spine-rotation");
  });

  it("pain during a switch-side step to the left is recorded for the right side, just done", () => {
    const rightFirst = scheduleSession(backSpasmRoutine, { firstSide: "right" });
    const change = indexOf(rightFirst, { stretchId: "sideways-reach", kind: "switch-side" });
    expect(stepAtIndex(rightFirst, change).side).toBe("left");
    const atChange = T0 + stepAtIndex(rightFirst, change).startMs + 1_000;
    const state = advancePlayer(startPlayer(rightFirst, T0), { type: "pain", atMs: atChange });
    expect(state.pain).toEqual([{ stretchId: "sideways-reach", side: "right", atMs: atChange }]);
  });

  it("a state read back from storage keeps its pain reports of either side, and refuses one of no side it knows", () => {
    const reported = play(startPlayer(builtIn, T0), [
      { type: "pain", atMs: T0 + 1, score: 4 },
      { type: "pain", atMs: T0 + 2 },
    ]);
    const stored = jsonCopy(reported) as unknown as { pain: unknown[] };
    stored.pain = [
      { stretchId: "sideways-reach", side: "left", atMs: T0 + 1 },
      { stretchId: "sideways-reach", side: "right", atMs: T0 + 2, score: 3 },
    ];
    const next = advancePlayer(stored as unknown as PlayerState, { type: "tick", atMs: T0 + 3 });
    expect(next.pain.map((report) => report.side)).toEqual(["left", "right"]);
    stored.pain = [null, 5, { stretchId: "sideways-reach", side: "left", extra: 1 }];
    expect(
      summary(issuesOf(() => advancePlayer(stored as never, { type: "tick", atMs: T0 + 3 }), "invalid_state")),
    ).toEqual(["pain.0: invalid_value", "pain.1: invalid_value", "pain.2: invalid_value"]);
    expect(firstLineOf(() => advancePlayer(stored as never, { type: "tick", atMs: T0 + 3 }))).toBe(
      "Not a player state",
    );
    stored.pain = [{ stretchId: "sideways-reach", side: "up" }];
    expect(
      summary(issuesOf(() => advancePlayer(stored as never, { type: "tick", atMs: T0 + 3 }), "invalid_state")),
    ).toEqual(["pain.0: invalid_value"]);
  });

  it("a state read back from storage has each hold and pain report checked against what the player records", () => {
    const played = play(startPlayer(builtIn, T0), [
      { type: "tick", atMs: T0 + 40_000 },
      { type: "pain", atMs: T0 + 40_001 },
    ]);
    const stored = jsonCopy(played) as unknown as { holds: unknown[]; pain: unknown[] };
    const hold = stored.holds[0] as Record<string, unknown>;
    const report = stored.pain[0] as Record<string, unknown>;
    const tick = { type: "tick", atMs: T0 + 40_002 } as const;
    const refusedAt = (holds: unknown[], pain: unknown[]) =>
      summary(issuesOf(() => advancePlayer({ ...stored, holds, pain } as never, tick), "invalid_state"));
    // At every bound: the last step, a note of 1,000 characters, a score of 10, no instant.
    const last = builtIn.steps.length - 1;
    const fine = { stretchId: "forward-roll", side: null, score: 10, note: "x".repeat(1000) };
    const kept = advancePlayer({ ...stored, holds: [{ ...hold, stepIndex: last }], pain: [fine] } as never, tick);
    expect([kept.holds[0]?.stepIndex, kept.pain[0]]).toEqual([last, fine]);
    expect(
      refusedAt(
        [
          { ...hold, stepIndex: last + 1 },
          { ...hold, achievedMs: 600_001 },
          { ...hold, skipped: 0 },
          { ...hold, extra: 1 },
          7,
        ],
        [
          { ...report, stretchId: "Forward Roll" },
          { ...report, atMs: -1 },
          { ...report, score: 11 },
          { ...report, note: "x".repeat(1001) },
          { ...report, note: 5 },
        ],
      ),
    ).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `holds.${i}: invalid_value`),
      ...[0, 1, 2, 3, 4].map((i) => `pain.${i}: invalid_value`),
    ]);
    expect(refusedAt([], Array(150).fill(7))).toHaveLength(100);
    expect(issuesOf(() => advancePlayer({ ...stored, holds: [7] } as never, tick), "invalid_state")).toEqual([
      { path: ["holds", 0], code: "invalid_value", message: "must be a hold the player recorded" },
    ]);
    expect(issuesOf(() => advancePlayer({ ...stored, pain: [7] } as never, tick), "invalid_state")).toEqual([
      { path: ["pain", 0], code: "invalid_value", message: "must be a pain report" },
    ]);
  });

  it("a state read back from storage that holds what JSON cannot copy is refused as a whole", () => {
    const stored = jsonCopy(startPlayer(builtIn, T0)) as unknown as { session: { steps: Record<string, unknown>[] } };
    (stored.session.steps[0] as Record<string, unknown>)["extra"] = 1n;
    expect(issuesOf(() => advancePlayer(stored as never, { type: "tick", atMs: T0 + 1 }), "invalid_state")).toEqual([
      { path: [], code: "invalid_value", message: "must be plain JSON data, as the player makes it" },
    ]);
  });

  it("a pain report keeps its 0 to 10 score, and a score that is not one is refused", () => {
    const state = advancePlayer(startPlayer(builtIn, T0), { type: "pain", atMs: T0 + 1, score: 0 });
    expect(state.pain[0]?.score).toBe(0);
    for (const score of [-1, 11, 2.5, Number.NaN, "7"]) {
      expect(
        issuesOf(() => advancePlayer(state, { type: "pain", atMs: T0 + 2, score } as never), "invalid_event"),
      ).toEqual([
        {
          path: ["score"],
          code: "invalid_value",
          message: "must be a whole number from 0 to 10 (the numeric rating scale)",
        },
      ]);
    }
    expect(
      issuesOf(() => advancePlayer(state, { type: "skip", atMs: T0 + 2, score: 3 } as never), "invalid_event"),
    ).toEqual([{ path: ["score"], code: "invalid_value", message: "only a pain event takes a score" }]);
  });
});

describe("states share nothing that can change", () => {
  it("every state is frozen, its lists and entries too: pushing into a new state's pain throws, the old state stays valid", () => {
    const first = advancePlayer(startPlayer(builtIn, T0), { type: "pain", atMs: T0 + 1 });
    const second = advancePlayer(first, { type: "tick", atMs: T0 + 2 });
    for (const state of [first, second]) {
      expect(Object.isFrozen(state) && Object.isFrozen(state.pain) && Object.isFrozen(state.holds)).toBe(true);
      expect(Object.isFrozen(state.pain[0])).toBe(true);
    }
    expect(() => (second.pain as unknown[]).push({})).toThrow(TypeError);
    expect(toSessionRecord(first, options).pain).toHaveLength(1);
  });

  it("a state read back from storage is copied once: changing the caller's arrays later changes no later state", () => {
    const stored = jsonCopy(advancePlayer(startPlayer(builtIn, T0), { type: "pain", atMs: T0 + 1 })) as PlayerState;
    const next = advancePlayer(stored, { type: "tick", atMs: T0 + 2 });
    (stored.pain as unknown[]).push({ stretchId: "x", side: null, atMs: 0 });
    (stored.session.steps as unknown[]).pop();
    expect(next.pain).toHaveLength(1);
    expect(next.session.steps).toHaveLength(builtIn.steps.length);
    expect(Object.isFrozen(next.session.steps)).toBe(true);
  });
});

describe("bounded work on any state", () => {
  const huge = (): unknown[] => {
    const array: unknown[] = [];
    array.length = 2 ** 32 - 1;
    return array;
  };

  it.each(["steps", "cues"] as const)(
    "a state whose session %s is a sparse array of 2^32 - 1 entries is refused at once",
    (key) => {
      const state = startPlayer(builtIn, T0);
      const broken = { ...state, session: { ...state.session, [key]: huge() } } as unknown as PlayerState;
      const started = Date.now();
      for (const run of [
        () => advancePlayer(broken, { type: "pain", atMs: T0 + 1 }),
        () => toSessionRecord(broken, options),
      ]) {
        expect(errorOf(run).code).toBe("invalid_state");
      }
      expect(Date.now() - started).toBeLessThan(1_000);
    },
  );

  it("a state whose pain is a sparse array of 2^32 - 1 entries is refused at once, with a bound", () => {
    const state = { ...startPlayer(builtIn, T0), pain: huge() } as unknown as PlayerState;
    expect(issuesOf(() => advancePlayer(state, { type: "pain", atMs: T0 + 1 }), "invalid_state")).toEqual([
      { path: ["pain"], code: "too_big", message: "must have at most 4000 items" },
    ]);
    expect(issuesOf(() => toSessionRecord(state, options), "invalid_state")).toEqual([
      { path: ["pain"], code: "too_big", message: "must have at most 4000 items" },
    ]);
  });
});

describe("toSessionRecord with effort", () => {
  it("keeps the user's effort rating, 0 to 10, and refuses one outside it", () => {
    const state = startPlayer(builtIn, T0);
    expect(toSessionRecord(state, { ...options, effort: 9 }).effort).toBe(9);
    expect("effort" in toSessionRecord(state, options)).toBe(false);
    expect(issuesOf(() => toSessionRecord(state, { ...options, effort: 11 }), "invalid_options")).toEqual([
      { path: ["effort"], code: "too_big", message: "must be at most 10" },
    ]);
  });
});
