import {
  backSpasmRoutine,
  fitRoutine,
  getStretch,
  type Message,
  type Routine,
  type RoutineItem,
  type Session,
  type SessionStep,
  type StepKind,
  scheduleSession,
  stepAt,
} from "stretchkit";
import { bench, describe } from "vitest";

// Run: npx vitest bench --run --config vitest.bench.config.ts bench/schedule.bench.ts
// Goals (issue 4): scheduleSession(backSpasmRoutine) within 3x the floor; stepAt under 200 ns a call on
// ~1,000 steps, flat from 100 to 10,000 steps.

/** Results land here, so that no call is optimized away. */
const sink: { value: unknown } = { value: undefined };

const builtIn = scheduleSession(backSpasmRoutine);
const STEP_COUNT = builtIn.steps.length;

/*
 * The floor: the same steps, plain objects of the same shape, built in a loop: each step with the
 * message and params of its kind (a `rest` carries 3 params, a `hold` 8) and its text, a string
 * made beforehand (as the scheduler reuses texts it made). It builds no cues: it is the issue's
 * floor, "the same number of plain step objects", so the 121 cues are counted against the scheduler.
 */
const KINDS: readonly StepKind[] = builtIn.steps.map((step) => step.kind);
const TEXTS: readonly string[] = builtIn.steps.map((step) => step.text);

function floor(): SessionStep[] {
  const steps: SessionStep[] = [];
  const stretchId = "forward-roll";
  const stretch = "Forward roll";
  const side = null;
  const limb = null;
  let at = 0;
  for (let i = 0; i < STEP_COUNT; i++) {
    const kind = KINDS[i] as StepKind;
    let message: Message;
    let durationMs = 5000;
    let endsOnUser = false;
    let breath: "inhale" | "exhale" | null = null;
    switch (kind) {
      case "prepare":
        message = { key: "step.prepare", params: { stretchId, stretch, side, limb, instruction: "Sit up." } };
        durationMs = 10_000;
        break;
      case "stretch":
        message = {
          key: "step.stretch",
          params: { stretchId, stretch, side, limb, repetition: 1, repetitions: 3, instruction: "Curl forward." },
        };
        break;
      case "hold":
        message = {
          key: "step.hold",
          params: { stretchId, stretch, side, limb, repetition: 1, repetitions: 3, seconds: 20, endsOnUser: true },
        };
        durationMs = 20_000;
        endsOnUser = true;
        breath = "inhale";
        break;
      case "release":
        message = { key: "step.release", params: { stretchId, stretch, side, limb, repetition: 1, repetitions: 3 } };
        breath = "exhale";
        break;
      case "rest":
        message = { key: "step.rest", params: { stretchId, stretch, seconds: 5 } };
        break;
      default:
        message = { key: "step.switch-side", params: { stretchId, stretch, side: "right", limb: "arm" } };
    }
    steps.push({
      index: i,
      kind,
      stretchId,
      side,
      repetition: 1,
      repetitions: 3,
      startMs: at,
      durationMs,
      endsOnUser,
      breath,
      message,
      text: TEXTS[i] as string,
    });
    at += durationMs;
  }
  return steps;
}

describe(`scheduleSession(backSpasmRoutine): ${STEP_COUNT} steps, ${builtIn.cues.length} cues`, () => {
  bench("floor: the same steps as plain objects of the same shape, in a loop", () => {
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

/**
 * A routine of `items` quadriceps stretches of `repetitions` each: 8 steps a repetition. A stretch
 * appears once in a routine, so each item is a copy of the quadriceps stretch under its own id.
 */
function sessionOf(items: number, repetitions: number): Session {
  const catalog = Array.from({ length: items }, (_, i) => ({
    ...getStretch("quadriceps-stretch"),
    id: `quadriceps-${i}`,
  }));
  const routineItems = catalog.map((stretch): RoutineItem => ({ stretchId: stretch.id, repetitions, holdSeconds: 1 }));
  const routine: Routine = { ...backSpasmRoutine, items: routineItems };
  const tiny = 0.001;
  return scheduleSession(routine, {
    catalog,
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
