import { describe, expect, it } from "vitest";
import { advancePlayer } from "../../src/player/advance-player.js";
import { startPlayer } from "../../src/player/start-player.js";
import { toSessionRecord } from "../../src/player/to-session-record.js";
import type { PlayerState } from "../../src/player/types.js";
import { SessionRecordSchema } from "../../src/schema/session-record.js";
import { deepFreeze, jsonCopy } from "../helpers/deep-freeze.js";
import { builtIn, errorOf, indexOf, issuesOf, play, stepAtIndex, summary } from "./fixtures.js";

const T0 = 1_700_000_000_000;
const options = { id: "morning", date: "2026-11-23" } as const;
const ticked = (atMs: number): PlayerState => advancePlayer(startPlayer(builtIn, T0), { type: "tick", atMs });

describe("toSessionRecord", () => {
  it("a session played to its end is completed, with all 27 holds held in full", () => {
    const record = toSessionRecord(deepFreeze(ticked(T0 + 970_000)), options);
    expect(SessionRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      id: "morning",
      routineId: "back-spasm-stretches",
      date: "2026-11-23",
      startedAtMs: T0,
      endedAtMs: T0 + 970_000,
      status: "completed",
      pain: [],
    });
    expect(record.holds).toHaveLength(27);
    expect(record.holds?.[0]).toEqual({
      stretchId: "forward-roll",
      side: null,
      repetition: 1,
      plannedMs: 20_000,
      achievedMs: 20_000,
      skipped: false,
    });
    expect(
      record.holds
        ?.filter((hold) => hold.stretchId === "sideways-reach")
        .map((hold) => `${hold.side} ${hold.repetition}`),
    ).toEqual(["left 1", "left 2", "left 3", "right 1", "right 2", "right 3"]);
    expect(record.holds?.every((hold) => hold.achievedMs === hold.plannedMs && !hold.skipped)).toBe(true);
  });

  it("a session stopped in the sideways reach is stopped: later holds are skipped with nothing held", () => {
    const hold = indexOf(builtIn, { stretchId: "sideways-reach", kind: "hold", repetition: 2 });
    const holdStart = T0 + stepAtIndex(builtIn, hold).startMs;
    const state = play(ticked(holdStart), [
      { type: "release", atMs: holdStart + 15_000 },
      { type: "stop", atMs: holdStart + 16_000 },
    ]);
    const record = toSessionRecord(state, options);
    expect(record.status).toBe("stopped");
    expect(record.endedAtMs).toBe(holdStart + 16_000);
    expect(record.holds?.slice(3, 6)).toEqual([
      {
        stretchId: "sideways-reach",
        side: "left",
        repetition: 1,
        plannedMs: 20_000,
        achievedMs: 20_000,
        skipped: false,
      },
      {
        stretchId: "sideways-reach",
        side: "left",
        repetition: 2,
        plannedMs: 20_000,
        achievedMs: 15_000,
        skipped: false,
      },
      { stretchId: "sideways-reach", side: "left", repetition: 3, plannedMs: 20_000, achievedMs: 0, skipped: true },
    ]);
    expect(record.holds?.slice(5).every((held) => held.skipped && held.achievedMs === 0)).toBe(true);
  });

  it("a session stopped during its last step is completed: the last step was reached", () => {
    const last = builtIn.steps.length - 1;
    const state = advancePlayer(ticked(T0 + stepAtIndex(builtIn, last).startMs + 1), {
      type: "stop",
      atMs: T0 + 968_000,
    });
    expect(toSessionRecord(state, options)).toMatchObject({ status: "completed", endedAtMs: T0 + 968_000 });
  });

  it("pain reports go into the record in the order they were made", () => {
    const state = play(startPlayer(builtIn, T0), [
      { type: "pain", atMs: T0 + 1_000, note: "lower back" },
      { type: "pain", atMs: T0 + 2_000 },
      { type: "stop", atMs: T0 + 3_000 },
    ]);
    expect(toSessionRecord(state, options).pain).toEqual([
      { stretchId: "forward-roll", side: null, atMs: T0 + 1_000, note: "lower back" },
      { stretchId: "sideways-reach", side: "left", atMs: T0 + 2_000 },
    ]);
  });

  it("a state not finished yet gives the record of stopping at its last event, and stays as it is", () => {
    const hold = indexOf(builtIn, { stretchId: "forward-roll", kind: "hold" });
    const holdStart = T0 + stepAtIndex(builtIn, hold).startMs;
    const state = deepFreeze(
      play(ticked(holdStart), [
        { type: "pause", atMs: holdStart + 6_000 },
        { type: "tick", atMs: holdStart + 9_000 },
      ]),
    );
    const before = jsonCopy(state);
    const record = toSessionRecord(state, options);
    expect(record).toMatchObject({ status: "stopped", endedAtMs: holdStart + 9_000 });
    expect(record.holds?.[0]).toMatchObject({ achievedMs: 6_000, skipped: true });
    expect(state).toEqual(before);
  });

  it("a state restored from JSON gives the same record", () => {
    const state = ticked(T0 + 500_000);
    expect(toSessionRecord(jsonCopy(state), options)).toEqual(toSessionRecord(state, options));
  });

  it.each<[string, unknown, readonly string[]]>([
    ["no options", undefined, [": invalid_type"]],
    ["an empty id", { id: "", date: "2026-11-23" }, ["id: too_small"]],
    ["an id too long", { id: "x".repeat(201), date: "2026-11-23" }, ["id: too_big"]],
    ["a date that does not exist", { id: "a", date: "2026-02-30" }, ["date: invalid_format"]],
    ["a date with a time", { id: "a", date: "2026-11-23T10:00" }, ["date: invalid_format"]],
    ["no date and an unknown key", { id: "a", when: "today" }, ["date: invalid_type", "when: unrecognized_key"]],
  ])("refuses %s with every issue", (_, given, expected) => {
    const issues = issuesOf(() => toSessionRecord(ticked(T0), given as typeof options), "invalid_options");
    expect(summary(issues).sort()).toEqual([...expected].sort());
  });

  it("refuses what is not a player state", () => {
    issuesOf(() => toSessionRecord(null as unknown as PlayerState, options), "invalid_state");
    const state = ticked(T0 + 200_000);
    const inflated = { ...state, holds: state.holds.map((hold) => ({ ...hold, achievedMs: 30_000 })) };
    expect(summary(issuesOf(() => toSessionRecord(inflated, options), "invalid_state"))).toEqual([
      "holds: invalid_value",
    ]);
    const extra = { ...state, holds: [...state.holds, { stepIndex: 1, achievedMs: 0, skipped: true }] };
    expect(summary(issuesOf(() => toSessionRecord(extra, options), "invalid_state"))).toEqual(["holds: invalid_value"]);
    const huge = { ...state, holds: state.holds.map((hold) => ({ ...hold, achievedMs: 700_000 })) };
    expect(summary(issuesOf(() => toSessionRecord(huge, options), "invalid_state"))).toEqual([
      "holds.0: invalid_value",
      "holds.1: invalid_value",
      "holds.2: invalid_value",
      "holds.3: invalid_value",
      "holds.4: invalid_value",
    ]);
  });
});

