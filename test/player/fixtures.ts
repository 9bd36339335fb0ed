export { issuesOf, summary } from "../helpers/issues.js";

import { backSpasmRoutine } from "../../src/catalog/back-spasm-routine.js";
import { StretchKitError } from "../../src/errors.js";
import { advancePlayer } from "../../src/player/advance-player.js";
import type { PlayerEvent, PlayerState } from "../../src/player/types.js";
import { scheduleSession } from "../../src/schedule/schedule-session.js";
import type { Routine, RoutineItem } from "../../src/schema/routine.js";
import type { Session, SessionStep, StepKind } from "../../src/schema/session.js";
import { deepFreeze } from "../helpers/deep-freeze.js";

/** The built-in session (970 s, 108 steps, 27 holds), deeply frozen. */
export const builtIn: Session = deepFreeze(scheduleSession(backSpasmRoutine));

/** A routine of the given items, with the built-in routine's other fields. */
export function routineOf(items: readonly RoutineItem[]): Routine {
  return { ...backSpasmRoutine, id: "test-routine", items };
}

/** What identifies a step in a test: its stretch, kind, side and repetition (any when left out). */
export interface StepQuery {
  readonly stretchId?: string;
  readonly kind?: StepKind;
  readonly side?: "left" | "right" | null;
  readonly repetition?: number;
}

/** The index of the first step matching `query`; throws when there is none. */
export function indexOf(session: Session, query: StepQuery): number {
  const index = session.steps.findIndex(
    (step) =>
      (query.stretchId === undefined || step.stretchId === query.stretchId) &&
      (query.kind === undefined || step.kind === query.kind) &&
      (query.side === undefined || step.side === query.side) &&
      (query.repetition === undefined || step.repetition === query.repetition),
  );
  if (index < 0) throw new Error(`no step ${JSON.stringify(query)}`);
  return index;
}

/** The step at `index`; throws when there is none. */
export function stepAtIndex(session: Session, index: number): SessionStep {
  const step = session.steps[index];
  if (step === undefined) throw new Error(`no step ${index}`);
  return step;
}

/** The current step of a state that is not past its last step. */
export function current(state: PlayerState): SessionStep {
  return stepAtIndex(state.session, state.stepIndex);
}

/** Applies events in order. */
export function play(state: PlayerState, events: readonly PlayerEvent[]): PlayerState {
  let next = state;
  for (const event of events) next = advancePlayer(next, event);
  return next;
}

/**
 * A tiny session built by hand after `src/schedule/types.ts`: one stretch without sides, one
 * repetition (prepare 2 s, ease 1 s, hold 4 s, release 1 s).
 */
export function tinySession(): Session {
  const base = { stretchId: "forward-roll", side: null, repetitions: 1, endsOnUser: false, breath: null } as const;
  const params = { stretchId: "forward-roll", stretch: "Forward roll", side: null, limb: null } as const;
  return {
    routineId: "tiny",
    totalMs: 8000,
    steps: [
      {
        ...base,
        index: 0,
        kind: "prepare",
        repetition: 0,
        startMs: 0,
        durationMs: 2000,
        message: { key: "step.prepare", params: { ...params, instruction: "Sit up straight." } },
        text: "Forward roll. Sit up straight.",
      },
      {
        ...base,
        index: 1,
        kind: "stretch",
        repetition: 1,
        startMs: 2000,
        durationMs: 1000,
        message: {
          key: "step.stretch",
          params: { ...params, repetition: 1, repetitions: 1, instruction: "Curl forward." },
        },
        text: "Curl forward.",
      },
      {
        ...base,
        index: 2,
        kind: "hold",
        repetition: 1,
        startMs: 3000,
        durationMs: 4000,
        endsOnUser: true,
        breath: "inhale",
        message: {
          key: "step.hold",
          params: { ...params, repetition: 1, repetitions: 1, seconds: 4, endsOnUser: true },
        },
        text: "Breathe in and hold.",
      },
      {
        ...base,
        index: 3,
        kind: "release",
        repetition: 1,
        startMs: 7000,
        durationMs: 1000,
        breath: "exhale",
        message: { key: "step.release", params: { ...params, repetition: 1, repetitions: 1 } },
        text: "Breathe out.",
      },
    ],
    cues: [
      {
        atMs: 0,
        kind: "prepare",
        stepIndex: 0,
        message: {
          key: "cue.prepare",
          params: { ...params, instruction: "Sit up straight." },
        },
        text: "Forward roll. Sit up straight.",
      },
    ],
  };
}

/** Runs `fn`, which must throw a StretchKitError, and returns it: its code, issues and message. */
export function errorOf(fn: () => unknown): StretchKitError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StretchKitError) return error;
    throw error;
  }
  throw new Error("expected a StretchKitError");
}
