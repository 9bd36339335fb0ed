import type { Message } from "../messages/keys.js";
import type { Side } from "../schema/routine.js";

/**
 * The kinds of step in a session, in the order they come for one stretch: `prepare` (read and get
 * into position), then per side and repetition `stretch` (ease in), `hold` (inhale and hold),
 * `release` (exhale and return), `rest` between repetitions, and `switch-side` between sides.
 *
 * @example
 * const kind: StepKind = "hold";
 */
export type StepKind = "prepare" | "stretch" | "hold" | "release" | "rest" | "switch-side";

/**
 * One timed step of a {@link Session}. Steps tile `[0, totalMs)` with no gap or overlap.
 *
 * @example
 * const first: SessionStep | undefined = scheduleSession(backSpasmRoutine).steps[0];
 * first?.kind; //=> "prepare"
 */
export interface SessionStep {
  /** Position in `steps`, from 0. */
  readonly index: number;
  /** What the user does in this step. */
  readonly kind: StepKind;
  /** The stretch this step belongs to. */
  readonly stretchId: string;
  /** The side being stretched, or `null` for a stretch without sides (and for `prepare` of one). */
  readonly side: Side | null;
  /** The repetition on this side, from 1; 0 on `prepare` and `switch-side` steps. */
  readonly repetition: number;
  /** The repetitions planned on each side of this stretch. */
  readonly repetitions: number;
  /** When the step starts, in integer milliseconds from the session's start. */
  readonly startMs: number;
  /** How long the step lasts, in integer milliseconds (always above 0). */
  readonly durationMs: number;
  /** Whether the user may end this step early (holds: "as long as you can comfortably sustain"). */
  readonly endsOnUser: boolean;
  /** Breathe in (holds), out (releases), or no cue. */
  readonly breath: "inhale" | "exhale" | null;
  /** The step's text as a key and parameters, for a UI with its own words. */
  readonly message: Message;
  /** The step's text in the catalog the session was built with (English by default). */
  readonly text: string;
}

/**
 * The kinds of cue: what a UI may speak, sound or vibrate.
 *
 * @example
 * const kind: CueKind = "countdown";
 */
export type CueKind = "prepare" | "next" | "halfway" | "countdown" | "switch-side";

/**
 * One cue of a {@link Session}: something to say, sound or vibrate at an instant.
 *
 * @example
 * const cue: Cue | undefined = scheduleSession(backSpasmRoutine).cues[0];
 * cue?.kind; //=> "prepare"
 */
export interface Cue {
  /** When to give the cue, in integer milliseconds from the session's start. */
  readonly atMs: number;
  /** What the cue is for. */
  readonly kind: CueKind;
  /** The index of the step the cue is about (the step it falls in, or the step it announces). */
  readonly stepIndex: number;
  /** The cue as a key and parameters. */
  readonly message: Message;
  /** The cue's text in the session's catalog. */
  readonly text: string;
}

/**
 * A scheduled session of a routine: timed steps that tile `[0, totalMs)` and cues sorted by time.
 * Plain JSON data.
 *
 * @example
 * const session: Session = scheduleSession(backSpasmRoutine);
 * session.totalMs; //=> 970000
 */
export interface Session {
  /** The id of the routine scheduled. */
  readonly routineId: string;
  /** The length of the session in milliseconds: the end of its last step. */
  readonly totalMs: number;
  /** The steps, in order. */
  readonly steps: readonly SessionStep[];
  /** The cues, sorted by `atMs`. */
  readonly cues: readonly Cue[];
}

/**
 * Where an instant falls in a {@link Session}: the step under it, how far into that step, and how
 * far into the whole session. What `stepAt` returns.
 *
 * @example
 * const position: StepPosition | null = stepAt(scheduleSession(backSpasmRoutine), 12_000);
 * position?.step.kind; //=> "stretch"
 * position?.elapsedInStepMs; //=> 2000
 */
export interface StepPosition {
  /** The step under the instant. */
  readonly step: SessionStep;
  /** Milliseconds since the step started: `0 <= elapsedInStepMs < step.durationMs`. */
  readonly elapsedInStepMs: number;
  /** Milliseconds until the step ends: `step.durationMs - elapsedInStepMs`, above 0. */
  readonly remainingInStepMs: number;
  /** How far into the session, from 0 (its start) up to but excluding 1 (its end): `elapsedMs / totalMs`. */
  readonly progress: number;
}
