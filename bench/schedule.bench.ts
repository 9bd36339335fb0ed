import { bench, describe } from "vitest";
import { backSpasmRoutine } from "../src/catalog/back-spasm-routine.js";
import { fitRoutine } from "../src/schedule/fit-routine.js";
import { scheduleSession } from "../src/schedule/schedule-session.js";
import { stepAt } from "../src/schedule/step-at.js";
import type { Session, SessionStep } from "../src/schedule/types.js";
import type { Routine, RoutineItem } from "../src/schema/routine.js";

// Run: npx vitest bench --run --config vitest.bench.config.ts bench/schedule.bench.ts
// Goals (issue 4): scheduleSession(backSpasmRoutine) within 3x the floor; stepAt under 200 ns a call on
// ~1,000 steps, flat from 100 to 10,000 steps.

/** Results land here, so that no call is optimized away. */
const sink: { value: unknown } = { value: undefined };

const builtIn = scheduleSession(backSpasmRoutine);
const STEP_COUNT = builtIn.steps.length;

/** The floor: the same number of plain step objects, of the same shape, built in a loop. */
function floor(): SessionStep[] {
  const steps: SessionStep[] = [];
  let at = 0;
  for (let i = 0; i < STEP_COUNT; i++) {
    steps.push({
      index: i,
      kind: "hold",
      stretchId: "forward-roll",
      side: null,
      repetition: 1,
      repetitions: 3,
      startMs: at,
      durationMs: 20_000,
      endsOnUser: true,
      breath: "inhale",
      message: {
        key: "step.hold",
        params: {
          stretchId: "forward-roll",
          stretch: "Forward roll",
          side: null,
          limb: null,
          repetition: 1,
          repetitions: 3,
          seconds: 20,
          endsOnUser: true,
        },
      },
      text: "Breathe in and hold for up to 20 seconds, as long as is comfortable.",
    });
    at += 20_000;
  }
  return steps;
}

describe(`scheduleSession(backSpasmRoutine): ${STEP_COUNT} steps, ${builtIn.cues.length} cues`, () => {
  bench("floor: the same number of plain step objects in a loop", () => {
    sink.value = floor();
  });
  bench("scheduleSession(backSpasmRoutine)", () => {
    sink.value = scheduleSession(backSpasmRoutine);
  });
  bench("scheduleSession(backSpasmRoutine, options): options parsed", () => {
    sink.value = scheduleSession(backSpasmRoutine, { holdSeconds: 20, firstSide: "left" });
  });
  bench("fitRoutine(backSpasmRoutine, { maxSeconds: 900 })", () => {
    sink.value = fitRoutine(backSpasmRoutine, { maxSeconds: 900 });
  });
});

/** A routine of `items` quadriceps stretches of `repetitions` each: 8 steps a repetition. */
function sessionOf(items: number, repetitions: number): Session {
  const item: RoutineItem = { stretchId: "quadriceps-stretch", repetitions, holdSeconds: 1 };
  const routine: Routine = { ...backSpasmRoutine, items: Array.from({ length: items }, () => item) };
  const tiny = 0.001;
  return scheduleSession(routine, {
    prepareSeconds: tiny,
    easeSeconds: tiny,
    releaseSeconds: tiny,
    restSeconds: tiny,
    switchSideSeconds: tiny,
  });
}

const CALLS = 1000;

function lookups(session: Session): () => void {
  // Instants spread over the whole session, in a scrambled order.
  const instants = Array.from({ length: CALLS }, (_, i) => ((i * 7919) % CALLS) * (session.totalMs / CALLS));
  return () => {
    let found = 0;
    for (let i = 0; i < CALLS; i++) if (stepAt(session, instants[i] as number) !== null) found++;
    sink.value = found;
  };
}

describe(`stepAt: ${CALLS} calls an iteration (divide the time by ${CALLS})`, () => {
  for (const [items, repetitions] of [
    [1, 12],
    [10, 12],
    [100, 12],
  ] as const) {
    const session = sessionOf(items, repetitions);
    bench(`stepAt on ${session.steps.length} steps`, lookups(session));
  }
});