describe("toSessionRecord: what a refusal says", () => {
  it("says which input was wrong: the options, or the state and its holds", () => {
    const state = ticked(T0 + 200_000);
    expect(errorOf(() => toSessionRecord(state, { id: "", date: "2026-11-23" })).message.split("\n")[0]).toBe(
      "Invalid record options",
    );
    const inflated = { ...state, holds: state.holds.map((hold) => ({ ...hold, achievedMs: 30_000 })) };
    const error = errorOf(() => toSessionRecord(inflated, options));
    expect(error.code).toBe("invalid_state");
    expect(error.message.split("\n")[0]).toBe("Not a player state");
    expect(error.issues).toEqual([
      { path: ["holds"], code: "invalid_value", message: "must match the holds of the session, each within its plan" },
    ]);
  });

  it("refuses a state that throws when read, and one whose holds hold anything, as not a player state", () => {
    const unreadable = Object.defineProperty({ ...ticked(T0) }, "pain", {
      get() {
        throw new Error("no");
      },
    });
    expect(issuesOf(() => toSessionRecord(unreadable, options), "invalid_state")).toEqual([
      { path: [], code: "invalid_value", message: "could not be read: reading it threw (a getter or a Proxy?)" },
    ]);
    const state = ticked(T0 + 200_000);
    const junk = { ...state, holds: [null, ...state.holds.slice(1)] } as unknown as PlayerState;
    expect(summary(issuesOf(() => toSessionRecord(junk, options), "invalid_state"))).toEqual([
      "holds.0: invalid_value",
    ]);
  });
});
