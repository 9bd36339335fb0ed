/*
 * The session player: one advancePlayer tick (goal: under 1 µs), and the whole built-in session
 * driven at 60 ticks a second, about 58,200 ticks (goal: under 50 ms in total), against a floor of
 * the same number of stepAt calls, the look-up a UI without the player would make every frame.
 * Run: npx vitest bench --run --config vitest.bench.config.ts bench/player.bench.ts
 */

import { advancePlayer, backSpasmRoutine, type PlayerState, scheduleSession, startPlayer, stepAt } from "stretchkit";
import { bench, describe } from "vitest";

const session = scheduleSession(backSpasmRoutine);
const FRAME_MS = 1000 / 60;
const FRAMES = Math.ceil(session.totalMs / FRAME_MS) + 1;

// One tick in the middle of a hold: the frame-by-frame case.
const holdStart = session.steps.find((step) => step.kind === "hold")?.startMs ?? 0;
const inHold = advancePlayer(startPlayer(session, 0), { type: "tick", atMs: holdStart + 1_000 });
let t = holdStart + 1_000;
/** Keeps the results alive, so that no work is optimized away. */
const sink: PlayerState[] = [inHold];

describe("advancePlayer: one tick", () => {
  bench(
    "one tick within a hold",
    () => {
      t += 1;
      sink[0] = advancePlayer(inHold, { type: "tick", atMs: t });
    },
    {
      setup: () => {
        t = holdStart + 1_000;
      },
    },
  );
});

describe(`the built-in session at 60 ticks a second (${FRAMES} ticks)`, () => {
  bench("advancePlayer: the whole session", () => {
    let state = startPlayer(session, 0);
    for (let frame = 1; state.status !== "finished"; frame++) {
      state = advancePlayer(state, { type: "tick", atMs: Math.round(frame * FRAME_MS) });
    }
    sink[0] = state;
  });

  bench("floor: the same number of stepAt calls", () => {
    let found = 0;
    for (let frame = 0; frame < FRAMES; frame++) {
      if (stepAt(session, frame * FRAME_MS) !== null) found += 1;
    }
    if (found === 0) throw new Error("no step found");
  });
});
