import { describe, expect, it } from "vitest";
import { advancePlayer } from "../../src/player/advance-player.js";
import { playerProgress } from "../../src/player/player-progress.js";
import { startPlayer } from "../../src/player/start-player.js";
import type { PlayerState } from "../../src/player/types.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { firstLineOf } from "../helpers/issues.js";
import { builtIn, indexOf, issuesOf, play, stepAtIndex } from "./fixtures.js";

describe("playerProgress", () => {
  it("shows the first hold counting down: 8 s left of 20, 27 s into the 970 s session", () => {
    const hold = indexOf(builtIn, { kind: "hold" });
    const state = deepFreeze(advancePlayer(startPlayer(builtIn, 0), { type: "tick", atMs: 27_000 }));
    expect(playerProgress(state)).toEqual({
      status: "running",
      step: stepAtIndex(builtIn, hold),
      stepIndex: hold,
      elapsedInStepMs: 12_000,
      remainingInStepMs: 8_000,
      positionMs: 27_000,
      progress: 27_000 / 970_000,
    });
  });

  it("stands still while paused", () => {
    const paused = play(startPlayer(builtIn, 0), [
      { type: "pause", atMs: 3_000 },
      { type: "tick", atMs: 50_000 },
    ]);
    expect(playerProgress(paused)).toMatchObject({ status: "paused", elapsedInStepMs: 3_000, positionMs: 3_000 });
  });

  it("shows the whole bar once the session ran to its end", () => {
    const done = advancePlayer(startPlayer(builtIn, 0), { type: "tick", atMs: 999_000 });
    expect(playerProgress(done)).toEqual({
      status: "finished",
      step: null,
      stepIndex: builtIn.steps.length,
      elapsedInStepMs: 0,
      remainingInStepMs: 0,
      positionMs: 970_000,
      progress: 1,
    });
  });

  it("shows where a stopped session stopped, paused time excluded", () => {
    const stopped = play(startPlayer(builtIn, 0), [
      { type: "pause", atMs: 4_000 },
      { type: "resume", atMs: 6_000 },
      { type: "pause", atMs: 7_000 },
      { type: "stop", atMs: 20_000 },
    ]);
    expect(playerProgress(stopped)).toMatchObject({ status: "finished", stepIndex: 0, elapsedInStepMs: 5_000 });
  });

  it("refuses what is not a player state", () => {
    issuesOf(() => playerProgress({} as PlayerState), "invalid_state");
    const hostile = new Proxy(startPlayer(builtIn, 0), {
      get() {
        throw new Error("no");
      },
    });
    expect(issuesOf(() => playerProgress(hostile), "invalid_state")).toEqual([
      { path: [], code: "invalid_value", message: "could not be read: reading it threw (a getter or a Proxy?)" },
    ]);
    expect(firstLineOf(() => playerProgress(hostile))).toBe("Not a player state");
  });
});
